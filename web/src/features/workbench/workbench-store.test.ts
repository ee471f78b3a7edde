// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { endpoint } from '../../../../shared/catalogue/index.ts';
import { useWorkbenchStore, pretty } from './workbench-store.ts';
import { useHistoryStore } from '../history/history-store.ts';
import { useEnvironmentStore } from '../../app/environment-store.ts';
import { navigate } from '../../app/router.ts';

beforeEach(() => {
  localStorage.clear();
  navigate('/flows');
  setActivePinia(createPinia());
});
afterEach(() => vi.unstubAllGlobals());

describe('useWorkbenchStore', () => {
  it('starts on auth with its catalogue example', () => {
    expect(useWorkbenchStore().text).toBe(pretty(endpoint('auth').example));
  });

  it('keeps a draft per endpoint when switching', () => {
    const store = useWorkbenchStore();
    store.setText('{"source":"x"}');
    store.select('poll');
    expect(store.text).toBe(pretty(endpoint('poll').example));
    store.select('auth');
    expect(store.text).toBe('{"source":"x"}');
  });

  it('openRequest selects the endpoint, fills the body, switches env and navigates to the workbench', () => {
    const store = useWorkbenchStore();
    store.openRequest('formfilling', { token: 'a.b.c' }, 'canary');
    expect(store.endpointId).toBe('formfilling');
    expect(JSON.parse(store.text)).toEqual({ token: 'a.b.c' });
    expect(useEnvironmentStore().current).toBe('canary');
    expect(location.pathname).toBe('/');
  });

  it('sends, keeps the server field errors of a 400 and records the exchange in the history', async () => {
    const body = { status: 400, message: 'Bad Request', errors: [{ path: 'scope', message: 'scope: bad' }] };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body), { status: 400 })),
    );
    const store = useWorkbenchStore();
    store.scenario = 'approve';
    await store.send();
    expect(store.last?.outcome.kind === 'response' && store.last.outcome.result.status).toBe(400);
    expect(store.serverErrors).toEqual(body.errors);
    const [entry] = useHistoryStore().entries;
    expect(entry).toMatchObject({ endpointId: 'auth', status: 400, scenario: 'approve', env: 'sandbox' });
    store.setText('{}');
    expect(store.serverErrors).toEqual([]);
  });

  it('does not send text that is not a JSON object', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const store = useWorkbenchStore();
    store.setText('{ broken');
    await store.send();
    expect(fetch).not.toHaveBeenCalled();
  });
});
