/**
 * The exchange log as the inspector's readers see it: every read first waits for the recording
 * jobs queued before it (recording-queue.ts), so an exchange whose id an answer carried is there
 * to read, and a clear is not followed by a late write of an earlier exchange.
 */
import type { ExchangeStore } from './inspector-store.ts';

export function settledReads(store: ExchangeStore, settled: () => Promise<void>): ExchangeStore {
  return {
    add: (e) => store.add(e),
    get: async (id) => (await settled(), store.get(id)),
    page: async (limit, before) => (await settled(), store.page(limit, before)),
    ofFlow: async (flowId) => (await settled(), store.ofFlow(flowId)),
    clear: async () => (await settled(), store.clear()),
    usage: async () => (await settled(), store.usage()),
  };
}
