// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import SandboxOptions from './SandboxOptions.vue';
import { useWorkbenchStore } from './workbench-store.ts';

beforeEach(() => setActivePinia(createPinia()));
afterEach(() => vi.unstubAllGlobals());

describe('SandboxOptions', () => {
  it('builds the approve-after-polls=N scenario from the picker and the count', async () => {
    const w = mount(SandboxOptions);
    await w.get('[data-testid="scenario"]').setValue('approve-after-polls');
    await w.get('[data-testid="scenario-polls"]').setValue('3');
    expect(useWorkbenchStore().scenario).toBe('approve-after-polls=3');
    await w.get('[data-testid="scenario"]').setValue('reject');
    expect(useWorkbenchStore().scenario).toBe('reject');
  });

  it('loads the personas from the sandbox control API when the picker is first focused', async () => {
    const fetch = vi.fn(
      async (_url: string) => new Response(JSON.stringify({ personas: [{ id: 'chan-tai-man', enName: 'CHAN, Tai Man' }] })),
    );
    vi.stubGlobal('fetch', fetch);
    const w = mount(SandboxOptions);
    expect(fetch).not.toHaveBeenCalled();
    await w.get('[data-testid="persona"]').trigger('focus');
    await flushPromises();
    expect(fetch.mock.calls[0]?.[0]).toBe('/proxy/sandbox/_control/personas');
    await w.get('[data-testid="persona"]').setValue('chan-tai-man');
    expect(useWorkbenchStore().persona).toBe('chan-tai-man');
    expect(w.text()).toContain('CHAN, Tai Man');
  });
});
