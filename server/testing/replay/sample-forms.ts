/**
 * The forms of a form-based client for every endpoint, with this project's own sample values
 * (test data for form-client-replay.test.ts). The sources and languages are the choices Fill
 * Easy's demo offers (docs/api-facts.md §2.1, FE-PG); the sample redirect and the shape of the
 * sample `code` ("a51c8…", cut short with an ellipsis, kept in every poll) are the docs' and the
 * demo's, because accepting those is what the replay checks.
 */
import { createHash } from 'node:crypto';
import { LANGS, type EndpointId } from '../../../shared/catalogue/index.ts';
import type { Box, Form } from './form-client.ts';

export const DEMO_SOURCES = ['PC_Browser', 'android', 'iOS', 'Android_Chrome', 'iOS_Safari', 'Mobile_Browser'] as const;
export const SAMPLE_REDIRECT = 'https://yourapp.com/callback';
export const SAMPLE_CODE = 'a51c8…';
/** What the demo's own auth form suggests for `scope`: enough for form filling, not for signing. */
export const NARROW_SCOPE = 'eidapi_auth eidapi_formFilling';

const document = createHash('sha256').update('Tenancy agreement, flat 3B, sample draft').digest();

const token: Box = { key: 'token', kind: 'text', sample: 'eyJhbGci…' };
const source: Box = { key: 'source', kind: 'choice', choices: DEMO_SOURCES };
const lang: Box = { key: 'lang', kind: 'choice', choices: LANGS };
const redirect: Box = { key: 'redirect', kind: 'text', sample: SAMPLE_REDIRECT };
const emptyScope: Box = { key: 'scope', kind: 'text' };
const profile: Box = { key: 'profileFields', kind: 'list', sample: 'enName, chName , idNo,, gender' };
const formData: Box = {
  key: 'formData',
  kind: 'json',
  sample:
    '{"formName":"Residents\' Club Membership","formNum":"RC-12","formDesc":"Join the residents\' club","formFields":["emailAddress","mobileNumber","residentialAddress"]}',
};
const hkicHash: Box = { key: 'hkicHash', kind: 'text' };

export const FORMS: Record<EndpointId, Form | undefined> = {
  auth: {
    endpoint: 'auth',
    boxes: [source, lang, redirect, { key: 'scope', kind: 'text', sample: 'eidapi_auth eidapi_formFilling eidapi_sign' }],
  },
  poll: { endpoint: 'poll', boxes: [token, { key: 'code', kind: 'text', sample: SAMPLE_CODE }] },
  formfilling: { endpoint: 'formfilling', boxes: [token, source, profile, formData] },
  signing: {
    endpoint: 'signing',
    boxes: [
      token,
      source,
      { key: 'name', kind: 'text', sample: 'Tenancy Agreement' },
      { key: 'hash', kind: 'text', sample: document.toString('hex') },
      { key: 'service', kind: 'text', sample: 'Electronic signing of your tenancy' },
      { key: 'organisation', kind: 'text', sample: 'Sample Estates Limited' },
    ],
  },
  'pdf-signing': {
    endpoint: 'pdf-signing',
    boxes: [
      token,
      source,
      { key: 'name', kind: 'text', sample: 'Loan Application.pdf' },
      { key: 'fileHash', kind: 'text', sample: document.toString('base64') },
      { key: 'service', kind: 'text', sample: 'PDF signing of your application' },
      hkicHash,
      { key: 'department', kind: 'text', sample: 'Lending' },
    ],
  },
  reauth: { endpoint: 'reauth', boxes: [token, source] },
  ccic: { endpoint: 'ccic', boxes: [token] },
  'formfilling-anonymous': {
    endpoint: 'formfilling-anonymous',
    boxes: [source, lang, redirect, { key: 'scope', kind: 'text', sample: NARROW_SCOPE }, profile, formData],
  },
  'signing-anonymous': {
    endpoint: 'signing-anonymous',
    boxes: [
      source,
      lang,
      redirect,
      { key: 'name', kind: 'text', sample: 'Gym Membership Terms' },
      { key: 'fileHash', kind: 'text', sample: document.toString('hex') },
      { key: 'service', kind: 'text', sample: 'Sign the membership terms' },
      hkicHash,
      { key: 'organisation', kind: 'text', sample: 'Sample Fitness Limited' },
      emptyScope,
    ],
  },
  'pdf-signing-anonymous': {
    endpoint: 'pdf-signing-anonymous',
    boxes: [
      source,
      lang,
      redirect,
      { key: 'name', kind: 'text', sample: 'Consent Form.pdf' },
      { key: 'fileHash', kind: 'text', sample: document.toString('base64') },
      { key: 'service', kind: 'text', sample: 'Sign the consent form' },
      hkicHash,
      emptyScope,
    ],
  },
  // The user's browser calls the callback, not the form client.
  callback: undefined,
};
