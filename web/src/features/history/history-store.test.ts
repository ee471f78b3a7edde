// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useHistoryStore } from './history-store.ts';
import { BODY_LIMIT, HISTORY_KEY, MAX_ENTRIES, saveHistory, type HistoryEntry } from './history-storage.ts';

const base = {
  env: 'sandbox',
  endpointId: 'auth' as const,
  method: 'POST',
  path: '/iamsmart/v2/request/auth',
  input: '{"source":"PC_Browser"}',
};

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
});

describe('useHistoryStore', () => {
  it('keeps entries newest first and across a new store (a reload)', () => {
    useHistoryStore().add({ ...base, status: 200, responseText: '{"token":"a"}' });
    useHistoryStore().add({ ...base, status: 400 });
    setActivePinia(createPinia());
    expect(useHistoryStore().entries.map((e) => e.status)).toEqual([400, 200]);
  });

  it('bounds the number of entries and the size of each body', () => {
    const store = useHistoryStore();
    for (let i = 0; i < MAX_ENTRIES + 5; i++) store.add({ ...base, status: i });
    store.add({ ...base, responseText: 'x'.repeat(BODY_LIMIT + 10) });
    expect(store.entries).toHaveLength(MAX_ENTRIES);
    expect(store.entries[0].responseTruncated).toBe(true);
    expect(store.entries[0].responseText).toHaveLength(BODY_LIMIT);
  });

  it('filters by a search text across endpoint, status and bodies', () => {
    const store = useHistoryStore();
    store.add({ ...base, status: 200, responseText: 'needle' });
    store.add({ ...base, endpointId: 'poll', path: '/iamsmart/v2/request/poll', status: 202 });
    store.query = 'needle';
    expect(store.visible).toHaveLength(1);
    store.query = 'POLL';
    expect(store.visible.map((e) => e.endpointId)).toEqual(['poll']);
  });

  it('clears everything, in storage too', () => {
    const store = useHistoryStore();
    store.add(base);
    store.clear();
    expect(store.entries).toEqual([]);
    expect(JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]')).toEqual([]);
  });

  it('ignores corrupt storage', () => {
    localStorage.setItem(HISTORY_KEY, '{not json');
    expect(useHistoryStore().entries).toEqual([]);
  });
});

describe('saveHistory', () => {
  it('drops the oldest entries when the storage quota is full', () => {
    let calls = 0;
    const storage = {
      setItem: () => {
        if (++calls < 3) throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    const entries = Array.from({ length: 8 }, (_, i) => ({ ...base, id: String(i), at: '' }) as HistoryEntry);
    expect(saveHistory(entries, storage).map((e) => e.id)).toEqual(['0', '1']);
  });
});
