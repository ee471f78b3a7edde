/**
 * Where the inspector keeps its exchanges and flows. In memory by default (one instance, no
 * Redis); in Redis when REDIS_URL is set (server/scale), so every instance sees the same log and
 * the same flows. Async because the Redis one is; the memory one simply resolves at once.
 */
import type { Exchange } from './exchange.ts';
import type { Flow } from './flow.ts';

/**
 * How much the log keeps (docs/playground-api.md, "Retention"). Retention is by flow: a flow keeps
 * every exchange until the flow itself goes, oldest flow first; exchanges of no flow have their
 * own small bound, so a flood of them never pushes a flow out; the total is bounded in bytes.
 */
export interface RetentionBounds {
  maxBytes: number;
  maxFlows: number;
  maxLooseExchanges: number;
  maxExchangesPerFlow: number;
}

/** One page of the log, newest first: exchanges as stored JSON, and the cursor of the next page. */
export interface ExchangePage {
  items: string[];
  next?: string;
}

export interface LogUsage {
  exchanges: number;
  flows: number;
  /** Bytes of stored JSON, what `maxBytes` bounds. */
  bytes: number;
}

export interface ExchangeStore {
  /** Stores an exchange; resolves to the ids of the flows evicted to stay within bounds (their flows go too). */
  add(e: Exchange): Promise<string[]>;
  get(id: string): Promise<Exchange | undefined>;
  /** Newest first, `limit` at most, older than the `before` cursor of an earlier page. */
  page(limit: number, before?: string): Promise<ExchangePage>;
  /** Every exchange kept for one flow, newest first, as stored JSON. */
  ofFlow(flowId: string): Promise<string[]>;
  /** Removes every exchange (for every instance sharing the store); returns how many. */
  clear(): Promise<number>;
  usage(): Promise<LogUsage>;
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
  /** Forgets these flows and their index entries (the exchange log evicted them). */
  remove(ids: string[]): Promise<void>;
  /** Removes every flow and the token and transaction indexes (not the replay memory: a code stays used). */
  clear(): Promise<void>;
}

export interface InspectorStores {
  exchanges: ExchangeStore;
  flows: FlowStore;
  /** Shared by several instances (Redis): a recording is written before the proxy answers, so any instance reads it at once. */
  shared?: boolean;
}
