import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PLAYGROUND, approvedLogin, qualityServer } from '../testing/quality-server.ts';

const RUNS = Number(process.env.FUZZ_RUNS_DECODER ?? 2000);
const q = qualityServer();
let jws = '';
let jwe = '';

beforeAll(async () => {
  jws = await approvedLogin(q);
  const init = await q.post(
    '/sandbox/iamsmart/v2/request/auth',
    { source: 'PC_Browser', redirect: 'http://127.0.0.1:8787/callback' },
    {
      'x-client-id': 'sandbox-client',
      'x-client-secret': q.config.clients[0].secret,
      'content-type': 'application/json',
      'x-sandbox-scenario': 'approve',
    },
  );
  const { token } = (await init.json()) as { token: string };
  const poll = await q.post(
    '/sandbox/iamsmart/v2/callback/client',
    { token },
    { 'x-client-id': 'sandbox-client', 'x-client-secret': q.config.clients[0].secret, 'content-type': 'application/json' },
  );
  jwe = ((await poll.json()) as { data: string }).data;
});

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const OK = new Set([200, 400, 404, 413, 422]);

async function decode(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await q.request('/api/decode', {
    method: 'POST',
    headers: PLAYGROUND,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error(`${res.status}: a body that is not JSON: ${text.slice(0, 100)}`);
  }
  if (!OK.has(res.status)) throw new Error(`${res.status}: ${text.slice(0, 300)}`);
  if (res.status !== 200) {
    const err = json.error as { code?: unknown; message?: unknown } | undefined;
    expect(typeof err?.code).toBe('string');
    expect(typeof err?.message).toBe('string');
  }
  expect(text).not.toContain(q.config.clients[0].secret);
  return { status: res.status, json };
}

/** One character of a token replaced, a slice cut out, or a segment doubled or dropped. */
const mutation = (token: () => string) =>
  fc.tuple(fc.nat(), fc.nat(4), fc.constantFrom(...'AaZz09-_.=+/ \u0000é\uD800'.split(''))).map(([at, how, ch]) => {
    const t = token();
    const i = at % t.length;
    const parts = t.split('.');
    if (how === 0) return t.slice(0, i) + ch + t.slice(i + 1);
    if (how === 1) return t.slice(0, i);
    if (how === 2) return [...parts, parts[at % parts.length]].join('.');
    if (how === 3) return parts.filter((_, k) => k !== at % parts.length).join('.');
    return t.slice(0, i) + t.slice(i + 1);
  });

// 10,000 runs: a count of inputs, not a speed claim; npm test runs this beside Playwright on 2 cores.
describe('POST /api/decode under random input (T-J7)', { timeout: 120_000 }, () => {
  it('T-J7: never crashes or answers 5xx on random text, unicode and lone surrogates (10,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 })),
        async (token) => void (await decode({ token })),
      ),
      { numRuns: RUNS * 5 },
    );
  });

  it('T-J7: never crashes on 1 to 7 base64url segments of random bytes', async () => {
    const segment = fc.uint8Array({ maxLength: 80 }).map((b) => Buffer.from(b).toString('base64url'));
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 7 }), async (segs) => void (await decode({ token: segs.join('.') }))),
      { numRuns: RUNS },
    );
  });

  it('T-J7: never crashes on random JSON headers, duplicate keys included', async () => {
    const header = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
      fc
        .dictionary(fc.constantFrom('alg', 'enc', 'zip', 'crit', 'kid', 'jku', 'p2c', 'cty'), fc.jsonValue({ maxDepth: 1 }))
        .map((d) => JSON.stringify(d).replace('{', '{"alg":"HS256",')),
    );
    await fc.assert(
      fc.asyncProperty(
        header,
        fc.boolean(),
        async (h, five) =>
          void (await decode({ token: five ? `${b64(h)}.${jwe.split('.').slice(1).join('.')}` : `${b64(h)}.${b64('{"sub":"x"}')}.c2ln` })),
      ),
      { numRuns: RUNS },
    );
  });

  it('T-J7: mutated real sandbox tokens never crash it, and a mutated JWE never yields plaintext', async () => {
    await fc.assert(
      fc.asyncProperty(
        mutation(() => jws),
        async (token) => void (await decode({ token })),
      ),
      { numRuns: RUNS / 2 },
    );
    await fc.assert(
      fc.asyncProperty(
        mutation(() => jwe),
        async (token) => {
          const { status, json } = await decode({ token });
          // Base64url is lenient in its last character's spare bits, so a flip there can decode to the same bytes.
          const same = Buffer.from(
            token
              .split('.')
              .map((s) => Buffer.from(s, 'base64url').toString('hex'))
              .join('.'),
          ).equals(
            Buffer.from(
              jwe
                .split('.')
                .map((s) => Buffer.from(s, 'base64url').toString('hex'))
                .join('.'),
            ),
          );
          if (status === 200 && json.plaintext !== undefined) expect(same).toBe(true);
        },
      ),
      { numRuns: RUNS / 2 },
    );
  });

  it('T-J7: answers 4xx to bodies of any JSON shape or none, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ token: fc.jsonValue(), env: fc.jsonValue() })),
        async (body) => void (await decode(JSON.stringify(body ?? null))),
      ),
      { numRuns: RUNS / 2 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 100 }), async (text) => void (await decode(text))),
      { numRuns: RUNS / 4 },
    );
  });

  it('opens the untouched JWE, so the mutation property above is not vacuous', async () => {
    const { status, json } = await decode({ token: jwe });
    expect(status).toBe(200);
    expect(json.plaintext).toMatchObject({ iAMSMART: expect.any(Object) });
  });
});
