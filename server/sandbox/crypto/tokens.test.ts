import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { createTokenIssuer, tokenKey } from './tokens.ts';

const key = tokenKey('shared key');
const issuer = createTokenIssuer(key);
const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

/** A token with any header and payload, correctly MACed with the sandbox key. */
function forge(header: unknown, payload: unknown): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', Buffer.from(key)).update(input).digest('base64url')}`;
}

const claims = { cid: 'c', svc: 'auth', sub: 'tx1', iat: 1000, exp: 1060 };

describe('createTokenIssuer (node:crypto HMAC)', () => {
  it('writes the very token jose SignJWT writes, and jose verifies it', async () => {
    const ours = await issuer.sign({ sub: 'tx1', cid: 'c', svc: 'auth' }, 1_000_500, 60_000);
    const theirs = await new SignJWT({ cid: 'c', svc: 'auth' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject('tx1')
      .setIssuedAt(1000)
      .setExpirationTime(1060)
      .sign(key);
    expect(ours).toBe(theirs);
    const { payload } = await jwtVerify(ours, key, { algorithms: ['HS256'], currentDate: new Date(1_000_000) });
    expect(payload).toEqual(claims);
  });

  it('accepts until the second before exp and refuses from exp on', async () => {
    const t = forge({ alg: 'HS256', typ: 'JWT' }, claims);
    expect((await issuer.verify(t, 1_059_999)).sub).toBe('tx1');
    await expect(issuer.verify(t, 1_060_000)).rejects.toThrow(/exp/);
  });

  it('refuses alg none, other algorithms and crit headers even with a valid MAC', async () => {
    await expect(issuer.verify(`${b64({ alg: 'none' })}.${b64(claims)}.`, 1_000_000)).rejects.toThrow(/HS256/);
    await expect(issuer.verify(forge({ alg: 'HS512' }, claims), 1_000_000)).rejects.toThrow(/HS256/);
    await expect(issuer.verify(forge({ alg: 'HS256', crit: ['x'], x: 1 }, claims), 1_000_000)).rejects.toThrow(/crit/);
  });

  it('refuses a future nbf, non-numeric dates, missing claims and non-object payloads', async () => {
    const h = { alg: 'HS256' };
    await expect(issuer.verify(forge(h, { ...claims, nbf: 1001 }), 1_000_000)).rejects.toThrow(/nbf/);
    await expect(issuer.verify(forge(h, { ...claims, exp: '1060' }), 1_000_000)).rejects.toThrow(/exp/);
    await expect(issuer.verify(forge(h, { ...claims, iat: 'x' }), 1_000_000)).rejects.toThrow(/iat/);
    await expect(issuer.verify(forge(h, { ...claims, cid: undefined }), 1_000_000)).rejects.toThrow(/cid/);
    await expect(issuer.verify(forge(h, [claims]), 1_000_000)).rejects.toThrow(/object/);
  });

  it('refuses a changed signature, extra segments and garbage', async () => {
    const t = forge({ alg: 'HS256' }, claims);
    const [h, p, s] = t.split('.');
    const flipped = s.slice(0, -2) + (s.at(-2) === 'A' ? 'B' : 'A') + s.at(-1);
    for (const bad of [`${h}.${p}.${flipped}`, `${h}.${p}.${s}.x`, `${h}.${p}`, `${h}.${p}.${s}!`, '', 'a.b.c', `${h}.${p}.`]) {
      await expect(issuer.verify(bad, 1_000_000)).rejects.toThrow();
    }
  });
});
