/**
 * Where the inspector keeps its exchanges and flows. In memory by default (one instance, no
 * Redis); in Redis when REDIS_URL is set (server/scale), so every instance sees the same log and
 * the same flows. Async because the Redis one is; the memory one simply resolves at once.
 */
import type { Exchange } from './exchange.ts';
import type { Flow } from './flow.ts';

export interface ExchangeStore {
  add(e: Exchange): Promise<void>;
  get(id: string): Promise<Exchange | undefined>;
  /** Newest first. */
  list(filter?: { limit?: number; flow?: string }): Promise<Exchange[]>;
  /** Removes every exchange (for every instance sharing the store); returns how many. */
  clear(): Promise<number>;
}

export interface FlowStore {
  get(id: string): Promise<Flow | undefined>;
  /** Newest first (by creation). */
  list(): Promise<Flow[]>;
  /** The flow opened by the initiation that returned `token`. */
  byToken(token: string): Promise<string | undefined>;
  indexToken(token: string, flowId: string): Promise<void>;
  /** The sandbox flow whose transaction has this id (the token's `sub`), so a change event finds its flow. */
  byTransaction(transactionId: string): Promise<string | undefined>;
  indexTransaction(transactionId: string, flowId: string): Promise<void>;
  /** Stores a new flow unless one has its id (then false); drops the oldest past capacity. */
  create(flow: Flow): Promise<boolean>;
  /**
   * Applies `change` to the stored flow as one step: a concurrent change from another instance is
   * never lost (the Redis store retries `change` on a fresh copy). `change` returns false to leave
   * the flow as it is. Resolves to the changed flow, or undefined when absent or left alone.
   */
  update(id: string, change: (flow: Flow) => boolean | void): Promise<Flow | undefined>;
  /** Records a callback's authorisation code; true when it had been seen before (a replay). */
  seenCode(code: string): Promise<boolean>;
  /** Removes every flow and the token and transaction indexes (not the replay memory: a code stays used). */
  clear(): Promise<void>;
}

export interface InspectorStores {
  exchanges: ExchangeStore;
  flows: FlowStore;
}
