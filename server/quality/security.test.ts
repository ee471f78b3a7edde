import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CompactEncrypt, CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { deriveJweKey } from '../../shared/crypto/jwe-key.ts';
import { startLoopback, type Loopback } from '../testing/loopback-upstream.ts';
import { TEST_CLIENT } from '../config.ts';
import { CLIENT, ORIGIN, PLAYGROUND, approvedLogin, qualityServer } from '../testing/quality-server.ts';

const OTHER = { id: 'other-client', secret: 'another-clients-secret-for-quality-tests-0001', redirects: [], allowLoopbackRedirects: true };
const q = qualityServer({ clients: [TEST_CLIENT, OTHER] });
const loops: Loopback[] = [];
afterAll(async () => Promise.all(loops.map((l) => l.close())));

const enc = new TextEncoder();
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

async function decode(token: string) {
  const res = await q.request('/api/decode', { method: 'POST', headers: PLAYGROUND, body: JSON.stringify({ token }) });
  return { status: res.status, json: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function sandboxJwe(headerExtra: Record<string, unknown> = {}, key?: Uint8Array): Promise<string> {
  return new CompactEncrypt(enc.encode('{"iAMSMART":{"openID":"x"}}'))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: TEST_CLIENT.id, cty: 'JSON', ...headerExtra })
    .encrypt(key ?? (await deriveJweKey(TEST_CLIENT.secret)));
}

describe('JOSE attacks on POST /api/decode', () => {
  it('T-J1: decodes alg none and marks it unsigned, never verified', async () => {
    const { status, json } = await decode(`${b64({ alg: 'none' })}.${b64({ sub: 'x' })}.`);
    expect(status).toBe(200);
    expect(json.signature.verified).toBe(false);
    expect(json.signature.reason).toMatch(/UNSIGNED/);
  });

  it('T-J2: an HS256 token keyed with the RSA public key PEM fails verification, and RS256 is not accepted for the sandbox', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const pem = await exportSPKI(publicKey);
    const hs = await new CompactSign(enc.encode('{"sub":"x","cid":"sandbox-client"}'))
      .setProtectedHeader({ alg: 'HS256' })
      .sign(enc.encode(pem));
    expect((await decode(hs)).json.signature.verified).toBe(false);
    const rs = await new CompactSign(enc.encode('{"sub":"x"}')).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    const r = await decode(rs);
    expect(r.json.signature.verified).toBe(false);
    expect(r.json.signature.reason).toMatch(/HS256/);
  });

  it('T-J3: never fetches jku or x5u (a canary sees no connection) and warns', async () => {
    const canary = await startLoopback();
    loops.push(canary);
    const { status, json } = await decode(
      `${b64({ alg: 'RS256', jku: `${canary.url}/jwks`, x5u: `${canary.url}/cert` })}.${b64({ sub: 'x' })}.c2ln`,
    );
    expect(status).toBe(200);
    expect(json.warnings.join(' ')).toMatch(/jku/);
    expect(canary.connections).toBe(0);
  });

  it('T-J4: refuses a compressed JWE before inflating it', async () => {
    const bomb = `${b64({ alg: 'dir', enc: 'A256GCM', zip: 'DEF' })}..${'A'.repeat(16)}.${'A'.repeat(13_000)}.${'A'.repeat(22)}`;
    const { status, json } = await decode(bomb);
    expect(status).toBe(400);
    expect(json.error.code).toBe('alg_not_allowed');
  });

  it('T-J5: refuses PBES2 with a huge p2c without deriving anything', async () => {
    const t0 = performance.now();
    const { status, json } = await decode(
      `${b64({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c: 2_000_000_000, p2s: 'AAAAAAAAAAA' })}.AAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`,
    );
    expect(status).toBe(400);
    expect(json.error.code).toBe('alg_not_allowed');
    expect(performance.now() - t0).toBeLessThan(1000); // a derivation of 2e9 rounds would take minutes
  });

  it('T-J6: does not try to open ECDH-ES with an off-curve epk; it says only dir + A256GCM opens', async () => {
    const epk = {
      kty: 'EC',
      crv: 'P-256',
      x: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      y: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    };
    const { status, json } = await decode(`${b64({ alg: 'ECDH-ES', enc: 'A256GCM', epk })}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`);
    expect(status).toBe(200);
    expect(json.plaintext).toBeUndefined();
    expect(json.reason).toMatch(/dir/);
  });

  it('T-J8: refuses an unknown crit extension', async () => {
    const { status, json } = await decode(`${b64({ alg: 'HS256', crit: ['x-unknown'], 'x-unknown': 1 })}.${b64({})}.c2ln`);
    expect(status).toBe(400);
    expect(json.error.code).toBe('alg_not_allowed');
  });

  it('refuses a JWE with a tampered tag, IV or ciphertext with 422 decryption_failed', async () => {
    const good = await sandboxJwe();
    expect((await decode(good)).status).toBe(200);
    const parts = good.split('.');
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    for (const i of [2, 3, 4]) {
      const bad = parts.map((p, k) => (k === i ? flip(p) : p)).join('.');
      const { status, json } = await decode(bad);
      expect(status, `part ${i}`).toBe(422);
      expect(json.error.code).toBe('decryption_failed');
    }
  });

  it("refuses another client's JWE that claims the sandbox client's kid", async () => {
    const { status, json } = await decode(await sandboxJwe({}, await deriveJweKey(OTHER.secret)));
    expect(status).toBe(422);
    expect(JSON.stringify(json)).not.toContain(OTHER.secret);
  });

  it('answers 413 token_too_large to a token over 256 KB and to a body over the limit', async () => {
    expect((await decode(`${b64({ alg: 'HS256' })}.${'A'.repeat(300 * 1024)}.c2ln`)).json.error.code).toBe('token_too_large');
    const res = await q.request('/api/decode', {
      method: 'POST',
      headers: PLAYGROUND,
      body: JSON.stringify({ token: 'a'.repeat(2 << 20) }),
    });
    expect(res.status).toBe(413);
  });
});

