// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest';
import { SignJWT, CompactEncrypt } from 'jose';
import { decodeCompact } from './decode-compact.ts';

const key = new Uint8Array(32).fill(7);

describe('decodeCompact', () => {
  it('reads the header and payload of a real HS256 JWS', async () => {
    const jws = await new SignJWT({ sub: 'tx1', cid: 'sandbox-client', svc: 'auth' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(1_700_000_000)
      .sign(key);
    const r = decodeCompact(jws);
    expect(r.ok && r.kind).toBe('jws');
    if (!r.ok || r.kind !== 'jws') return;
    expect(r.header).toEqual({ alg: 'HS256' });
    expect(r.payload).toEqual({ sub: 'tx1', cid: 'sandbox-client', svc: 'auth', iat: 1_700_000_000 });
    expect(r.unsigned).toBe(false);
  });

  it('recognises a dir/A256GCM JWE and keeps its five parts', async () => {
    const jwe = await new CompactEncrypt(new TextEncoder().encode('{"a":1}'))
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: 'c' })
      .encrypt(key);
    const r = decodeCompact(jwe);
    expect(r.ok && r.kind).toBe('jwe');
    if (r.ok) expect(r.segments).toHaveLength(5);
  });

  it('flags alg none as unsigned', () => {
    const r = decodeCompact('eyJhbGciOiJub25lIn0.eyJhIjoxfQ.');
    expect(r.ok && r.kind === 'jws' && r.unsigned).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['abc', 'segment_count'],
    ['a.b.c.d', 'segment_count'],
    ['"eyJhbGciOiJIUzI1NiJ9.e30.x"', 'bad_characters'],
    ['eyJhbGciOiJIUzI1NiJ9=.e30.x', 'bad_characters'],
    ['eyJhbGciOiJIUzI1NiJ9.e30A0.x', 'bad_length'],
    ['bm90IGpzb24.e30.c2ln', 'header_not_json'],
    ['WzFd.e30.c2ln', 'header_not_object'],
    ['e30.e30.c2ln', 'header_no_alg'],
    ['eyJhbGciOiJkaXIifQ.YQ.YQ.YQ.YQ', 'jwe_no_enc'],
  ])('explains %j as %s without throwing', (input, problem) => {
    const r = decodeCompact(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe(problem);
  });

  it('refuses tokens over 256 KB', () => {
    const r = decodeCompact('a'.repeat(300 * 1024));
    expect(!r.ok && r.problem).toBe('too_large');
  });
});
