/** readResult: each part of a decrypted result counts only with its documented shape; extra fields are allowed. */
import { describe, expect, it } from 'vitest';
import { readResult } from './read-result.ts';

const login = {
  openID: 'o-1',
  accessToken: 'a',
  tokenType: 'Bearer',
  issueAt: '1',
  expiresIn: '14400000',
  scope: 'eidapi_auth',
  userType: 'auth',
  lastModifiedDate: 1,
};
const sign = { hashCode: 'ab'.repeat(32), timestamp: 5, signature: 'c2ln', cert: '-----BEGIN CERTIFICATE-----' };

describe('readResult', () => {
  it('reads the parts of a signing and an anonymous form-filling result', () => {
    expect(readResult({ sign, businessID: 'b-1' })).toEqual({ sign, businessID: 'b-1' });
    const formFilling = { enName: { UnstructuredName: 'CHAN, Tai Man' }, birthDate: '19800101' };
    expect(readResult({ formFilling, businessID: 'b-2', iAMSMART: login })).toEqual({ formFilling, businessID: 'b-2', iAMSMART: login });
  });

  it('keeps a part with fields beyond the documented ones (a real environment may add some)', () => {
    const extra = { ...login, nickname: 'x' };
    expect(readResult({ iAMSMART: extra }).iAMSMART).toEqual(extra);
  });

  it('leaves out a part of another shape, and reads nothing from what is not an object', () => {
    const { cert: _cert, ...noCert } = sign;
    expect(readResult({ sign: noCert, businessID: 'b-1' })).toEqual({ businessID: 'b-1' });
    expect(readResult({ sign: { ...sign, timestamp: '5' } })).toEqual({});
    expect(readResult({ iAMSMART: { ...login, tokenType: 'Basic' } })).toEqual({});
    expect(readResult({ formFilling: { idNo: 'A123456' } })).toEqual({});
    expect(readResult({ pdfSign: 'no' })).toEqual({});
    expect(readResult(null)).toEqual({});
    expect(readResult('text')).toEqual({});
    expect(readResult([sign])).toEqual({});
  });
});
