import { describe, it, expect } from 'vitest';
import { validate } from '../../../../shared/validation/validate.ts';
import { RECIPES } from './recipe-catalogue.ts';
import { stepBody, scopeFor } from './request-body.ts';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0eCJ9.c2ln';

describe('stepBody', () => {
  it('builds a body the catalogue validates for every step of every recipe', () => {
    for (const r of RECIPES) {
      r.steps.forEach((id, i) => {
        const body = stepBody(id, {
          redirect: 'http://127.0.0.1:8787/callback?flow=abc',
          token: i > 0 ? TOKEN : undefined,
          chain: r.steps.slice(1),
        });
        expect(validate(id, body), `${r.id}/${id}`).toEqual([]);
      });
    }
  });

  it('asks the login for exactly the scopes the chain needs', () => {
    expect(scopeFor(['signing'])).toBe('eidapi_auth eidapi_sign');
    expect(scopeFor(['reauth'])).toBe('eidapi_auth');
  });
});
