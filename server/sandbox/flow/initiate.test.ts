import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { INITIATIONS, MESSAGES } from '../../../shared/catalogue/index.ts';
import { API, credentials, harness, OTHER_CLIENT, REDIRECT } from '../../testing/test-harness.ts';

const HASH = 'af8b6f626242f214be360fa7d412e42dacb2f48bc11bb089019a912930019300';
const PDF_HASH = 'R3fJTKFPwkRw019fLk+L19y91DVgI9hy/G7u6+YiECk=';

/** A valid body for each initiation: the catalogue example, with a real token for chained ones. */
function bodyFor(id: string, token: string, source = 'PC_Browser'): Record<string, unknown> {
  const spec = INITIATIONS.find((e) => e.id === id)!;
  const body: Record<string, unknown> = { ...spec.example, source };
  if ('token' in body) body.token = token;
  return body;
}

describe('initiation endpoints', () => {
  it('answer each catalogue initiation with the docs/sandbox-contract.md §3 body', async () => {
    const h = harness();
    const token = await h.login();
    for (const spec of INITIATIONS) {
      for (const source of ['PC_Browser', 'iOS']) {
        const { status, body } = await h.call(`/${spec.path.replace(/^\//, '')}`, bodyFor(spec.id, token, source));
        expect(status, `${spec.id} ${source}: ${JSON.stringify(body)}`).toBe(200);
        expect(body.token).toMatch(/^[A-Za-z0-9-_]+\.[A-Za-z0-9-_]+\.[A-Za-z0-9-_]*$/);
        expect(decodeJwt(body.token as string)).toMatchObject({ cid: 'sandbox-client', svc: spec.id });
        const urlAlways = ['auth', 'reauth', 'ccic', 'formfilling-anonymous', 'signing-anonymous', 'pdf-signing-anonymous'].includes(
          spec.id,
        );
        if (source === 'iOS')
          expect(body.url).toMatch(new RegExp(`^hk\\.gov\\.iamsmart\\.testapp://${spec.deepLink}\\?ticketID=[A-Za-z0-9]+$`));
        else if (urlAlways) expect(body.url).toMatch(/^http:\/\/127\.0\.0\.1:8787\/sandbox\/sim\/qr\/[A-Za-z0-9]+$/);
        else expect(body.url).toBeUndefined();
        if (spec.id.includes('signing')) expect(body.hkic).toMatch(/^\d{4}$/);
        else expect(body.hkic).toBeUndefined();
      }
    }
  });

  it('gives the same 401 body for missing and wrong credentials, before looking at the body', async () => {
    const h = harness();
    const missing = await h.sandbox.app.request(`${API}/request/auth`, { method: 'POST', body: 'not json' });
    const wrong = await h.sandbox.app.request(`${API}/request/auth`, {
      method: 'POST',
      headers: { 'x-client-id': 'sandbox-client', 'x-client-secret': 'nope' },
      body: '{}',
    });
    const otherSecret = await h.sandbox.app.request(`${API}/request/auth`, {
      method: 'POST',
      headers: { 'x-client-id': 'sandbox-client', 'x-client-secret': OTHER_CLIENT.secret },
      body: '{}',
    });
    expect([missing.status, wrong.status, otherSecret.status]).toEqual([401, 401, 401]);
    const bodies = await Promise.all([missing.json(), wrong.json(), otherSecret.json()]);
    expect(bodies[0]).toEqual(bodies[1]);
    expect(bodies[1]).toEqual(bodies[2]);
    expect(bodies[0]).toMatchObject({ status: 401, message: MESSAGES[401] });
  });

  it('answers bad bodies with 4xx and the documented error body', async () => {
    const h = harness();
    const notJson = await h.call(`${API}/request/auth`, '{"source":');
    expect(notJson).toMatchObject({ status: 400, body: { status: 400, message: MESSAGES[400] } });
    const wrongType = await h.sandbox.app.request(`${API}/request/auth`, {
      method: 'POST',
      headers: { ...credentials(), 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(wrongType.status).toBe(400);
    const array = await h.call(`${API}/request/auth`, '[]');
    expect(array.status).toBe(400);
    const huge = await h.post(
      `${API}/request/auth`,
      JSON.stringify({ source: 'PC_Browser', redirect: REDIRECT, pad: 'x'.repeat(1_100_000) }),
    );
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ status: 413, message: expect.any(String) });
    const unknown = await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT, extra: 1 });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.errors)).toContain('extra');
    const badLang = await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT, lang: 'en-us' });
    expect(JSON.stringify(badLang.body.errors)).toContain("did you mean 'en-US'");
  });

  it('caps chunked bodies at 1 MB too', async () => {
    const h = harness();
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ > 20) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const res = await h.sandbox.app.request(`${API}/request/auth`, {
      method: 'POST',
      headers: { ...credentials(), 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('accepts only registered redirects, exactly (T-S8), and the redirectURI alias', async () => {
    const h = harness();
    const ok = (redirect: string) => h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect });
    expect((await ok(REDIRECT)).status).toBe(200);
    expect((await ok('http://localhost:5173/cb')).status).toBe(200);
    expect((await ok('http://127.0.0.1:9/x?y=1')).status).toBe(200);
    expect((await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirectURI: REDIRECT })).status).toBe(200);
    for (const bad of [
      `${REDIRECT}/`,
      'https://WWW.yourwebsite.com/callback',
      `${REDIRECT}?x=1`,
      'https://www.yourwebsite.com:444/callback',
      'https://www.yourwebsite.com@evil.test/callback',
      `${REDIRECT}#frag`,
      'http://localhost:1@evil.test/',
      'http://localhost.evil.test:80/',
      'https://localhost:8080/',
    ]) {
      const res = await ok(bad);
      expect(res.status, bad).toBe(400);
      expect(res.body.errorCode, bad).toBe('D20008');
    }
    const otherClients = await h.call(
      `${API}/request/auth`,
      { source: 'PC_Browser', redirect: 'http://localhost:5173/cb' },
      {},
      OTHER_CLIENT,
    );
    expect(otherClients.body.errorCode).toBe('D20008');
  });

  it('treats the auth token as the user token only after approval and for 4 hours', async () => {
    const h = harness();
    const init = await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT, scope: 'eidapi_auth eidapi_sign' });
    const token = init.body.token as string;
    const sign = { token, source: 'PC_Browser', name: 'Doc', hash: HASH };
    expect((await h.call(`${API}/request/signing`, sign)).status).toBe(401);
    await h.call('/_control/approve', { token });
    expect((await h.call(`${API}/request/signing`, sign)).status).toBe(200);
    await h.call('/_control/clock', { advanceMs: 4 * 60 * 60_000 });
    expect((await h.call(`${API}/request/signing`, sign)).status).toBe(401);
  });

  it('refuses a chained scope the login did not grant with D20012', async () => {
    const h = harness();
    const token = await h.login('eidapi_auth eidapi_formFilling');
    const res = await h.call(`${API}/request/pdf-signing`, { token, source: 'PC_Browser', name: 'x', fileHash: PDF_HASH, service: 's' });
    expect(res).toMatchObject({ status: 400, body: { errorCode: 'D20012' } });
    expect((await h.call(`${API}/request/reauth`, { token, source: 'PC_Browser' })).status).toBe(200);
  });

  it('refuses tokens that are not an approved auth token of this client', async () => {
    const h = harness();
    const token = await h.login();
    const ff = await h.call(`${API}/request/formfilling-anonymous`, { source: 'PC_Browser', redirect: REDIRECT, profileFields: ['idNo'] });
    expect((await h.call(`${API}/request/reauth`, { token: ff.body.token, source: 'PC_Browser' })).status).toBe(401);
    expect((await h.call(`${API}/request/reauth`, { token, source: 'PC_Browser' }, {}, OTHER_CLIENT)).status).toBe(401);
    const [a, b, c] = token.split('.');
    expect((await h.call(`${API}/request/reauth`, { token: `${a}.${b}.${c.slice(0, -2)}AA`, source: 'PC_Browser' })).status).toBe(401);
    expect(
      (
        await h.call(`${API}/request/reauth`, {
          token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
          source: 'PC_Browser',
        })
      ).status,
    ).toBe(401);
  });

  it('rate-limits initiations per client with 429 and leaves other clients alone (T-S10)', async () => {
    const h = harness({ initsPerMinute: 5 });
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(
      (await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: OTHER_CLIENT.redirects[0] }, {}, OTHER_CLIENT)).status,
    ).toBe(200);
    await h.call('/_control/clock', { advanceMs: 120_000 });
    expect((await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT })).status).toBe(200);
  });

  it('answers 503 at the live-transaction cap and recovers once old ones are swept (T-S12)', async () => {
    const h = harness({ maxLiveTransactions: 3 });
    const s = async () => (await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT })).status;
    expect([await s(), await s(), await s(), await s()]).toEqual([200, 200, 200, 503]);
    h.sandbox.clock.advance(5 * 60_000 + 18 * 60_000);
    await h.sandbox.store.sweep(h.sandbox.clock.now());
    expect(await s()).toBe(200);
  });
});

describe('scenario headers on chained operations', () => {
  it('refuse a persona other than the one who logged in', async () => {
    const h = harness();
    const token = await h.login(undefined, 'chan-tai-man');
    const res = await h.call(
      `${API}/request/reauth`,
      { token, source: 'PC_Browser' },
      { 'x-sandbox-scenario': 'approve', 'x-sandbox-persona': 'lee-ka-ho' },
    );
    expect(res.status).toBe(400);
    const ok = await h.call(
      `${API}/request/reauth`,
      { token, source: 'PC_Browser' },
      { 'x-sandbox-scenario': 'approve', 'x-sandbox-persona': 'chan-tai-man' },
    );
    expect((await h.call(`${API}/callback/client`, { token: ok.body.token })).status).toBe(200);
  });
});
