import { describe, expect, it } from 'vitest';
import { validate } from './validate.ts';

describe('uniqueItems on nested items', () => {
  it('D5: reports an array item 20,000 deep as the wrong type instead of throwing while comparing items', () => {
    let deep: unknown = 'enName';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const body = {
      source: 'PC_Browser',
      redirect: 'https://www.yourwebsite.com/callback',
      scope: 'eidapi_formFilling',
      profileFields: [deep, deep],
    };
    const errors = validate('formfilling-anonymous', body);
    expect(errors.map((e) => e.path)).toContain('profileFields[0]');
    expect(errors.find((e) => e.path === 'profileFields[0]')?.message).toMatch(/must be a string, got an array/);
  });

  it('still reports a repeated string', () => {
    const errors = validate('formfilling-anonymous', {
      source: 'PC_Browser',
      redirect: 'https://www.yourwebsite.com/callback',
      scope: 'eidapi_formFilling',
      profileFields: ['enName', 'enName'],
    });
    expect(errors.map((e) => e.message).join(' ')).toMatch(/repeats "enName"/);
  });
});
