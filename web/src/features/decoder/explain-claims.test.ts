import { describe, it, expect } from 'vitest';
import { explainClaims } from './explain-claims.ts';

describe('explainClaims', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);

  it('turns NumericDate claims into dates relative to now and marks exp', () => {
    const rows = explainClaims({ iat: now / 1000 - 60, exp: now / 1000 + 3600, sub: 'tx' }, now);
    const exp = rows.find((r) => r.name === 'exp')!;
    expect(exp.time?.secondsFromNow).toBe(3600);
    expect(exp.expired).toBe(false);
    expect(rows.find((r) => r.name === 'iat')!.time?.secondsFromNow).toBe(-60);
    expect(rows.find((r) => r.name === 'sub')).toMatchObject({ value: 'tx', known: true });
  });

  it('marks a past exp as expired and renders objects as JSON text', () => {
    const rows = explainClaims({ exp: now / 1000 - 1, nested: { a: '<b>' } }, now);
    expect(rows[0].expired).toBe(true);
    expect(rows[1]).toMatchObject({ value: '{"a":"<b>"}', known: false });
  });

  it('gives nothing for a payload that is not an object', () => {
    expect(explainClaims('text', now)).toEqual([]);
  });
});
