/**
 * Replays what a form-based client sends when every box holds its sample (sample-forms.ts): for
 * every endpoint, every source and language of Fill Easy's demo, chained operations on the login of
 * the same source and language. Every initiation must answer 200, every poll 202 and then 200, and
 * nothing a 400 unless a public fact justifies it (the last test).
 */
import { describe, expect, it } from 'vitest';
import { compactDecrypt, decodeJwt } from 'jose';
import { endpoint, isAppSource, LANGS, RESULT_SCHEMA_OF, RESULT_SCHEMAS, type InitiationId } from '../../../shared/catalogue/index.ts';
import { deriveJweKey } from '../../../shared/crypto/jwe-key.ts';
import { validateSchema } from '../../../shared/validation/validate.ts';
import { TEST_CLIENT } from '../../config.ts';
import { API, harness, type Harness } from '../../testing/test-harness.ts';
import { bodyOf, fillSamples } from '../../testing/replay/form-client.ts';
import { DEMO_SOURCES, FORMS, NARROW_SCOPE, SAMPLE_CODE } from '../../testing/replay/sample-forms.ts';

const CHAINED: InitiationId[] = ['formfilling', 'signing', 'pdf-signing', 'reauth', 'ccic'];
const ANONYMOUS: InitiationId[] = ['formfilling-anonymous', 'signing-anonymous', 'pdf-signing-anonymous'];

/** What the form client types: the samples, with this run's choices and the token the user pasted. */
function typed(id: InitiationId | 'poll', choices: Record<string, string>): Record<string, unknown> {
  const form = FORMS[id]!;
  const boxes = {
    ...fillSamples(form),
    ...Object.fromEntries(Object.entries(choices).filter(([k]) => form.boxes.some((b) => b.key === k))),
  };
  return bodyOf(form, boxes);
}

/** The code iAM Smart hands to the app's redirect (the callback URL the control API shows). */
async function appCode(h: Harness, token: string): Promise<string> {
  const { transactions } = (await (await h.get('/_control/transactions')).json()) as {
    transactions: { id: string; callbackUrl: string | null }[];
  };
  const tx = transactions.find((t) => t.id === decodeJwt(token).sub)!;
  return new URL(tx.callbackUrl!, 'http://sandbox').searchParams.get('code')!;
}

interface Seen {
  label: string;
  status: number;
  warnings: string | null;
}

/** Initiates from the form, polls with the sample code (202), lets the user approve, polls again (200) and checks the result's schema. */
async function runFlow(h: Harness, id: InitiationId, choices: Record<string, string>, seen: Seen[]): Promise<string> {
  const label = `${id} ${choices.source ?? '(login source)'} ${choices.lang ?? ''}`;
  const init = await h.post(endpoint(id).path, typed(id, choices));
  const initBody = (await init.json()) as { token: string };
  seen.push({ label, status: init.status, warnings: init.headers.get('x-sandbox-warnings') });
  expect(init.status, `${label}: ${JSON.stringify(initBody)}`).toBe(200);
  const token = initBody.token;

  const pending = await h.post(`${API}/callback/client`, typed('poll', { token }));
  seen.push({ label: `${label} poll`, status: pending.status, warnings: pending.headers.get('x-sandbox-warnings') });
  expect(pending.status, label).toBe(202);

  expect((await h.call('/_control/approve', { token })).status, label).toBe(200);
  const source = (decodeJwt(token).svc === 'ccic' ? choices.loginSource : choices.source)!;
  if (isAppSource(source)) {
    // App-to-App: the sample code kept in the box is not the app's, a 401 D40004 the docs justify
    // ("required for App2App flow"); it takes nothing, and the code the app received then does.
    const kept = await h.call(`${API}/callback/client`, typed('poll', { token }));
    seen.push({ label: `${label} poll`, status: kept.status, warnings: null });
    expect([kept.status, kept.body.errorCode], label).toEqual([401, 'D40004']);
  }
  // The app hands its code over; a browser client leaves the sample in the box.
  const code = isAppSource(source) ? await appCode(h, token) : SAMPLE_CODE;
  const done = await h.post(`${API}/callback/client`, typed('poll', { token, code }));
  const doneBody = (await done.json()) as { data: string };
  seen.push({ label: `${label} poll`, status: done.status, warnings: done.headers.get('x-sandbox-warnings') });
  expect(done.status, `${label}: ${JSON.stringify(doneBody)}`).toBe(200);

  const { plaintext } = await compactDecrypt(doneBody.data, await deriveJweKey(TEST_CLIENT.secret));
  const result: unknown = JSON.parse(new TextDecoder().decode(plaintext));
  expect(validateSchema(RESULT_SCHEMAS[RESULT_SCHEMA_OF[id]], result), label).toEqual([]);
  return token;
}

describe('a form-based client filled with samples', () => {
  it('gets 200 for every initiation and 202 then 200 for every poll, for every endpoint, source and lang', async () => {
    const h = harness();
    const seen: Seen[] = [];
    for (const source of DEMO_SOURCES) {
      for (const lang of LANGS) {
        const login = await runFlow(h, 'auth', { source, lang }, seen);
        for (const id of CHAINED) await runFlow(h, id, { token: login, source, loginSource: source }, seen);
        for (const id of ANONYMOUS) await runFlow(h, id, { source, lang }, seen);
      }
    }
    const appPolls = 2 * LANGS.length * 9;
    expect(seen).toHaveLength(DEMO_SOURCES.length * LANGS.length * 9 * 3 + appPolls);
    // No 4xx but the App-to-App polls that kept the sample code.
    expect(seen.filter((s) => s.status >= 400 && !(s.status === 401 && / (android|iOS) /.test(s.label)))).toEqual([]);
    expect(seen.filter((s) => s.status === 401)).toHaveLength(appPolls);
    // The only thing the sandbox did not use is the sample code of browser polls, and it said so.
    const warned = seen.filter((s) => s.warnings !== null);
    expect(warned.every((s) => s.label.endsWith(' poll') && JSON.parse(s.warnings!)[0].path === 'code')).toBe(true);
    expect(warned.length).toBe(seen.filter((s) => s.label.endsWith(' poll') && !/ (android|iOS) /.test(s.label)).length);
  });

  it('splits comma lists, parses JSON boxes and leaves empty boxes out', () => {
    const body = typed('pdf-signing-anonymous', { source: 'iOS_Safari' });
    expect(body).not.toHaveProperty('hkicHash');
    expect(body).not.toHaveProperty('scope');
    expect(body.source).toBe('iOS_Safari');
    const ff = typed('formfilling-anonymous', {});
    expect(ff.profileFields).toEqual(['enName', 'chName', 'idNo', 'gender']);
    expect(ff.formData).toMatchObject({ formNum: 'RC-12', formFields: ['emailAddress', 'mobileNumber', 'residentialAddress'] });
  });

  it('answers 400 D20012 only where a public fact says so: signing on a login whose scope did not ask for eidapi_sign', async () => {
    // Fill Easy's docs: "Setting the scope is required ... where operations are chained, e.g. auth + signing".
    const h = harness();
    const init = await h.call(`${API}/request/auth`, { ...typed('auth', {}), scope: NARROW_SCOPE });
    await h.call('/_control/approve', { token: init.body.token });
    const signing = await h.call(`${API}/request/signing`, typed('signing', { token: init.body.token as string }));
    expect(signing).toMatchObject({ status: 400, body: { errorCode: 'D20012' } });
  });
});
