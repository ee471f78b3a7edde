/**
 * The sandbox's change hook: every change of a transaction's state, whatever surface caused it,
 * and every move of a client's clock, told to whoever watches that client (the playground's
 * inspector watches its own sandbox client). The store wrapper (observed-store.ts) reports the
 * changes that requests make; this class adds the ones nobody asks for: a pending transaction
 * timing out and a record being deleted when its deadline passes, by wall time or because the
 * clock was moved. The store applies those lazily on read, so here each watched client keeps its
 * transactions' next deadlines in a heap and reads the store when one is due.
 * Only watched clients are tracked, so a sandbox nobody watches pays nothing.
 */
import type { InitiationId } from '../../../shared/catalogue/index.ts';
import type { Clock } from '../clock.ts';
import type { SandboxStore } from '../store/types.ts';
import { DeadlineHeap, type HeapItem } from './deadline-heap.ts';
import { deletedView, viewOf, type TransactionPhase, type TransactionView } from './transaction-view.ts';

export type SandboxChange =
  { kind: 'transaction'; clientId: string; tx: TransactionView } | { kind: 'clock'; clientId: string; now: number; offsetMs: number };

export type ChangeListener = (change: SandboxChange) => void;

/** Deadlines are re-read at least this often, so a clock moved by another instance is noticed. */
const MAX_WAIT_MS = 1_000;

/** What is kept per tracked transaction: enough to name it once the store has forgotten it. */
class Tracked implements HeapItem {
  slot = -1;
  constructor(
    readonly id: string,
    readonly ticketID: string,
    readonly state: string,
    readonly service: InitiationId,
    public status: TransactionPhase,
    public deadline: number,
    public deleteAt: number,
  ) {}
}

interface ClientWatch {
  clientId: string;
  listeners: Set<ChangeListener>;
  known: Map<string, Tracked>;
  heap: DeadlineHeap<Tracked>;
  offset: number;
  timer?: ReturnType<typeof setTimeout>;
  running: Promise<void>;
}

function deadlineOf(view: Pick<TransactionView, 'status' | 'timeoutAt' | 'deleteAt'>): number | undefined {
  if (view.status === 'deleted') return undefined;
  return view.status === 'pending' ? view.timeoutAt : view.deleteAt;
}

export class SandboxChanges {
  private readonly clients = new Map<string, ClientWatch>();

  /** `store` is the unwrapped store: reading it never reports a change again. */
  constructor(
    private readonly store: SandboxStore,
    private readonly clock: Clock,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  watch(clientId: string, listener: ChangeListener): () => void {
    let w = this.clients.get(clientId);
    if (!w)
      this.clients.set(
        clientId,
        (w = { clientId, listeners: new Set(), known: new Map(), heap: new DeadlineHeap(), offset: 0, running: Promise.resolve() }),
      );
    w.listeners.add(listener);
    const watch = w;
    return () => {
      watch.listeners.delete(listener);
      if (watch.listeners.size > 0 || this.clients.get(clientId) !== watch) return;
      clearTimeout(watch.timer);
      this.clients.delete(clientId);
    };
  }

  isWatched(clientId: string): boolean {
    return this.clients.has(clientId);
  }

  /** A transaction of `clientId` changed. */
  transaction(clientId: string, view: TransactionView): void {
    const w = this.clients.get(clientId);
    if (!w) return;
    this.learn(w, view);
    this.tell(w, { kind: 'transaction', clientId, tx: view });
  }

  /** The clock of `clientId` moved: says so, then reports the deadlines it crossed. */
  clockMoved(clientId: string, now: number, offsetMs: number): void {
    const w = this.clients.get(clientId);
    if (!w) return;
    w.offset = offsetMs;
    this.tell(w, { kind: 'clock', clientId, now, offsetMs });
    this.check(w);
  }

  /** Resolves once every deadline check under way has finished (tests wait on it instead of sleeping). */
  async idle(): Promise<void> {
    await Promise.all([...this.clients.values()].map((w) => w.running));
  }

  /** Transactions tracked for their deadlines, over all watched clients. */
  get tracked(): number {
    let n = 0;
    for (const w of this.clients.values()) n += w.known.size;
    return n;
  }

  close(): void {
    for (const w of this.clients.values()) clearTimeout(w.timer);
    this.clients.clear();
  }

  private tell(w: ClientWatch, change: SandboxChange): void {
    for (const l of w.listeners) {
      try {
        l(change);
      } catch (err) {
        this.onError(err);
      }
    }
  }

  private learn(w: ClientWatch, view: TransactionView): void {
    const deadline = deadlineOf(view);
    let t = w.known.get(view.id);
    if (deadline === undefined) {
      if (t) w.heap.remove(t);
      w.known.delete(view.id);
      return;
    }
    if (!t) w.known.set(view.id, (t = new Tracked(view.id, view.ticketID, view.state, view.service, view.status, deadline, view.deleteAt)));
    t.status = view.status;
    t.deadline = deadline;
    t.deleteAt = view.deleteAt;
    w.heap.set(t);
    if (w.heap.peek() === t) this.arm(w);
  }

  private arm(w: ClientWatch): void {
    clearTimeout(w.timer);
    const next = w.heap.peek();
    if (!next) return;
    const wait = Math.min(MAX_WAIT_MS, Math.max(0, next.deadline - (this.clock.now() + w.offset)));
    w.timer = setTimeout(() => this.check(w), wait);
    w.timer.unref?.();
  }

  private check(w: ClientWatch): void {
    w.running = w.running
      .then(() => this.due(w))
      .catch(this.onError)
      .finally(() => {
        if (this.clients.get(w.clientId) === w) this.arm(w);
      });
  }

  /** Reads the store for every deadline passed and reports what it finds. */
  private async due(w: ClientWatch): Promise<void> {
    const { clientId } = w;
    w.offset = await this.store.clockOffset(clientId);
    const now = this.clock.now() + w.offset;
    for (let top = w.heap.peek(); top && top.deadline <= now; top = w.heap.peek()) {
      const tx = await this.store.get(top.id, now);
      if (w.known.get(top.id) !== top || top.deadline > now) continue; // changed meanwhile: look again
      if (!tx) this.transaction(clientId, deletedView(top, top.deleteAt, top.deleteAt));
      else if (tx.status !== top.status) this.transaction(clientId, viewOf(tx, tx.finishedAt ?? now));
      else {
        // Same state, later deadline (moved by another instance), or a record that no longer moves on.
        const next = deadlineOf(viewOf(tx, now));
        if (next !== undefined && next > now) {
          top.deadline = next;
          w.heap.set(top);
        } else {
          w.heap.remove(top);
          w.known.delete(top.id);
        }
      }
    }
  }
}
