import { describe, expect, it } from 'vitest';
import { compactDecrypt, decodeProtectedHeader } from 'jose';
import { createTokenIssuer, tokenKey } from './tokens.ts';
import { encryptResult } from './result-jwe.ts';
import { anonymousSignCode, signCode } from './sign-code.ts';
import { hkicHashMatches } from './hkic-hash.ts';
import { alphanumeric, openIdFor } from './identifiers.ts';
import { deriveJweKey } from '../../../shared/crypto/jwe-key.ts';
import { PUBLIC_TEST_CLIENT } from '../../../shared/sandbox/public-test-client.ts';

describe('createTokenIssuer', () => {
  const issuer = createTokenIssuer(tokenKey('shared key'));

  it('signs HS256 tokens with sub, cid, svc, iat and exp', async () => {
    const t = await issuer.sign({ sub: 'tx1', cid: 'c', svc: 'auth' }, 1_000_000, 60_000);
    expect(t).toMatch(/^[A-Za-z0-9-_]+\.[A-Za-z0-9-_]+\.[A-Za-z0-9-_]*$/);
    expect(await issuer.verify(t, 1_000_000)).toMatchObject({ sub: 'tx1', cid: 'c', svc: 'auth', iat: 1000, exp: 1060 });
  });

  it('rejects expired, tampered and foreign tokens', async () => {
    const t = await issuer.sign({ sub: 'tx1', cid: 'c', svc: 'auth' }, 1_000_000, 60_000);
    await expect(issuer.verify(t, 1_060_000)).rejects.toThrow();
    const [h, p, s] = t.split('.');
    await expect(issuer.verify(`${h}.${p}x.${s}`, 1_000_000)).rejects.toThrow();
    await expect(createTokenIssuer(tokenKey('other')).verify(t, 1_000_000)).rejects.toThrow();
  });

  it('shares a configured key across instances', async () => {
    const t = await issuer.sign({ sub: 'tx1', cid: 'c', svc: 'auth' }, 1_000_000, 60_000);
    expect((await createTokenIssuer(tokenKey('shared key')).verify(t, 1_000_000)).sub).toBe('tx1');
  });
});

describe('encryptResult', () => {
  it('encrypts dir/A256GCM with kid and cty, opened with the derived key', async () => {
    const { id, secret } = PUBLIC_TEST_CLIENT;
    const jwe = await encryptResult({ hello: '世界' }, { id, secret }, 'JSON');
    expect(decodeProtectedHeader(jwe)).toEqual({ alg: 'dir', enc: 'A256GCM', kid: 'sandbox-client', cty: 'JSON' });
    const { plaintext } = await compactDecrypt(jwe, await deriveJweKey(secret));
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual({ hello: '世界' });
  });
});

describe('signCode', () => {
  it('gives four digits, the same for the same inputs and different across people', () => {
    const a = signCode('af8b6f626242f214be360fa7d412e42dacb2f48bc11bb089019a912930019300', openIdFor('c', 'p1'));
    expect(a).toMatch(/^\d{4}$/);
    expect(signCode('af8b6f626242f214be360fa7d412e42dacb2f48bc11bb089019a912930019300', openIdFor('c', 'p1'))).toBe(a);
    const others = ['p2', 'p3', 'p4', 'p5', 'p6'].map((p) =>
      signCode('af8b6f626242f214be360fa7d412e42dacb2f48bc11bb089019a912930019300', openIdFor('c', p)),
    );
    expect(others.some((o) => o !== a)).toBe(true);
    expect(anonymousSignCode('x', undefined, 'c')).toBe(anonymousSignCode('x', undefined, 'c'));
  });
});

describe('hkicHashMatches', () => {
  it('accepts the documented G996963 example in hex and Base64', () => {
    expect(hkicHashMatches('c913c226c44240d29854783a3ff33c0b2e8ed1136224fb8f537716ef003c2b70', 'G996963')).toBe(true);
    expect(hkicHashMatches('yRPCJsRCQNKYVHg6P/M8Cy6O0RNiJPuPU3cW7wA8K3A=', 'G996963')).toBe(true);
    expect(hkicHashMatches('yRPCJsRCQNKYVHg6P/M8Cy6O0RNiJPuPU3cW7wA8K3A=', 'A123456')).toBe(false);
  });
});

describe('identifiers', () => {
  it('makes alphanumerics of the asked length and per-client openIDs', () => {
    expect(alphanumeric(36)).toMatch(/^[A-Za-z0-9]{36}$/);
    expect(openIdFor('a', 'p')).toMatch(/^[a-f0-9]{64}$/);
    expect(openIdFor('a', 'p')).not.toBe(openIdFor('b', 'p'));
  });
});
