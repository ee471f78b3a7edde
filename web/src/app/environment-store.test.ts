// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useEnvironmentStore } from './environment-store.ts';

const list = {
  environments: [
    { name: 'sandbox', baseUrl: 'http://127.0.0.1:8787/sandbox', credentials: true, sandbox: true },
    { name: 'canary', baseUrl: 'https://canary.api.fill-easy.com', credentials: true, sandbox: false },
  ],
};

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
});
afterEach(() => vi.unstubAllGlobals());

describe('useEnvironmentStore', () => {
  it('defaults to the sandbox before the list is loaded', () => {
    const store = useEnvironmentStore();
    expect(store.current).toBe('sandbox');
    expect(store.isSandbox).toBe(true);
  });

  it('loads the environments and remembers the choice across reloads', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(list))),
    );
    const store = useEnvironmentStore();
    await store.load();
    store.select('canary');
    expect(store.isSandbox).toBe(false);
    expect(store.baseUrl).toBe('https://canary.api.fill-easy.com');
    setActivePinia(createPinia());
    expect(useEnvironmentStore().current).toBe('canary');
  });

  it('falls back to the sandbox when the remembered environment is gone', async () => {
    localStorage.setItem('playground.environment', 'removed');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(list))),
    );
    const store = useEnvironmentStore();
    await store.load();
    expect(store.current).toBe('sandbox');
  });

  it('records a load failure and keeps working against the sandbox', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"error":{"code":"x","message":"down"}}', { status: 500 })),
    );
    const store = useEnvironmentStore();
    await store.load();
    expect(store.loadError).toBe('down');
    expect(store.isSandbox).toBe(true);
  });
});
