import { describe, it, expect } from 'vitest';
import { findTokens } from './find-tokens.ts';

const JWS = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0eCJ9.c2ln';
const JWE = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXY.Y3Q.dGFn';

describe('findTokens', () => {
  it('finds JWS and JWE strings anywhere in a body with their path', () => {
    const found = findTokens({ token: JWS, nested: [{ data: JWE }], url: 'http://x.y/z' });
    expect(found).toEqual([
      { path: 'token', token: JWS, kind: 'jws' },
      { path: 'nested[0].data', token: JWE, kind: 'jwe' },
    ]);
  });

  it('ignores dotted strings that are not JOSE tokens and lists a token once', () => {
    expect(findTokens({ host: 'www.example.com', v: '1.2.3', a: JWS, b: JWS })).toHaveLength(1);
  });
});
