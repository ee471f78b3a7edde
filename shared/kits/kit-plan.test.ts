import { describe, expect, it } from 'vitest';
import { endpoint, INITIATIONS } from '../catalogue/index.ts';
import { KitRef } from './kit-value.ts';
import { kitPlan } from './kit-plan.ts';
import { KIT_RECIPES, kitRecipe, kitRecipeFor } from './kit-recipes.ts';

const plan = (id: string) => kitPlan(kitRecipe(id)!);

describe('KIT_RECIPES', () => {
  it('covers Authentication, each operation chained after it, and each anonymous operation', () => {
    const chained = INITIATIONS.filter((e) => e.group === 'authenticated' && e.id !== 'auth').map((e) => `auth-${e.id}`);
    const anonymous = INITIATIONS.filter((e) => e.group === 'anonymous').map((e) => e.id);
    expect(KIT_RECIPES.map((r) => r.id)).toEqual(['auth', ...chained, ...anonymous]);
  });

  it('finds the kit for a workbench endpoint', () => {
    expect(kitRecipeFor('signing').id).toBe('auth-signing');
    expect(kitRecipeFor('signing-anonymous').id).toBe('signing-anonymous');
    expect(kitRecipeFor('poll').id).toBe('auth');
  });
});

describe('kitPlan', () => {
  it("sends the catalogue's example, with the kit's callback as redirect and the login's token", () => {
    const [login, filling] = plan('auth-formfilling').steps;
    const { redirect, scope, ...rest } = login.body as Record<string, unknown>;
    const { redirect: _r, scope: _s, ...example } = endpoint('auth').example;
    expect(rest).toEqual(example);
    expect(redirect).toEqual(new KitRef('callbackUrl'));
    expect(scope).toBe('eidapi_auth eidapi_formFilling');
    expect(login.tokenVariable).toBe('authToken');
    const { token, ...fields } = filling.body as Record<string, unknown>;
    const { token: _t, ...formExample } = endpoint('formfilling').example;
    expect(token).toEqual(new KitRef('authToken'));
    expect(fields).toEqual(formExample);
    expect(filling.check).toEqual({ kind: 'form' });
  });

  it('verifies signatures over the hash it sent, and compares a PDF digest', () => {
    expect(plan('auth-signing').steps[1].check).toEqual({ kind: 'sign', field: 'hash', hash: endpoint('signing').example.hash });
    expect(plan('signing-anonymous').steps[0].check).toEqual({ kind: 'sign', field: 'fileHash', hash: endpoint('signing-anonymous').example.fileHash });
    expect(plan('pdf-signing-anonymous').steps[0].check).toMatchObject({ kind: 'pdf-sign', field: 'fileHash' });
  });

  it("reads what each status means from the catalogue's responses", () => {
    const p = plan('auth');
    const action = (answers: typeof p.pollAnswers) => Object.fromEntries(answers.map((a) => [a.status, a.action]));
    expect(action(p.pollAnswers)).toEqual({ 200: 'result', 202: 'wait', 400: 'stop', 401: 'stop', 403: 'stop', 410: 'stop', 413: 'stop', 500: 'retry', 503: 'retry' });
    expect(action(p.initiateAnswers)).toEqual({ 200: 'result', 400: 'stop', 401: 'stop', 413: 'stop', 429: 'retry', 500: 'retry', 503: 'retry' });
    expect(p.pollAnswers.find((a) => a.status === 202)?.meaning).toMatch(/pending/i);
  });

  it("lists every step's official outcome codes once", () => {
    expect(plan('auth-signing').outcomes).toEqual([
      { code: 'D40001', kind: 'rejected' },
      { code: 'D40000', kind: 'cancelled' },
      { code: 'D40003', kind: 'timed_out' },
      { code: 'D70001', kind: 'rejected' },
      { code: 'D70000', kind: 'cancelled' },
      { code: 'D70003', kind: 'timed_out' },
    ]);
    // Re-authentication ends rejected and cancelled with the same code: it counts as a rejection.
    expect(plan('auth-reauth').outcomes.filter((o) => o.code === 'D80001')).toEqual([{ code: 'D80001', kind: 'rejected' }]);
  });
});
