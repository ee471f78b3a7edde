import { describe, expect, it } from 'vitest';
import { hkidCheckDigit, isValidHkid } from './hkid.ts';
import { PERSONAS } from './personas.ts';
import { hkidOf } from './persona.ts';
import { FORM_FIELDS } from '../../../shared/catalogue/index.ts';

describe('hkidCheckDigit', () => {
  it('computes the published sample A123456(3)', () => {
    expect(hkidCheckDigit('A123456')).toBe('3');
  });

  it('writes a remainder of 10 as A and 11 as 0', () => {
    expect(hkidCheckDigit('Y555012')).toBe('0');
    const withA = ['B000001', 'B000002', 'B000003', 'B000004', 'B000005', 'B000006', 'B000007', 'B000008', 'B000009', 'B000010', 'B000011'].find((id) => hkidCheckDigit(id) === 'A');
    expect(withA).toBeDefined();
  });

  it('handles two-letter prefixes', () => {
    expect(hkidCheckDigit('XA112233')).toBe('6');
  });

  it('rejects malformed identifications', () => {
    expect(() => hkidCheckDigit('a123456')).toThrow(RangeError);
    expect(() => hkidCheckDigit('ABC123456')).toThrow(RangeError);
  });

  it('tells valid from invalid full HKIDs', () => {
    expect(isValidHkid('A123456(3)')).toBe(true);
    expect(isValidHkid('A123456(4)')).toBe(false);
    expect(isValidHkid('A123456')).toBe(false);
  });
});

describe('PERSONAS', () => {
  it('has at least six residents with valid, distinct HKIDs', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(6);
    for (const p of PERSONAS) expect(isValidHkid(hkidOf(p)), p.id).toBe(true);
    expect(new Set(PERSONAS.map(hkidOf)).size).toBe(PERSONAS.length);
  });

  it('gives every form field to someone, in English and Chinese names', () => {
    for (const field of FORM_FIELDS) {
      const someone = PERSONAS.some((p) => field === 'idNo' || (p as unknown as Record<string, unknown>)[field] !== undefined);
      expect(someone, field).toBe(true);
    }
    for (const p of PERSONAS) {
      expect(p.enName).toMatch(/^[A-Z]+, [A-Za-z ]+$/);
      expect(p.chName).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      expect(p.birthDate).toMatch(/^\d{8}$/);
    }
  });

  it('includes one resident with a missing optional field and one with a post box', () => {
    expect(PERSONAS.some((p) => p.officeTelNumber === undefined)).toBe(true);
    expect(PERSONAS.some((p) => 'PostBoxAddress' in p.postalAddress)).toBe(true);
  });
});