describe('cross-site requests to the proxy', () => {
  it('T-P12: a preflight from an evil or null origin gets no Access-Control-Allow-Origin', async () => {
    for (const origin of ['https://evil.test', 'null']) {
      const res = await q.request('/proxy/sandbox/iamsmart/v2/request/auth', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-playground, content-type' },
      });
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('T-P11: a cross-site JSON POST with the custom header is refused before the sandbox sees it', async () => {
    const before = ((await (await q.request('/sandbox/_control/transactions', { headers: CLIENT })).json()) as { transactions: unknown[] })
      .transactions.length;
    for (const h of [{ origin: 'https://evil.test' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'null' }] as Record<string, string>[]) {
      const res = await q.post(
        '/proxy/sandbox/iamsmart/v2/request/auth',
        { source: 'PC_Browser', redirect: `${ORIGIN}/callback` },
        { ...PLAYGROUND, ...h },
      );
      expect(res.status).toBe(403);
    }
    const after = ((await (await q.request('/sandbox/_control/transactions', { headers: CLIENT })).json()) as { transactions: unknown[] })
      .transactions.length;
    expect(after).toBe(before);
  });
});

/** A 502 naming the upstream is a proxy answer; a 500 or a body without a playground error code is not. */
async function expectNoInternalError(res: Response) {
  expect(res.status).not.toBe(500);
  if (res.status >= 400 && res.status !== 404) {
    const body = (await res.json()) as { error?: { code?: string } };
    expect(body.error?.code).toMatch(/^[a-z_]+$/);
    expect(body.error?.code).not.toBe('internal');
  }
}

describe('SSRF by property (T-P15)', () => {
  // Found by the property below: the sandbox's not-found answer must survive being mounted.
  it('an unknown sandbox path through the proxy answers 404 like the direct call', async () => {
    expect((await q.post('/sandbox/no-such-path', {}, CLIENT)).status).toBe(404);
    expect((await q.post('/proxy/sandbox/no-such-path', {}, PLAYGROUND)).status).toBe(404);
  });

  it('T-P15: URLs, strings and JSON in the proxy path never give a 500 nor reach a host outside the list', async () => {
    const canary = await startLoopback();
    loops.push(canary);
    const junk = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string({ maxLength: 60 }),
      fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.stringify(v)),
      fc.constant(canary.url),
    );
    await fc.assert(
      fc.asyncProperty(junk, fc.constantFrom('', 'sandbox/', 'real/'), fc.jsonValue({ maxDepth: 2 }), async (u, prefix, body) => {
        const path = `/proxy/${prefix}${encodeURIComponent(u).replace(/%2F/g, '/')}`;
        await expectNoInternalError(await q.post(path, body, PLAYGROUND));
        await expectNoInternalError(
          await q.request(`/proxy/${prefix}${u.replace(/^\/+/, '')}`.slice(0, 2000), { method: 'GET', headers: { 'x-playground': '1' } }),
        );
      }),
      { numRuns: 1000 },
    );
    expect(canary.connections).toBe(0);
  });
});

