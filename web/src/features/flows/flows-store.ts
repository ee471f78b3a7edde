import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api } from '../../app/api-client.ts';
import { onLiveEvent } from '../../app/live-events.ts';
import type { Exchange, Flow, FlowBundle, FlowSummary } from './flow-types.ts';

/** Live refreshes are gathered for this long so a burst of events costs one fetch. */
const REFRESH_DEBOUNCE_MS = 120;

/**
 * Flows as the server records them (/api/flows, /api/exchanges), kept live over /api/events, plus
 * recordings imported from files (read-only, never refreshed).
 */
export const useFlowsStore = defineStore('flows', () => {
  const list = ref<FlowSummary[]>([]);
  const flows = ref<Record<string, Flow>>({});
  const exchanges = ref<Record<string, Exchange>>({});
  const imported = ref<Record<string, true>>({});
  const errors = ref<Record<string, string>>({});
  const listError = ref<string>();
  const watched = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: (() => void)[] = [];

  async function loadList(): Promise<void> {
    try {
      list.value = (await api<{ flows: FlowSummary[] }>('/api/flows')).flows ?? [];
      listError.value = undefined;
    } catch (e) {
      listError.value = (e as Error).message;
    }
  }

  /** Loads a flow, its exchanges and its children's, recursively. */
  async function load(id: string, depth = 0): Promise<void> {
    if (imported.value[id] || depth > 5) return;
    try {
      const flow = await api<Flow>(`/api/flows/${encodeURIComponent(id)}`);
      flows.value[id] = flow;
      delete errors.value[id];
      const res = await api<{ exchanges: Exchange[] }>(`/api/exchanges?flow=${encodeURIComponent(id)}&limit=500`);
      for (const e of res.exchanges ?? []) exchanges.value[e.id] = e;
      await Promise.all((flow.children ?? []).map((c) => load(c, depth + 1)));
    } catch (e) {
      errors.value[id] = (e as Error).message;
    }
  }

  function refreshSoon(): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void loadList();
      for (const id of watched) void load(id);
    }, REFRESH_DEBOUNCE_MS);
  }

  function related(flowId: unknown): boolean {
    if (typeof flowId !== 'string') return false;
    if (watched.has(flowId)) return true;
    const parent = flows.value[flowId]?.parent;
    return Boolean(parent && watched.has(parent)) || [...watched].some((w) => flows.value[w]?.children?.includes(flowId));
  }

  /** Follows a flow live until `unwatch`. */
  function watch(id: string): void {
    watched.add(id);
    void load(id);
    if (unsubscribe.length) return;
    const onAny = (d: unknown) => {
      const o = (d ?? {}) as { id?: string; flowId?: string; parent?: string };
      if (related(o.flowId) || related(o.id) || related(o.parent) || list.value.length === 0 || !o.flowId) refreshSoon();
      else void loadList();
    };
    unsubscribe = [onLiveEvent('flow', onAny), onLiveEvent('exchange', onAny), onLiveEvent('callback', onAny)];
  }

  function unwatch(id: string): void {
    watched.delete(id);
  }

  function stopLive(): void {
    for (const u of unsubscribe) u();
    unsubscribe = [];
    watched.clear();
  }

  /** A flow and all its descendants, with their exchanges (what an export holds). */
  function bundle(id: string): FlowBundle {
    const out: Flow[] = [];
    const visit = (fid: string) => {
      const f = flows.value[fid];
      if (!f || out.includes(f)) return;
      out.push(f);
      (f.children ?? []).forEach(visit);
    };
    visit(id);
    const ids = new Set(out.map((f) => f.id));
    return { flows: out, exchanges: Object.values(exchanges.value).filter((e) => (e.flowId && ids.has(e.flowId)) || out.some((f) => f.exchanges.includes(e.id))) };
  }

  function addImported(b: FlowBundle): void {
    for (const f of b.flows) {
      flows.value[f.id] = f;
      imported.value[f.id] = true;
    }
    for (const e of b.exchanges) exchanges.value[e.id] = e;
  }

  function exchangesOf(flowId: string): Exchange[] {
    const f = flows.value[flowId];
    return Object.values(exchanges.value).filter((e) => e.flowId === flowId || f?.exchanges.includes(e.id));
  }

  return { list, flows, exchanges, imported, errors, listError, loadList, load, watch, unwatch, stopLive, bundle, addImported, exchangesOf, refreshSoon };
});
