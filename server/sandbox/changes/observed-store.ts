/**
 * The sandbox store, reporting its changes: every surface that changes a transaction (the API,
 * the control API, the simulated phone, scenario headers, polls) goes through `insert`, `finish`
 * or `takeResult`, and every clock move through `advanceClock`, so wrapping those here reports
 * all of them without each surface having to remember to. Reads pass straight through; the
 * deadlines they apply lazily are reported by SandboxChanges' own watch.
 * The spread keeps any method the store has that is not wrapped here.
 */
import type { Clock } from '../clock.ts';
import type { SandboxStore } from '../store/types.ts';
import type { SandboxChanges } from './sandbox-changes.ts';
import { deletedView, viewOf } from './transaction-view.ts';

export function observedStore(inner: SandboxStore, changes: SandboxChanges, clock: Clock): SandboxStore {
  return {
    ...inner,
    async insert(tx, maxLive) {
      const added = await inner.insert(tx, maxLive);
      if (added) changes.transaction(tx.clientId, viewOf(tx, tx.createdAt));
      return added;
    },
    async finish(id, now, patch) {
      const tx = await inner.finish(id, now, patch);
      if (tx) changes.transaction(tx.clientId, viewOf(tx, now));
      return tx;
    },
    async takeResult(id, now) {
      const taken = await inner.takeResult(id, now);
      if (taken) changes.transaction(taken.tx.clientId, viewOf(taken.tx, now));
      return taken;
    },
    async advanceClock(clientId, ms) {
      const offset = await inner.advanceClock(clientId, ms);
      changes.clockMoved(clientId, clock.now() + offset, offset);
      return offset;
    },
    async reset(clientId) {
      if (!changes.isWatched(clientId)) return inner.reset(clientId);
      const now = clock.now() + (await inner.clockOffset(clientId));
      const before = await inner.list(clientId, now);
      const removed = await inner.reset(clientId);
      for (const tx of before) changes.transaction(clientId, deletedView(tx, now, tx.deleteAt));
      return removed;
    },
  };
}
