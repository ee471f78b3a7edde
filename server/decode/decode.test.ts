import { describe, expect, it } from 'vitest';
import { CompactEncrypt, SignJWT, base64url, exportSPKI, generateKeyPair } from 'jose';
import { deriveJweKey } from '../../shared/crypto/jwe-key.ts';
import { TEST_CLIENT } from '../config.ts';
import { startLoopback } from '../testing/loopback-upstream.ts';
import { playground } from '../testing/playground-fixture.ts';

const f = playground();

async function decode(body: unknown) {
  const res = await f.post('/api/decode', body);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string } } };
}

const seg = (o: unknown) => base64url.encode(JSON.stringify(o));

async function sandboxJwe(claims: unknown, header: Record<string, unknown> = {}) {
  const key = await deriveJweKey(TEST_CLIENT.secret);
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: TEST_CLIENT.id, cty: 'JSON', ...header })
    .encrypt(key);
}

describe('POST /api/decode', () => {
  it('opens a sandbox-style JWE with the test client secret and names the key, not its value', async () => {
    const jwe = await sandboxJwe({ iAMSMART: { openID: 'abc', tokenType: 'Bearer' } });
    const { status, body } = await decode({ token: jwe });
    expect(status).toBe(200);
    expect(body.kind).toBe('jwe');
    expect(body.plaintext).toEqual({ iAMSMART: { openID: 'abc', tokenType: 'Bearer' } });
    expect(body.key).toBe('sandbox client secret (dir, A256GCM)');
    expect((body.parts as Record<string, string>).encryptedKey).toBe('');
    expect(JSON.stringify(body)).not.toContain(TEST_CLIENT.secret);
  });

  it('answers 422 decryption_failed for a JWE under another key', async () => {
    const other = await new CompactEncrypt(new TextEncoder().encode('{}'))
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .encrypt(new Uint8Array(32).fill(7));
    const { status, body } = await decode({ token: other });
    expect(status).toBe(422);
    expect(body.error?.code).toBe('decryption_failed');
  });

  it('refuses a compressed JWE (T-J4) and PBES2 (T-J5) before any crypto runs', async () => {
    const zip = `${seg({ alg: 'dir', enc: 'A256GCM', zip: 'DEF' })}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;
    const pbes = `${seg({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c: 2_000_000_000, p2s: 'AAAA' })}.AAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;
    for (const token of [zip, pbes]) {
      const started = performance.now();
      const { status, body } = await decode({ token });
      expect(status).toBe(400);
      expect(body.error?.code).toBe('alg_not_allowed');
      expect(performance.now() - started).toBeLessThan(100);
    }
  });

  it('decodes alg none but marks it unsigned, never verified (T-J1)', async () => {
    const token = `${seg({ alg: 'none' })}.${seg({ sub: 'x', admin: true })}.`;
    const { status, body } = await decode({ token });
    expect(status).toBe(200);
    expect(body.payload).toEqual({ sub: 'x', admin: true });
    expect(body.signature).toMatchObject({ verified: false });
    expect(String((body.signature as { reason: string }).reason)).toContain('UNSIGNED');
  });

  it('verifies a sandbox token through the sandbox and rejects a tampered one', async () => {
    const init = await f.post('/proxy/sandbox/iamsmart/v2/request/auth', {
      source: 'PC_Browser',
      redirect: 'https://www.yourwebsite.com/callback',
    });
    const { token } = (await init.json()) as { token: string };
    expect((await decode({ token })).body.signature).toEqual({ verified: true });
    const [h, , s] = token.split('.');
    const tampered = `${h}.${seg({ sub: 'tx999' })}.${s}`;
    expect((await decode({ token: tampered })).body.signature).toMatchObject({ verified: false });
  });

  it('does not verify an HS256 token whose HMAC key is an RSA public key PEM (T-J2)', async () => {
    const { publicKey } = await generateKeyPair('RS256', { extractable: true });
    const pem = await exportSPKI(publicKey);
    const token = await new SignJWT({ a: 1 }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(pem));
    expect((await decode({ token })).body.signature).toMatchObject({ verified: false });
    const rs = `${seg({ alg: 'RS256' })}.${seg({ a: 1 })}.AAAA`;
    expect((await decode({ token: rs })).body.signature).toMatchObject({ verified: false });
  });

  it('never fetches jku / x5u and warns about them (T-J3)', async () => {
    const canary = await startLoopback();
    const token = `${seg({ alg: 'HS256', jku: `${canary.url}/jwks`, x5u: `${canary.url}/cert` })}.${seg({ a: 1 })}.AAAA`;
    const { body } = await decode({ token });
    expect(body.warnings).toHaveLength(2);
    expect(canary.connections).toBe(0);
    await canary.close();
  });

  it('refuses an unknown crit (T-J8) and shows exp / nbf against a visible tolerance (T-J9)', async () => {
    const crit = `${seg({ alg: 'HS256', crit: ['exp2'], exp2: 1 })}.${seg({})}.AAAA`;
    expect((await decode({ token: crit })).body.error?.code).toBe('alg_not_allowed');
    // Found by the fuzzer: a crit entry that cannot be turned into a string by String().
    const hostile = `${seg({ crit: [{ toString: null }] })}.${seg({})}.AAAA`;
    expect((await decode({ token: hostile })).body.error?.code).toBe('alg_not_allowed');
    const hostileEnc = `${seg({ alg: 'dir', enc: { toString: null } })}..AAAA.AAAA.AAAA`;
    expect((await decode({ token: hostileEnc })).status).toBe(200);
    const now = Math.floor(Date.now() / 1000);
    const timed = `${seg({ alg: 'HS256' })}.${seg({ exp: now - 3600, nbf: now + 3600 })}.AAAA`;
    expect((await decode({ token: timed, env: 'sandbox' })).body.time).toEqual({ toleranceSeconds: 30, expired: true, notYetValid: true });
  });

  it.each([
    ['two segments', 'a.b'],
    ['four segments', 'a.b.c.d'],
    ['six segments', 'a.b.c.d.e.f'],
    ['bad base64url', '***.b.c'],
    ['a non-JSON header', `${base64url.encode('nope')}.b.c`],
    ['an array header', `${seg([1])}.b.c`],
    ['a lone surrogate', `${base64url.encode(new Uint8Array([0xed, 0xa0, 0x80]))}.b.c`],
    ['an empty string', ''],
  ])('answers 400 token_malformed for %s (T-J7)', async (_label, token) => {
    const { status, body } = await decode({ token });
    expect(status).toBe(400);
    expect(body.error?.code).toBe('token_malformed');
  });

  it('answers 413 token_too_large past 256 KB, 404 for an unknown environment and 400 for a wrong body', async () => {
    expect((await decode({ token: `${seg({ alg: 'HS256' })}.${'A'.repeat(300_000)}.A` })).status).toBe(413);
    expect((await decode({ token: `${seg({ alg: 'HS256' })}.e30.AAAA`, env: 'nowhere' })).status).toBe(404);
    expect((await decode({ token: 42 })).body.error?.code).toBe('bad_request');
    const notJson = await f.app.request('/api/decode', {
      method: 'POST',
      headers: { 'x-playground': '1', 'content-type': 'application/json' },
      body: '{',
    });
    expect(notJson.status).toBe(400);
  });
});
