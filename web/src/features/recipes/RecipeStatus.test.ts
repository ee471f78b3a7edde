// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, vi, afterEach } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import RecipeStatus from './RecipeStatus.vue';
import type { RunState } from './recipe-runner.ts';
import { useWorkbenchStore } from '../workbench/workbench-store.ts';

const run: RunState = {
  recipeId: 'auth-formfilling',
  rootFlowId: 'r1',
  env: 'sandbox',
  status: 'done',
  current: 1,
  startedAt: 0,
  steps: [
    {
      endpointId: 'auth',
      body: { source: 'PC_Browser', redirect: 'http://127.0.0.1/callback?flow=r1' },
      token: 'tok-a',
      polls: [],
      outcome: 'collected',
    },
    { endpointId: 'formfilling', body: { token: 'tok-a', source: 'PC_Browser' }, token: 'tok-f', polls: [], outcome: 'collected' },
  ],
};

describe('RecipeStatus', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ environments: [] })),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('opens a step as an ordinary request in the workbench editor', async () => {
    const w = mount(RecipeStatus, { props: { run } });
    expect(w.get('[data-testid=recipe-step-1]').attributes('data-outcome')).toBe('collected');
    await w.get('[data-testid=recipe-open-1]').trigger('click');
    const wb = useWorkbenchStore();
    expect(wb.endpointId).toBe('formfilling');
    expect(JSON.parse(wb.text)).toEqual({ token: 'tok-a', source: 'PC_Browser' });
    expect(location.pathname).toBe('/');
  });
});
