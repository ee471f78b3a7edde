import { describe, expect, it } from 'vitest';
import { PERSONAS } from './personas.ts';
import { hkidOf } from './persona.ts';
import { FORM_FIELDS } from '../../../shared/catalogue/index.ts';
import { isValidHkid } from '../../../shared/personal-data/hkid.ts';

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
