// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import HistoryPanel from './HistoryPanel.vue';
import { useHistoryStore } from './history-store.ts';

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
});

describe('HistoryPanel', () => {
  it('lists entries, filters by search, emits reopen and resend, and clears', async () => {
    const store = useHistoryStore();
    store.add({ env: 'sandbox', endpointId: 'auth', method: 'POST', path: '/iamsmart/v2/request/auth', input: '{}', status: 200, ms: 12 });
    store.add({
      env: 'sandbox',
      endpointId: 'poll',
      method: 'POST',
      path: '/iamsmart/v2/request/poll',
      input: '{}',
      error: 'Failed to fetch',
    });
    const w = mount(HistoryPanel);
    expect(w.findAll('[data-testid="history-entry"]')).toHaveLength(2);
    expect(w.text()).toContain('no answer');

    await w.get('[data-testid="history-search"]').setValue('request/auth');
    expect(w.findAll('[data-testid="history-entry"]')).toHaveLength(1);

    await w.get('[data-testid="history-reopen"]').trigger('click');
    await w.get('[data-testid="history-resend"]').trigger('click');
    expect(w.emitted('reopen')?.[0][0]).toMatchObject({ endpointId: 'auth' });
    expect(w.emitted('resend')?.[0][0]).toMatchObject({ endpointId: 'auth' });

    await w.get('[data-testid="history-clear"]').trigger('click');
    expect(w.findAll('[data-testid="history-entry"]')).toHaveLength(0);
    expect(w.text()).toContain('Nothing sent yet');
  });
});
