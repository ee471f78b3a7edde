import { describe, expect, it } from 'vitest';
import { API, harness, REDIRECT, type Harness } from '../../testing/test-harness.ts';

const CB = `${API}/callback/redirect`;

async function finished(h: Harness, path: string, body: Record<string, unknown>, action: 'approve' | 'reject') {
  const init = await h.call(path, body);
  const done = await h.call(`/_control/${action}`, { token: init.body.token });
  return done.body.transaction as { callbackUrl: string; state: string; businessID: string; service: string };
}

const local = (url: string) => url.replace('http://127.0.0.1:8787/sandbox', '');

describe('Callback', () => {
  it('redirects an approved auth to the registered redirect with service, state and code, no businessID', async () => {
    const h = harness();
    const tx = await finished(h, `${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT }, 'approve');
    const res = await h.sandbox.app.request(local(tx.callbackUrl));
    expect(res.status).toBe(302);
    const to = new URL(res.headers.get('location')!);
    expect(`${to.origin}${to.pathname}`).toBe(REDIRECT);
    expect(to.searchParams.get('service')).toBe('auth');
    expect(to.searchParams.get('state')).toBe(tx.state);
    expect(to.searchParams.get('code')).toMatch(/^[a-f0-9]{32}$/);
    expect(to.searchParams.has('businessID')).toBe(false);
  });

  it('adds businessID and errorCode for a rejected anonymous form filling, keeping the redirect query', async () => {
    const h = harness();
    const tx = await finished(
      h,
      `${API}/request/formfilling-anonymous`,
      { source: 'PC_Browser', redirect: 'http://localhost:5173/cb?keep=1', profileFields: ['idNo'] },
      'reject',
    );
    const res = await h.sandbox.app.request(local(tx.callbackUrl));
    const to = new URL(res.headers.get('location')!);
    expect(to.host).toBe('localhost:5173');
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      keep: '1',
      service: 'formfilling-anonymous',
      businessID: tx.businessID,
      errorCode: 'D60001',
      state: tx.state,
    });
  });

  it('answers 400 for missing parameters, an unknown service or state, and mismatches; never redirects elsewhere', async () => {
    const h = harness();
    const tx = await finished(h, `${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT }, 'approve');
    const good = new URL(tx.callbackUrl);
    const variant = (change: (q: URLSearchParams) => void) => {
      const q = new URLSearchParams(good.search);
      change(q);
      return h.sandbox.app.request(`${CB}?${q}`);
    };
    const cases = [
      variant((q) => q.delete('state')),
      variant((q) => q.delete('service')),
      variant((q) => q.delete('code')),
      variant((q) => q.set('service', 'nonsense')),
      variant((q) => q.set('service', 'signing')),
      variant((q) => q.set('state', 'A'.repeat(36))),
      variant((q) => q.set('code', '0'.repeat(32))),
      variant((q) => q.set('redirect', 'https://evil.test/')),
      variant((q) => q.append('state', tx.state)),
      h.sandbox.app.request(`${CB}?service=auth&state=${'x'.repeat(10_000)}&code=../../etc`),
    ];
    for (const res of await Promise.all(cases)) {
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      expect(await res.json()).toMatchObject({ status: 400, message: 'Bad Request - Missing required parameters or invalid service' });
    }
    expect((await h.sandbox.app.request(`${CB}${good.search}`)).status).toBe(302);
  });

  it('logs a callback whose state nobody issued (T-S2)', async () => {
    const h = harness();
    await h.sandbox.app.request(`${CB}?service=auth&state=${'B'.repeat(36)}&code=${'a'.repeat(32)}`);
    expect(h.log.lines.some((l) => l.includes('unknown state'))).toBe(true);
  });
});
