import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { cutBody, loadHistory, matches, saveHistory, type HistoryEntry } from './history-storage.ts';

let counter = 0;
function newId(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Every request sent from the workbench, newest first, kept across reloads. */
export const useHistoryStore = defineStore('history', () => {
  const entries = ref<HistoryEntry[]>(loadHistory());
  const query = ref('');
  const visible = computed(() => entries.value.filter((e) => matches(e, query.value)));

  function add(entry: Omit<HistoryEntry, 'id' | 'at' | 'responseText' | 'responseTruncated'> & { responseText?: string }): HistoryEntry {
    const full: HistoryEntry = {
      ...entry,
      id: newId(),
      at: new Date().toISOString(),
      ...(entry.responseText === undefined ? {} : cutBody(entry.responseText)),
    };
    entries.value = saveHistory([full, ...entries.value]);
    return full;
  }

  function clear(): void {
    entries.value = saveHistory([]);
  }

  function find(id: string): HistoryEntry | undefined {
    return entries.value.find((e) => e.id === id);
  }

  return { entries, query, visible, add, clear, find };
});
