import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLIENT, ORIGIN, qualityServer } from '../testing/quality-server.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const q = qualityServer();
const FIELDS = ['flow', 'service', 'code', 'errorCode', 'state', 'businessID', 'source'];
const value = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('https://evil.test', '//evil.test', '../../etc', '%0d%0aSet-Cookie:x=1', 'a'.repeat(5000)),
);
const query = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 10 })), value, { maxKeys: 8 });

/** Query strings as a browser could send them, raw characters and all. */
function raw(q: Record<string, string>): string {
  return Object.entries(q)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
}

describe('GET /callback (the catcher) under random queries', () => {
  it('always answers 302 to a path on this server, never 5xx, and keeps its record bounded', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (params) => {
        const res = await q.request(`/callback?${raw(params)}`);
        expect(res.status).toBe(302);
        const location = res.headers.get('location') ?? '';
        expect(location).toMatch(/^\/flows(\/[A-Za-z0-9_%-]+)?$/);
        expect(res.headers.get('set-cookie')).toBeNull();
      }),
      { numRuns: RUNS },
    );
    for (const cb of (await q.server.playground.inspector.flows.list()).flatMap((f) => f.callbacks))
      for (const v of Object.values(cb.query)) expect(v.length).toBeLessThanOrEqual(512);
  });
});

describe('GET /sandbox/iamsmart/v2/callback/redirect with a real transaction and mutated parameters', () => {
  it('redirects only to the registered redirect or answers 400, never 5xx', async () => {
    const redirect = `${ORIGIN}/callback?flow=fuzz`;
    const init = await q.post('/sandbox/iamsmart/v2/request/auth', { source: 'PC_Browser', redirect });
    const { token } = (await init.json()) as { token: string };
    const approved = await q.post('/sandbox/_control/approve', { token });
    const { transaction } = (await approved.json()) as { transaction: { callbackUrl: string } };
    const real = Object.fromEntries(new URL(transaction.callbackUrl).searchParams);
    await fc.assert(
      fc.asyncProperty(fc.subarray(Object.keys(real)), query, async (keep, extra) => {
        const params = { ...Object.fromEntries(keep.map((k) => [k, real[k]])), ...extra };
        const res = await q.request(`/sandbox/iamsmart/v2/callback/redirect?${raw(params)}`, { headers: CLIENT });
        expect([302, 400]).toContain(res.status);
        if (res.status === 302) expect(res.headers.get('location')?.startsWith(redirect)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
