import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { echo, startLoopback, type Loopback } from '../testing/loopback-upstream.ts';
import { JSON_HEADERS, playground } from '../testing/playground-fixture.ts';

let allowed: Loopback;
let canary: Loopback;
let f: ReturnType<typeof playground>;

beforeAll(async () => {
  allowed = await startLoopback(echo);
  canary = await startLoopback(echo);
  f = playground({ environments: [{ name: 'real', baseUrl: allowed.url, clientId: 'c', clientSecret: 'fuzz-secret-value-123' }] });
});

afterAll(async () => {
  await f.api.close();
  await Promise.all([allowed.close(), canary.close()]);
});

const RUNS = Number(process.env.FC_RUNS ?? 1000);

describe('proxy under arbitrary input (T-P15)', () => {
  it('never answers 500 and never connects anywhere but the configured environment', async () => {
    const canaryHost = new URL(canary.url).host;
    const target = fc.oneof(
      fc.webUrl().map((u) => `/proxy/real/${u}`),
      fc.webUrl().map((u) => `/proxy/${u}`),
      fc.string().map((s) => `/proxy/real/${s}`),
      fc.string().map((s) => `/proxy/${s}/x`),
      fc.constantFrom(`/proxy/real/${canary.url}`, `/proxy/real//${canaryHost}/x`, `/proxy/real/x?url=${canary.url}`),
    );
    await fc.assert(
      fc.asyncProperty(target, fc.jsonValue(), fc.string(), async (path, body, headerValue) => {
        let url: string;
        try {
          url = new URL(path, 'http://localhost').href;
        } catch {
          return;
        }
        const headers: Record<string, string> = { ...JSON_HEADERS };
        if (/^[\t\x20-\x7e]*$/.test(headerValue)) headers['x-custom'] = headerValue;
        const res = await f.app.request(url, { method: 'POST', headers, body: JSON.stringify(body) }, { incoming: { url: path } });
        expect(res.status).not.toBe(500);
        await res.arrayBuffer();
      }),
      { numRuns: RUNS },
    );
    expect(canary.connections).toBe(0);
  });
});

describe('decoder under arbitrary input (T-J7)', () => {
  it('answers every token with a 2xx or a 4xx, never a 500', async () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const token = fc.oneof(
      fc.string(),
      fc.array(fc.string(), { maxLength: 7 }).map((parts) => parts.join('.')),
      fc.tuple(fc.jsonValue(), fc.jsonValue()).map(([h, p]) => `${b64(h)}.${b64(p)}.AAAA`),
      fc.tuple(fc.jsonValue(), fc.string()).map(([h, s]) => `${b64(h)}..${s}.${s}.AAAA`),
      fc.dictionary(fc.constantFrom('alg', 'enc', 'zip', 'crit', 'jku', 'kid'), fc.jsonValue()).map((h) => `${b64(h)}.e30.AAAA`),
    );
    await fc.assert(
      fc.asyncProperty(token, fc.option(fc.string(), { nil: undefined }), async (t, env) => {
        const res = await f.post('/api/decode', { token: t, env });
        expect(res.status).toBeLessThan(500);
        await res.arrayBuffer();
      }),
      { numRuns: RUNS },
    );
  });
});
