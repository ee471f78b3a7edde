import { describe, expect, it } from 'vitest';
import { compactDecrypt } from 'jose';
import { RESULT_SCHEMAS } from '../../../shared/catalogue/index.ts';
import { deriveJweKey } from '../../../shared/crypto/jwe-key.ts';
import { validateSchema } from '../../../shared/validation/validate.ts';
import { TEST_CLIENT } from '../../config.ts';
import { openIdFor } from '../crypto/identifiers.ts';
import { API, harness, REDIRECT } from '../../testing/test-harness.ts';

describe('request/ccic (undocumented by Fill Easy; behaviour chosen by the sandbox)', () => {
  it('is a chained operation: an approved Authentication token, nothing else', async () => {
    const h = harness();
    const pending = await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT });
    const early = await h.call(`${API}/request/ccic`, { token: pending.body.token });
    expect(early).toMatchObject({ status: 401, body: { errorCode: 'D20009' } });
    const anonymous = await h.call(`${API}/request/signing-anonymous`, {
      source: 'PC_Browser',
      redirect: REDIRECT,
      name: 'n',
      fileHash: 'a'.repeat(64),
    });
    expect((await h.call(`${API}/request/ccic`, { token: anonymous.body.token })).status).toBe(401);
  });

  it('answers { token, url }, lets the logged-in person confirm, and decrypts to the CcicResult', async () => {
    const h = harness();
    const login = await h.login(undefined, 'wong-siu-ling');
    const init = await h.call(`${API}/request/ccic`, { token: login });
    expect(init.status, JSON.stringify(init.body)).toBe(200);
    expect(Object.keys(init.body).sort()).toEqual(['token', 'url']);
    expect(init.body.url).toMatch(/\/sandbox\/sim\/qr\/[A-Za-z0-9]+$/);
    const token = init.body.token as string;
    expect((await h.call(`${API}/callback/client`, { token })).status).toBe(202);
    expect((await h.call('/_control/approve', { token })).status).toBe(200);
    const done = await h.call(`${API}/callback/client`, { token });
    expect(done.status).toBe(200);
    const { plaintext } = await compactDecrypt(done.body.data as string, await deriveJweKey(TEST_CLIENT.secret));
    const result = JSON.parse(new TextDecoder().decode(plaintext)) as { ccic: { openID: string; isPassed: boolean } };
    expect(validateSchema(RESULT_SCHEMAS.CcicResult, result)).toEqual([]);
    expect(result.ccic).toMatchObject({ openID: openIdFor(TEST_CLIENT.id, 'wong-siu-ling'), isPassed: true });
  });

  it('takes the source of the login when it names none, so an app login gets a deep link', async () => {
    const h = harness();
    const auth = await h.call(`${API}/request/auth`, { source: 'iOS', redirect: 'your-app://auth' });
    expect(auth.status, JSON.stringify(auth.body)).toBe(200);
    await h.call('/_control/approve', { token: auth.body.token });
    const init = await h.call(`${API}/request/ccic`, { token: auth.body.token });
    expect(init.body.url).toMatch(/^hk\.gov\.iamsmart\.testapp:\/\/re-auth\?ticketID=/);
    const browser = await h.call(`${API}/request/ccic`, { token: auth.body.token, source: 'PC_Browser' });
    expect(browser.body.url).toMatch(/^http:/);
  });

  it('ends with the generic authorisation codes when the user does not approve', async () => {
    const h = harness();
    const login = await h.login();
    for (const [scenario, status, code] of [
      ['reject', 403, 'D40001'],
      ['cancel', 403, 'D40000'],
      ['timeout', 410, 'D40003'],
    ] as const) {
      const init = await h.call(`${API}/request/ccic`, { token: login }, { 'x-sandbox-scenario': scenario });
      const res = await h.call(`${API}/callback/client`, { token: init.body.token });
      expect([res.status, res.body.errorCode]).toEqual([status, code]);
    }
  });
});
