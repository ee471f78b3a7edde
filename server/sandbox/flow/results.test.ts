import { createHash, verify, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compactDecrypt, decodeProtectedHeader } from 'jose';
import * as pkijs from 'pkijs';
import { deriveJweKey } from '../../../shared/crypto/jwe-key.ts';
import { TEST_CLIENT, type SandboxClient } from '../../config.ts';
import { testCaCertPem } from '../crypto/persona-keys.ts';
import { signCode } from '../crypto/sign-code.ts';
import { openIdFor } from '../crypto/identifiers.ts';
import { API, harness, OTHER_CLIENT, REDIRECT, type Harness } from '../../testing/test-harness.ts';

const HASH = createHash('sha256').update('the document').digest('hex');
const PDF_CONTENT = new TextEncoder().encode('%PDF-1.7 prepared byte range');
const PDF_HASH = createHash('sha256').update(PDF_CONTENT).digest('base64');

/** The decrypted claims, loosely typed: each test reads the fields of its own service. */
interface Opened {
  iAMSMART: Record<string, string>;
  formFilling: Record<string, unknown>;
  sign: Record<string, string>;
  pdfSign: Record<string, string>;
  businessID: string;
}

async function approveAndOpen(h: Harness, token: string, persona?: string, client: SandboxClient = TEST_CLIENT): Promise<Opened> {
  const ok = await h.call('/_control/approve', { token, ...(persona ? { persona } : {}) }, {}, client);
  expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  const res = await h.call(`${API}/callback/client`, { token }, {}, client);
  expect(res.status).toBe(200);
  const jwe = res.body.data as string;
  expect(decodeProtectedHeader(jwe)).toEqual({ alg: 'dir', enc: 'A256GCM', kid: client.id, cty: 'JSON' });
  const { plaintext } = await compactDecrypt(jwe, await deriveJweKey(client.secret));
  return JSON.parse(new TextDecoder().decode(plaintext));
}

