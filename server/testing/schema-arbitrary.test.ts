import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ENDPOINTS } from '../../shared/catalogue/index.ts';
import { validateSchema } from '../../shared/validation/validate.ts';
import { invalidBody, validBody } from './schema-arbitrary.ts';

describe('schema arbitraries', () => {
  for (const spec of ENDPOINTS) {
    it(`make valid and invalid ${spec.id} requests that the validator agrees with`, () => {
      fc.assert(
        fc.property(validBody(spec.request), (body) => validateSchema(spec.request, body).length === 0),
        { numRuns: 50 },
      );
      fc.assert(
        fc.property(invalidBody(spec.request), (body) => validateSchema(spec.request, body).length > 0),
        { numRuns: 50 },
      );
    });
  }

  it('leaves deprecated aliases out of valid bodies', () => {
    const auth = ENDPOINTS.find((e) => e.id === 'auth')!;
    fc.assert(
      fc.property(validBody(auth.request), (body) => !('redirectURI' in body) && 'redirect' in body),
      { numRuns: 50 },
    );
  });

  it('uses overrides for state-dependent fields', () => {
    const poll = ENDPOINTS.find((e) => e.id === 'poll')!;
    const sample = fc.sample(validBody(poll.request, { token: fc.constant('a.b.c') }), 10);
    expect(sample.every((b) => b.token === 'a.b.c')).toBe(true);
  });
});
