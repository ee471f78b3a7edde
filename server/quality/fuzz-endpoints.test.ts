import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ENDPOINTS, INITIATIONS, endpoint, type EndpointSpec } from '../../shared/catalogue/index.ts';
import { validate } from '../../shared/validation/validate.ts';
import { validBody as validFor } from '../testing/schema-arbitrary.ts';
import { CLIENT, ORIGIN, approvedLogin, qualityServer } from '../testing/quality-server.ts';

// Property runs per endpoint: large enough to reach every enum and optional field, small enough
// that the file stays near 20 s with 9 endpoints × 2 properties.
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const REDIRECTS = [`${ORIGIN}/callback`, 'http://localhost:3000/cb', 'https://www.yourwebsite.com/callback'];

const q = qualityServer();
let login = '';
let pending = '';

beforeAll(async () => {
  login = await approvedLogin(q);
  const init = await q.post('/sandbox/iamsmart/v2/request/auth', { source: 'PC_Browser', redirect: REDIRECTS[0] });
  pending = ((await init.json()) as { token: string }).token;
});

function validBody(spec: EndpointSpec): fc.Arbitrary<Record<string, unknown>> {
  const overrides = {
    token: fc.constant(null).map(() => (spec.id === 'poll' ? pending : login)),
    redirect: fc.constantFrom(...REDIRECTS),
    redirectURI: fc.constantFrom(...REDIRECTS),
  };
  return validFor(spec.request, overrides);
}

/** Breaks a valid body one way or another; kept only when the catalogue's validator refuses it. */
function invalidBody(spec: EndpointSpec): fc.Arbitrary<unknown> {
  const fields = Object.keys(spec.request.properties ?? {});
  const mutated = fc
    .tuple(validBody(spec), fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 2 }), fc.nat(3))
    .map(([b, key, value, how]) => {
      const out: Record<string, unknown> = { ...b };
      if (how === 0) delete out[(spec.request.required ?? fields)[0]];
      else if (how === 1) out[`${key}X`] = value;
      else out[key] = value;
      return out;
    });
  return fc.oneof(mutated, fc.jsonValue({ maxDepth: 3 })).filter((b) => validate(spec.id, b).length > 0);
}

function expectDocumentedError(status: number, body: Record<string, unknown>) {
  expect(status).toBeGreaterThanOrEqual(400);
  expect(status).toBeLessThan(500);
  expect(body.status).toBe(status);
  expect(typeof body.message).toBe('string');
  if (body.errors !== undefined) {
    expect(Array.isArray(body.errors)).toBe(true);
    for (const e of body.errors as { path: unknown; message: unknown }[]) expect(typeof e.message).toBe('string');
  }
}

const POSTS = ENDPOINTS.filter((e) => e.method === 'POST');

describe('sandbox endpoints under random bodies', () => {
  it('covers every POST endpoint of the catalogue', () => {
    expect(POSTS.map((e) => e.id).sort()).toEqual([...INITIATIONS.map((e) => e.id), 'poll'].sort());
  });

  it.each(POSTS.map((e) => [e.id, e] as const))('T-S11: %s answers 2xx to every valid body the catalogue allows', async (_id, spec) => {
    await fc.assert(
      fc.asyncProperty(validBody(spec), async (body) => {
        const res = await q.post(`/sandbox${spec.path}`, body);
        const json = (await res.json()) as Record<string, unknown>;
        if (res.status >= 300) throw new Error(`${res.status} ${JSON.stringify(json).slice(0, 300)}`);
        if (spec.id !== 'poll') expect(typeof json.token).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it.each(POSTS.map((e) => [e.id, e] as const))(
    'T-S11: %s answers 4xx with the documented error body to invalid ones, never 5xx',
    async (_id, spec) => {
      await fc.assert(
        fc.asyncProperty(invalidBody(spec), async (body) => {
          const res = await q.post(`/sandbox${spec.path}`, body);
          expectDocumentedError(res.status, (await res.json()) as Record<string, unknown>);
        }),
        { numRuns: RUNS },
      );
    },
  );

  it('T-S11: answers 400 to bodies that are not JSON, through the sandbox and the proxy', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...POSTS),
        fc.string({ maxLength: 200 }).filter((s) => {
          try {
            JSON.parse(s);
            return false;
          } catch {
            return true;
          }
        }),
        async (spec, text) => {
          const direct = await q.post(`/sandbox${spec.path}`, text);
          expectDocumentedError(direct.status, (await direct.json()) as Record<string, unknown>);
          const proxied = await q.post(`/proxy/sandbox${spec.path}`, text, { 'x-playground': '1', 'content-type': 'application/json' });
          expect(proxied.status).toBe(direct.status);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('T-S11: answers the callback redirect with 302 or 400 to random queries, never 5xx', async () => {
    const spec = endpoint('callback');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(validFor(spec.request), fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 64 }))),
        async (query) => {
          const qs = new URLSearchParams(Object.entries(query && typeof query === 'object' ? query : {}).map(([k, v]) => [k, String(v)]));
          const res = await q.request(`/sandbox${spec.path}?${qs}`, { headers: CLIENT });
          expect([302, 400, 404]).toContain(res.status);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });
});