describe('poll results', () => {
  it('carries iAMSMART with a per-client, per-person openID for auth and reauth', async () => {
    const h = harness();
    const token = await h
      .call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT, scope: 'eidapi_auth eidapi_sign' })
      .then((r) => r.body.token as string);
    const auth = await approveAndOpen(h, token, 'wong-siu-ling');
    expect(auth.iAMSMART).toMatchObject({
      openID: openIdFor('sandbox-client', 'wong-siu-ling'),
      tokenType: 'Bearer',
      expiresIn: '14400000',
      scope: 'eidapi_auth eidapi_sign',
    });
    expect(auth.iAMSMART.openID).toMatch(/^[a-f0-9]{64}$/);
    const other = await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: OTHER_CLIENT.redirects[0] }, {}, OTHER_CLIENT);
    const otherAuth = await approveAndOpen(h, other.body.token as string, 'wong-siu-ling', OTHER_CLIENT);
    expect(otherAuth.iAMSMART.openID).not.toBe(auth.iAMSMART.openID);
    const re = await h.call(`${API}/request/reauth`, { token, source: 'PC_Browser' });
    const reauth = await approveAndOpen(h, re.body.token as string);
    expect(reauth.iAMSMART.openID).toBe(auth.iAMSMART.openID);
    expect(reauth.iAMSMART.accessToken).toBe(auth.iAMSMART.accessToken);
  });

  it('carries the requested form fields in the official shapes, acting for the logged-in persona', async () => {
    const h = harness();
    const token = await h.login(undefined, 'ho-chun-kit');
    const init = await h.call(`${API}/request/formfilling`, {
      token,
      source: 'PC_Browser',
      profileFields: ['idNo', 'enName', 'chName'],
      formData: { formName: 'F', formFields: ['mobileNumber', 'postalAddress', 'birthDate'] },
    });
    expect((await h.call('/_control/approve', { token: init.body.token, persona: 'lee-ka-ho' })).status).toBe(400);
    const out = await approveAndOpen(h, init.body.token as string);
    expect(out.formFilling).toEqual({
      idNo: { Identification: 'P135790', CheckDigit: '9' },
      enName: { UnstructuredName: 'HO, Chun Kit' },
      chName: { ChineseName: '何俊傑' },
      mobileNumber: { CountryCode: '852', SubscriberNumber: '67654321' },
      postalAddress: { PostBoxAddress: { EngPostBox: { PostOfficeRegion: 'HK', PostOffice: 'GENERAL POST OFFICE', PoBoxNo: '1234' } } },
      birthDate: '19680229',
    });
    expect(out.businessID).toMatch(/^[A-Za-z0-9]{36}$/);
  });

  it('omits a field the persona does not have and adds iAMSMART for anonymous form filling', async () => {
    const h = harness();
    const init = await h.call(`${API}/request/formfilling-anonymous`, {
      source: 'PC_Browser',
      redirect: REDIRECT,
      formData: { formName: 'F', formFields: ['officeTelNumber', 'emailAddress'] },
    });
    const out = await approveAndOpen(h, init.body.token as string, 'cheung-mei-yee');
    expect(out.formFilling).toEqual({ emailAddress: 'cheung.meiyee@example.com' });
    expect(out.iAMSMART.openID).toBe(openIdFor('sandbox-client', 'cheung-mei-yee'));
  });

  it('signs the hash with SHA256withRSA that verifies against the returned test-CA certificate', async () => {
    const h = harness();
    const token = await h.login(undefined, 'lam-wing-sze');
    const init = await h.call(`${API}/request/signing`, { token, source: 'PC_Browser', name: 'Doc', hash: HASH });
    expect(init.body.hkic).toBe(signCode(HASH, openIdFor('sandbox-client', 'lam-wing-sze')));
    const out = await approveAndOpen(h, init.body.token as string);
    expect(out.sign.hashCode).toBe(HASH);
    expect(typeof out.sign.timestamp).toBe('number');
    expect(verify('sha256', Buffer.from(HASH, 'hex'), out.sign.cert, Buffer.from(out.sign.signature, 'base64'))).toBe(true);
    expect(new X509Certificate(out.sign.cert).verify(new X509Certificate(testCaCertPem()).publicKey)).toBe(true);
    expect(new X509Certificate(out.sign.cert).subject).toContain('LAM Wing Sze');
  });

  it('returns a detached CMS pdfSignature that pkijs parses and verifies', async () => {
    const h = harness();
    const init = await h.call(`${API}/request/pdf-signing-anonymous`, {
      source: 'PC_Browser',
      redirect: REDIRECT,
      name: 'P',
      fileHash: PDF_HASH,
      service: 'S',
    });
    const out = await approveAndOpen(h, init.body.token as string, 'chan-tai-man');
    expect(out.pdfSign.docDigest).toBe(PDF_HASH);
    const info = pkijs.ContentInfo.fromBER(new Uint8Array(Buffer.from(out.pdfSign.pdfSignature, 'base64')));
    const signed = new pkijs.SignedData({ schema: info.content });
    expect(await signed.verify({ signer: 0, data: PDF_CONTENT.buffer as ArrayBuffer })).toBe(true);
  });

  it('gives the same hkic for the same inputs and shows it on the phone', async () => {
    const h = harness();
    const body = {
      source: 'PC_Browser',
      redirect: REDIRECT,
      name: 'Doc',
      fileHash: HASH,
      hkicHash: createHash('sha256').update('A123456').digest('hex'),
    };
    const a = await h.call(`${API}/request/signing-anonymous`, body);
    const b = await h.call(`${API}/request/signing-anonymous`, body);
    expect(a.body.hkic).toBe(b.body.hkic);
    const ticket = String(a.body.url).split('/').pop();
    const phone = await (await h.sandbox.app.request(`/sim/app/${ticket}`)).text();
    expect(phone).toContain(`data-testid="hkic-code">${a.body.hkic as string}<`);
  });

  it('ends an anonymous signing with D70005 when the approver is not the hkicHash person (hex or Base64)', async () => {
    const h = harness();
    const digest = createHash('sha256').update('A123456').digest();
    for (const hkicHash of [digest.toString('hex'), digest.toString('base64')]) {
      const init = await h.call(`${API}/request/signing-anonymous`, {
        source: 'PC_Browser',
        redirect: REDIRECT,
        name: 'Doc',
        fileHash: HASH,
        hkicHash,
      });
      await h.call('/_control/approve', { token: init.body.token, persona: 'wong-siu-ling' });
      expect(await h.call(`${API}/callback/client`, { token: init.body.token })).toMatchObject({
        status: 403,
        body: { errorCode: 'D70005' },
      });
      const match = await h.call(`${API}/request/signing-anonymous`, {
        source: 'PC_Browser',
        redirect: REDIRECT,
        name: 'Doc',
        fileHash: HASH,
        hkicHash,
      });
      const out = await approveAndOpen(h, match.body.token as string, 'chan-tai-man');
      expect(out.sign.hashCode).toBe(HASH);
    }
  });
});
