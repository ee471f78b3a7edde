/**
 * Keeps the inspector's sandbox flows current from the sandbox's change events: each change of a
 * transaction of the playground's own sandbox client updates its flow (`transaction`, `status`)
 * and is published as a `transaction` live event, and each move of that client's clock as a
 * `clock` event, so every open view updates without polling (docs/playground-api.md, "Live events").
 * With several instances on one Redis the flows are shared: a change another instance already
 * applied leaves the flow as it is and is not published twice (that instance's relay did it).
 */
import type { SandboxChange } from '../sandbox/changes/sandbox-changes.ts';
import type { TransactionKey } from '../sandbox/changes/find-transaction.ts';
import type { TransactionView } from '../sandbox/changes/transaction-view.ts';
import type { Logger } from '../log.ts';
import type { Inspector } from './index.ts';
import { applyTransaction, transactionEvent } from './flow-transaction.ts';

/** The part of the sandbox the inspector follows, for one client. */
export interface SandboxFeed {
  watch(listener: (change: SandboxChange) => void): () => void;
  find(key: TransactionKey): Promise<TransactionView | undefined>;
}

export interface SandboxFollower {
  /** Resolves once every change received so far is applied (tests). */
  idle(): Promise<void>;
  stop(): void;
}

export function followSandbox(inspector: Inspector, feed: SandboxFeed, log?: Logger): SandboxFollower {
  const { bus, flows } = inspector;
  flows.sandbox = feed;
  // With the stores in memory, changes join the recording queue, in order with the exchanges.
  // With shared stores, changes of one transaction apply in the order the sandbox made them;
  // different transactions do not wait for each other (one Redis queue for all fell behind under
  // load, holding every change).
  const tails = new Map<string, Promise<void>>();

  async function apply(view: TransactionView): Promise<void> {
    const flowId = await flows.store.byTransaction(view.id);
    if (!flowId) {
      bus.emit('transaction', transactionEvent(view, undefined));
      return;
    }
    const flow = await flows.store.update(flowId, (f) => applyTransaction(f, view, new Date()));
    // Queued, each change comes here once: a flow that already reads it (its opening read the
    // sandbox after this change was made) still gets the event. Shared, another instance told it.
    if (!flow && !inspector.queued) return;
    bus.emit('transaction', transactionEvent(view, flowId));
    if (flow) bus.emit('flow', flow);
  }

  const stop = feed.watch((change) => {
    if (change.kind === 'clock') {
      bus.emit('clock', { now: change.now, offsetMs: change.offsetMs });
      return;
    }
    const warn = (err: unknown) =>
      log?.warn('sandbox change not applied to its flow', { error: String((err as Error)?.message ?? err).slice(0, 200) });
    // In the recording queue, behind the opening of the flow the proxy placed before it answered.
    if (inspector.queued) {
      const tx = change.tx;
      void inspector.recording.add(() => apply(tx).catch(warn));
      return;
    }
    const id = change.tx.id;
    const tail = (tails.get(id) ?? Promise.resolve())
      .then(() => apply(change.tx))
      .catch(warn)
      .finally(() => {
        if (tails.get(id) === tail) tails.delete(id);
      });
    tails.set(id, tail);
  });

  return {
    idle: async () => {
      await inspector.settled();
      while (tails.size) await Promise.all(tails.values());
    },
    stop() {
      stop();
      if (flows.sandbox === feed) flows.sandbox = undefined;
    },
  };
}
