// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { endpoint, SCOPES } from '../../../../shared/catalogue/index.ts';
import { fieldRows, tokenSource } from './schema-fields.ts';

describe('fieldRows', () => {
  it('lists every property of the auth body with its required flag', () => {
    const rows = fieldRows(endpoint('auth').request);
    expect(rows.map((r) => r.path)).toEqual(Object.keys(endpoint('auth').request.properties ?? {}));
    expect(rows.find((r) => r.path === 'source')?.required).toBe(true);
    expect(rows.find((r) => r.path === 'scope')?.required).toBe(false);
  });

  it('carries enums and patterns from the schema', () => {
    const rows = fieldRows(endpoint('auth').request);
    expect(rows.find((r) => r.path === 'source')?.enumValues?.length).toBeGreaterThan(1);
    expect(rows.find((r) => r.path === 'scope')?.pattern).toContain(SCOPES[0]);
  });

  it('descends into nested objects', () => {
    const rows = fieldRows(endpoint('formfilling').request);
    expect(rows.some((r) => r.depth > 0 && r.path.startsWith('formData.'))).toBe(true);
  });
});

describe('tokenSource', () => {
  it('names the approved auth token for form filling', () => {
    const src = tokenSource(endpoint('formfilling'));
    expect(src?.approved).toBe(true);
    expect(src?.from.map((e) => e.id)).toContain('auth');
  });

  it('is undefined for an endpoint without a token', () => {
    expect(tokenSource(endpoint('auth'))).toBeUndefined();
  });
});
