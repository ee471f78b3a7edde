import { describe, expect, it } from 'vitest';
import { hkidCheckDigit, isValidHkid } from './hkid.ts';

describe('hkidCheckDigit', () => {
  it('computes the published samples A123456(3) and G123456(A)', () => {
    expect(hkidCheckDigit('A123456')).toBe('3');
    expect(hkidCheckDigit('G123456')).toBe('A');
  });

  it('writes a remainder of 10 as A and 11 as 0, and every other as its digit', () => {
    expect(hkidCheckDigit('Y555012')).toBe('0');
    expect(hkidCheckDigit('B000009')).toBe('A');
    const digits = ['B000001', 'B000002', 'B000003', 'B000004', 'B000005', 'B000006', 'B000007', 'B000008'].map(hkidCheckDigit);
    expect(digits).toEqual(['4', '2', '0', '9', '7', '5', '3', '1']);
  });

  it('weights both letters of a two-letter prefix (no padding)', () => {
    expect(hkidCheckDigit('XA112233')).toBe('6');
    expect(hkidCheckDigit('AB987654')).toBe('3');
    expect(hkidCheckDigit('Z000000')).toBe('1');
  });

  it('has no digit for anything but 1-2 capital letters and 6 digits', () => {
    for (const bad of ['a123456', 'ABC123456', 'A12345', 'A1234567', '1234567', ' A123456', 'A123456 ', 'A123456(3)', ''])
      expect(hkidCheckDigit(bad), bad).toBeUndefined();
  });
});

describe('isValidHkid', () => {
  it('tells valid from invalid full HKIDs', () => {
    expect(isValidHkid('A123456(3)')).toBe(true);
    expect(isValidHkid('G123456(A)')).toBe(true);
    expect(isValidHkid('XA112233(6)')).toBe(true);
    expect(isValidHkid('A123456(4)')).toBe(false);
    expect(isValidHkid('A123456')).toBe(false);
    expect(isValidHkid('A123456(3) ')).toBe(false);
    expect(isValidHkid('xA123456(3)')).toBe(false);
    expect(isValidHkid('a123456(3)')).toBe(false);
  });
});
