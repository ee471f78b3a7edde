/**
 * Property tests over the catalogue schemas: every schema-valid body gets a 2xx from the sandbox,
 * every invalid one a 4xx with the documented error body, and nothing ever gets a 5xx.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ENDPOINTS, MESSAGES } from '../../shared/catalogue/index.ts';
import { invalidBody, validBody } from '../testing/schema-arbitrary.ts';
import { harness, REDIRECT } from '../testing/test-harness.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const POSTS = ENDPOINTS.filter((e) => e.method === 'POST');

async function setUp() {
  const h = harness({ initsPerMinute: 1e9, maxLiveTransactions: 1e9 });
  const login = await h.login('eidapi_auth eidapi_profiles eidapi_formFilling eidapi_sign');
  const pending = (await h.call('/iamsmart/v2/request/auth', { source: 'PC_Browser', redirect: REDIRECT })).body.token as string;
  const overrides = {
    token: fc.constant(login),
    redirect: fc.constantFrom(REDIRECT, 'http://localhost:5173/callback', 'http://127.0.0.1:8787/callback'),
  };
  return { h, overrides, pollOverrides: { token: fc.constant(pending) } };
}

describe('sandbox over catalogue schemas', () => {
  for (const spec of POSTS) {
    it(`answers valid ${spec.id} bodies with 2xx`, async () => {
      const { h, overrides, pollOverrides } = await setUp();
      await fc.assert(
        fc.asyncProperty(validBody(spec.request, spec.id === 'poll' ? pollOverrides : overrides), async (body) => {
          const res = await h.call(spec.path, body);
          expect(res.status, JSON.stringify({ body, answer: res.body })).toBeGreaterThanOrEqual(200);
          expect(res.status).toBeLessThan(300);
        }),
        { numRuns: RUNS },
      );
    });

    it(`answers invalid ${spec.id} bodies with 400 and the documented error body`, async () => {
      const { h, overrides, pollOverrides } = await setUp();
      await fc.assert(
        fc.asyncProperty(invalidBody(spec.request, spec.id === 'poll' ? pollOverrides : overrides), async (body) => {
          const res = await h.call(spec.path, JSON.stringify(body));
          expect(res.status, JSON.stringify({ body, answer: res.body })).toBe(400);
          expect(res.body).toMatchObject({ status: 400, message: MESSAGES[400] });
          expect((res.body.errors as unknown[]).length).toBeGreaterThan(0);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('answers any query of the callback with a 4xx, never a 5xx', async () => {
    const { h } = await setUp();
    const callback = ENDPOINTS.find((e) => e.id === 'callback')!;
    await fc.assert(
      fc.asyncProperty(fc.oneof(validBody(callback.request), invalidBody(callback.request)), async (query) => {
        const q = new URLSearchParams();
        if (query && typeof query === 'object' && !Array.isArray(query))
          for (const [k, v] of Object.entries(query)) q.append(k, typeof v === 'string' ? v : JSON.stringify(v));
        const res = await h.sandbox.app.request(`${callback.path}?${q}`);
        expect(res.status).toBe(400);
      }),
      { numRuns: RUNS },
    );
  });

  it('never answers arbitrary JSON with a 5xx', async () => {
    const { h } = await setUp();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...POSTS), fc.jsonValue(), async (spec, body) => {
        const res = await h.call(spec.path, JSON.stringify(body));
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});
