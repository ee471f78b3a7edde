import { describe, expect, it } from 'vitest';
import { TOKEN_PATTERN } from '../catalogue/values.ts';
import {
  BASE64URL_CHAR,
  decodeBase64Url,
  headerAlg,
  isAlgNone,
  isTokenPart,
  jsonOrText,
  MAX_TOKEN_BYTES,
  readCompact,
  utf8Text,
} from './compact-token.ts';

const part = (v: unknown) => btoa(JSON.stringify(v)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const HS256 = part({ alg: 'HS256' });

describe('readCompact', () => {
  it('reads a JWS and a JWE with their parts and header, trimming around the token', () => {
    expect(readCompact(` ${HS256}.e30.c2ln\n`)).toEqual({
      ok: true,
      kind: 'jws',
      segments: [HS256, 'e30', 'c2ln'],
      header: { alg: 'HS256' },
    });
    const jweHeader = part({ alg: 'dir', enc: 'A256GCM' });
    expect(readCompact(`${jweHeader}..aXY.Y3Q.dGFn`)).toEqual({
      ok: true,
      kind: 'jwe',
      segments: [jweHeader, '', 'aXY', 'Y3Q', 'dGFn'],
      header: { alg: 'dir', enc: 'A256GCM' },
    });
    expect(readCompact(`${HS256}.e30.`)).toMatchObject({ ok: true, kind: 'jws' });
  });

  it.each([
    ['', { problem: 'empty' }],
    ['  \n', { problem: 'empty' }],
    ['abc', { problem: 'segment_count', detail: '1' }],
    ['a.b.c.d', { problem: 'segment_count', detail: '4' }],
    ['a.b.c.d.e.f', { problem: 'segment_count', detail: '6' }],
    [`"${HS256}.e30.x"`, { problem: 'bad_characters', segment: 0 }],
    [`${HS256}=.e30.x`, { problem: 'bad_characters', segment: 0 }],
    [`${HS256}.e+0.x`, { problem: 'bad_characters', segment: 1 }],
    [`${HS256}.e30.a/b`, { problem: 'bad_characters', segment: 2 }],
    [`${HS256}.e30A0.x`, { problem: 'bad_length', segment: 1 }],
    ['eyJhbGciOiJIUzI1NiJ9A.e30.x', { problem: 'bad_length', segment: 0 }],
    [`${HS256}.e30.AAAA.AAAAA.AA`, { problem: 'bad_length', segment: 3 }],
    ['bm90IGpzb24.e30.c2ln', { problem: 'header_not_json', segment: 0, detail: 'it does not parse as JSON' }],
    ['7aCA.e30.c2ln', { problem: 'header_not_json', segment: 0, detail: 'it is not UTF-8 text' }],
    ['WzFd.e30.c2ln', { problem: 'header_not_object', segment: 0 }],
    [
      `${part(JSON.parse('['.repeat(65) + ']'.repeat(65)))}.e30.c2ln`,
      { problem: 'header_not_json', segment: 0, detail: 'arrays and objects are nested deeper than 64 levels' },
    ],
    ['bnVsbA.e30.c2ln', { problem: 'header_not_object', segment: 0 }],
    ['MQ.e30.c2ln', { problem: 'header_not_object', segment: 0 }],
  ])('refuses %j', (input, expected) => {
    expect(readCompact(input)).toEqual({ ok: false, ...expected });
  });

  it('reads a token of exactly 256 KB and refuses one byte more, counting UTF-8 bytes', () => {
    const payload = 'A'.repeat(MAX_TOKEN_BYTES - HS256.length - '..AAAA'.length);
    const atCap = `${HS256}.${payload}.AAAA`;
    expect(atCap.length).toBe(MAX_TOKEN_BYTES);
    expect(readCompact(atCap)).toMatchObject({ ok: true, kind: 'jws' });
    expect(readCompact(`${atCap}A`)).toEqual({ ok: false, problem: 'too_large' });
    // 100,000 three-byte characters: under the cap in UTF-16 units, over it in bytes.
    expect(readCompact('界'.repeat(100_000))).toEqual({ ok: false, problem: 'too_large' });
    expect(readCompact('界'.repeat(80_000))).toEqual({ ok: false, problem: 'segment_count', detail: '1' });
  });
});

describe('the base64url pieces', () => {
  it('decodes base64url with and without padding-free tails, refusing impossible parts', () => {
    expect(decodeBase64Url('')).toEqual({ ok: true, bytes: new Uint8Array() });
    expect(decodeBase64Url('_-8')).toEqual({ ok: true, bytes: Uint8Array.of(0xff, 0xef) });
    expect(decodeBase64Url('AQID')).toEqual({ ok: true, bytes: Uint8Array.of(1, 2, 3) });
    expect(decodeBase64Url('AQIDBA')).toEqual({ ok: true, bytes: Uint8Array.of(1, 2, 3, 4) });
    expect(decodeBase64Url('AQIDB')).toEqual({ ok: false, reason: 'bad_length' });
    expect(decodeBase64Url('AQ==')).toEqual({ ok: false, reason: 'bad_characters' });
    expect(decodeBase64Url('A+/B')).toEqual({ ok: false, reason: 'bad_characters' });
  });

  it('tells token parts, UTF-8, JSON and alg none', () => {
    expect([isTokenPart(''), isTokenPart('Az09-_'), isTokenPart('a b'), isTokenPart('a.b'), isTokenPart('é')]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(utf8Text(Uint8Array.of(0xe7, 0x95, 0x8c))).toBe('界');
    expect(utf8Text(Uint8Array.of(0xed, 0xa0, 0x80))).toBeUndefined();
    expect(jsonOrText('{"a":1}')).toEqual({ value: { a: 1 }, isJson: true });
    expect(jsonOrText('plain')).toEqual({ value: 'plain', isJson: false });
    const deep = '['.repeat(65) + ']'.repeat(65);
    expect(jsonOrText(deep)).toEqual({ value: deep, isJson: false, tooDeep: 'arrays and objects are nested deeper than 64 levels' });
    expect(jsonOrText('['.repeat(64) + ']'.repeat(64)).isJson).toBe(true);
    expect([headerAlg({ alg: 'HS256' }), headerAlg({ alg: '' }), headerAlg({ alg: 1 }), headerAlg({})]).toEqual([
      'HS256',
      undefined,
      undefined,
      undefined,
    ]);
    expect([isAlgNone('none'), isAlgNone('NoNe'), isAlgNone('HS256'), isAlgNone('')]).toEqual([true, true, false, false]);
  });

  it('uses the same alphabet as the documented token pattern (FE-DOC2)', () => {
    const documented = /\[([^\]]+)\]/.exec(TOKEN_PATTERN)![1];
    const ours = /\[([^\]]+)\]/.exec(BASE64URL_CHAR)![1];
    const chars = (cls: string) =>
      Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).filter((c) => new RegExp(`[${cls}]`).test(c));
    expect(chars(ours)).toEqual(chars(documented));
    expect(chars(ours)).toHaveLength(64);
  });
});
