import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api } from '../../app/api-client.ts';
import { liveEventsOpen, onLiveEvent, onReconnect } from '../../app/live-events.ts';
import type { ExchangeSummary, TransactionEvent } from '../../../../shared/inspector/live-events.ts';
import type { Exchange, Flow, FlowBundle, FlowSummary } from './flow-types.ts';
import { exchangesIn, familyOf, initiationOf, isShown, redirectIn, withSummary } from './flow-family.ts';

/** How deep chained calls are followed when a flow is loaded (a chain is two steps in practice). */
const MAX_DEPTH = 5;

/**
 * Flows as the server records them (/api/flows, /api/exchanges), live by events (docs/playground-api.md,
 * "Live events"): a `flow` event carries the whole flow; an `exchange` is fetched by id only when it
 * belongs to a flow on screen; a `transaction` event updates its flow in place. Nothing runs on a
 * timer, so a page with nothing pending asks the server nothing. Imported recordings are read-only.
 */
export const useFlowsStore = defineStore('flows', () => {
  const list = ref<FlowSummary[]>([]);
  const listLoaded = ref(false);
  const flows = ref<Record<string, Flow>>({});
  const exchanges = ref<Record<string, Exchange>>({});
  const imported = ref<Record<string, true>>({});
  const errors = ref<Record<string, string>>({});
  const listError = ref<string>();
  const watched = new Set<string>();
  const fetching = new Set<string>();
  /** The first load of each watched flow, for whoever must wait until its records are here. */
  const loads = new Map<string, Promise<void>>();
  let live = false;

  /** A copy of a flow is taken only when it is not older than the one held (a read and an event may cross). */
  function keep(flow: Flow): boolean {
    const held = flows.value[flow.id];
    if (held && Date.parse(held.updatedAt) > Date.parse(flow.updatedAt)) return false;
    flows.value[flow.id] = flow;
    return true;
  }

  async function loadList(): Promise<void> {
    follow();
    try {
      await liveEventsOpen();
      list.value = (await api<{ flows: FlowSummary[] }>('/api/flows')).flows ?? [];
      listLoaded.value = true;
      listError.value = undefined;
    } catch (e) {
      listError.value = (e as Error).message;
    }
  }

  /** Loads a flow, its exchanges and its children's, recursively. */
  async function load(id: string, depth = 0): Promise<void> {
    if (imported.value[id] || depth > MAX_DEPTH) return;
    try {
      await liveEventsOpen();
      const flow = await api<Flow>(`/api/flows/${encodeURIComponent(id)}`);
      keep(flow);
      delete errors.value[id];
      const res = await api<{ exchanges: Exchange[] }>(`/api/exchanges?flow=${encodeURIComponent(id)}&limit=500`);
      for (const e of res.exchanges ?? []) exchanges.value[e.id] = e;
      await Promise.all((flow.children ?? []).filter((c) => !flows.value[c]).map((c) => load(c, depth + 1)));
    } catch (e) {
      errors.value[id] = (e as Error).message;
    }
  }

  async function fetchExchange(id: string): Promise<void> {
    if (exchanges.value[id] || fetching.has(id)) return;
    fetching.add(id);
    try {
      exchanges.value[id] = await api<Exchange>(`/api/exchanges/${encodeURIComponent(id)}`);
    } catch {
      // Gone already (cleared, or evicted with its flow): the flow event that named it still shows the rest.
    } finally {
      fetching.delete(id);
    }
  }

  const shown = (id: string | undefined, parent?: string) => isShown(flows.value, watched, id, parent);

  function onFlow(flow: Flow): void {
    if (listLoaded.value) list.value = withSummary(list.value, flow);
    if (imported.value[flow.id] || !shown(flow.id, flow.parent) || !keep(flow)) return;
    for (const id of flow.exchanges) void fetchExchange(id);
    for (const child of flow.children ?? []) if (!flows.value[child]) void load(child);
  }

  function onExchange(e: ExchangeSummary): void {
    if (e.flowId && shown(e.flowId)) void fetchExchange(e.id);
  }

  function onTransaction(t: TransactionEvent): void {
    const flow =
      (t.flowId && flows.value[t.flowId]) ||
      Object.values(flows.value).find((f) => f.transaction?.id === t.id || (t.ticketID && f.ticketID === t.ticketID));
    if (!flow || imported.value[flow.id] || (flow.transaction && flow.transaction.at > t.at)) return;
    const { id, status, errorCode, persona, timeoutAt, deleteAt, at } = t;
    flow.transaction = {
      ...flow.transaction,
      id,
      status,
      errorCode,
      persona: persona ?? flow.transaction?.persona,
      timeoutAt,
      deleteAt,
      at,
    };
  }

  /** Subscribes once, for the life of the page. */
  function follow(): void {
    if (live) return;
    live = true;
    onLiveEvent('flow', onFlow);
    onLiveEvent('exchange', onExchange);
    onLiveEvent('transaction', onTransaction);
    onReconnect(() => {
      for (const id of watched) void load(id);
      if (listLoaded.value) void loadList();
    });
  }

  /** Follows a flow (and its chained calls) live until `unwatch`. */
  function watch(id: string): void {
    follow();
    watched.add(id);
    if (!imported.value[id]) loads.set(id, load(id));
  }

  /** Resolves once a flow (and its chained calls) has been loaded. */
  function ready(id: string): Promise<void> {
    return loads.get(id) ?? load(id);
  }

  function unwatch(id: string): void {
    watched.delete(id);
  }

  const family = (id: string): Flow[] => familyOf(flows.value, id);
  const exchangesOf = (flowId: string): Exchange[] => exchangesIn(exchanges.value, flows.value[flowId], flowId);

  /** The redirect the user's browser returns to for this flow: its own, or (chained call) its login's; from what is loaded. */
  function knownRedirect(flowId: string, depth = 0): string | undefined {
    const flow = flows.value[flowId];
    if (!flow) return undefined;
    const own = redirectIn(initiationOf(flow, exchangesOf(flowId))?.request.body);
    return own ?? (flow.parent && depth < MAX_DEPTH ? knownRedirect(flow.parent, depth + 1) : undefined);
  }

  /** Like knownRedirect, loading the flow and its login first when they are not here yet. */
  async function redirectOf(flowId: string): Promise<string | undefined> {
    for (let id: string | undefined = flowId, depth = 0; id && depth <= MAX_DEPTH; id = flows.value[id]?.parent, depth++) {
      if (!flows.value[id]) await load(id);
    }
    return knownRedirect(flowId);
  }

  /** A flow and all its descendants, with their exchanges (what an export holds). */
  function bundle(id: string): FlowBundle {
    const out = family(id);
    const ids = new Set(out.map((f) => f.id));
    return {
      flows: out,
      exchanges: Object.values(exchanges.value).filter(
        (e) => (e.flowId && ids.has(e.flowId)) || out.some((f) => f.exchanges.includes(e.id)),
      ),
    };
  }

  function addImported(b: FlowBundle): void {
    for (const f of b.flows) {
      flows.value[f.id] = f;
      imported.value[f.id] = true;
    }
    for (const e of b.exchanges) exchanges.value[e.id] = e;
  }

  return {
    list,
    listLoaded,
    flows,
    exchanges,
    imported,
    errors,
    listError,
    loadList,
    load,
    watch,
    unwatch,
    ready,
    fetchExchange,
    family,
    exchangesOf,
    knownRedirect,
    redirectOf,
    bundle,
    addImported,
  };
});
