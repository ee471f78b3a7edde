/**
 * The one redaction on everything the playground builds itself: the decoder's output, the flows'
 * callback records, the simulated phone's page. Each is fed the test client's secret in forms the
 * route does not redact on its own, and the e2e secret detector scans what goes out.
 */
import { describe, expect, it } from 'vitest';
import { findSecret, secretForms } from '../../e2e/fixtures/secret-detector.ts';
import { endpoint } from '../../shared/catalogue/index.ts';
import { TEST_CLIENT } from '../config.ts';
import { ORIGIN, PLAYGROUND, qualityServer } from '../testing/quality-server.ts';

const SECRET = TEST_CLIENT.secret;
const FORMS = secretForms(SECRET, TEST_CLIENT.id);
const q = qualityServer();
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const scan = async (what: string, res: Response) => findSecret(what, `${JSON.stringify([...res.headers])}\n${await res.text()}`, FORMS);

describe('everything the playground builds goes out redacted', () => {
  it('scrubs a decoded JWS payload that quotes the secret', async () => {
    const token = `${b64({ alg: 'HS256' })}.${b64({ leak: SECRET, basic: `Basic ${Buffer.from(`${TEST_CLIENT.id}:${SECRET}`).toString('base64')}` })}.c2ln`;
    const res = await q.request('/api/decode', { method: 'POST', headers: PLAYGROUND, body: JSON.stringify({ token }) });
    expect(res.status).toBe(200);
    const text = await res.clone().text();
    expect(text).toContain('[REDACTED]');
    expect(await scan('decode', res)).toEqual([]);
  });

  it('scrubs a callback query that carries the secret from the flows and the callback answer', async () => {
    const cb = await q.request(
      `/callback?state=${SECRET.toUpperCase()}&code=${encodeURIComponent(Buffer.from(SECRET, 'hex').toString('base64'))}`,
    );
    expect(cb.status).toBe(302);
    expect(await scan('callback', cb)).toEqual([]);
    expect(await scan('flows', await q.request('/api/flows'))).toEqual([]);
  });

  it("scrubs the simulated phone's page when an initiation put the secret in what it shows", async () => {
    const init = await q.post(`/sandbox${endpoint('signing-anonymous').path}`, {
      source: 'PC_Browser',
      redirect: `${ORIGIN}/callback`,
      name: SECRET,
      fileHash: 'a'.repeat(64),
      organisation: Buffer.from(SECRET).toString('base64'),
    });
    expect(init.status, await init.clone().text()).toBe(200);
    const ticket = new URL(((await init.json()) as { url: string }).url).pathname.split('/').pop();
    const page = await q.request(`/sandbox/sim/app/${ticket}`);
    expect(page.status).toBe(200);
    expect(await page.clone().text()).toContain('[REDACTED]');
    expect(await scan('phone page', page)).toEqual([]);
  });
});