describe('sandbox callback, codes and tokens', () => {
  async function approved(headers = CLIENT) {
    const init = await q.post(
      '/sandbox/iamsmart/v2/request/auth',
      { source: 'PC_Browser', redirect: 'https://www.yourwebsite.com/callback' },
      headers,
    );
    const { token } = (await init.json()) as { token: string };
    const ok = await q.post('/sandbox/_control/approve', { token }, headers);
    const { transaction } = (await ok.json()) as { transaction: { callbackUrl: string } };
    return { token, callbackUrl: transaction.callbackUrl };
  }

  it('SEC-8: the callback never redirects anywhere but the registered redirect, whatever the query adds', async () => {
    const { callbackUrl } = await approved();
    const u = new URL(callbackUrl);
    const base = `${u.pathname.replace(/^.*\/sandbox/, '/sandbox')}`;
    for (const extra of [
      'redirect=https://evil.test',
      'redirectURI=//evil.test',
      'returnTo=https://evil.test',
      'redirect=%2F%2Fevil.test',
      'state=x%0d%0aLocation:%20https://evil.test',
    ]) {
      const res = await q.request(`${base}?${u.searchParams}&${extra}`);
      expect([302, 400]).toContain(res.status);
      const location = res.headers.get('location');
      if (location) expect(location.startsWith('https://www.yourwebsite.com/callback')).toBe(true);
    }
  });

  it("T-S9: a token polled with another client's credentials is 401 and reveals nothing", async () => {
    const { token } = await approved();
    const res = await q.post(
      '/sandbox/iamsmart/v2/callback/client',
      { token },
      { ...CLIENT, 'x-client-id': OTHER.id, 'x-client-secret': OTHER.secret },
    );
    expect(res.status).toBe(401);
    expect(await res.text()).not.toMatch(/"data"/);
    // The owner still gets its result: the foreign attempt did not consume it.
    expect((await q.post('/sandbox/iamsmart/v2/callback/client', { token })).status).toBe(200);
  });

  it('a login token cannot chain a form filling for another client', async () => {
    const login = await approvedLogin(q);
    const res = await q.post(
      '/sandbox/iamsmart/v2/request/formfilling',
      { token: login, source: 'PC_Browser', profileFields: ['enName'] },
      { ...CLIENT, 'x-client-id': OTHER.id, 'x-client-secret': OTHER.secret },
    );
    expect(res.status).toBe(401);
  });

  it('T-S1: a replayed result poll is refused after the first success', async () => {
    const { token } = await approved();
    expect((await q.post('/sandbox/iamsmart/v2/callback/client', { token })).status).toBe(200);
    const again = await q.post('/sandbox/iamsmart/v2/callback/client', { token });
    expect(again.status).toBe(410);
    expect(await again.text()).not.toMatch(/"data"/);
  });
});

describe('headers on pages and on the callback', () => {
  it('SEC-6: the callback catcher answers no-referrer and no-store, and pages carry the CSP directives', async () => {
    const cb = await q.request('/callback?flow=nope&code=abc&state=s');
    expect(cb.status).toBe(302);
    expect(cb.headers.get('referrer-policy')).toBe('no-referrer');
    expect(cb.headers.get('cache-control')).toBe('no-store');
    const page = await q.request('/');
    const csp = page.headers.get('content-security-policy') ?? '';
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });
});
