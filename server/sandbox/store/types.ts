/**
 * The sandbox's state, behind one async interface so that it can live in memory (one process) or
 * in Redis (several instances behind a load balancer). Every method is async for that reason.
 *
 * Rules every implementation must keep (tested by the shared store tests):
 * - Time: the store never reads a clock. Callers pass `now`, the client's time in epoch ms
 *   (base clock + that client's offset, see ../clock.ts). Only `sweep` gets the base time and
 *   adds each client's offset itself.
 * - Deadlines are stored on the record (`timeoutAt`, `deleteAt`, `codeExpiresAt`, login
 *   `expiresAt`) in the client's time. A read at `now >= deleteAt` behaves as if the record were
 *   gone; a read of a `pending` record at `now >= timeoutAt` first turns it into `timed_out`
 *   (finishedAt = timeoutAt, errorCode = timedOutCode) and persists that.
 * - Atomicity: `finish` is a compare-and-set from `pending`; `takeResult` hands the result to
 *   exactly one caller, however many poll at once (docs/quality-targets.md T-S7). In Redis these are Lua
 *   scripts or WATCH/MULTI.
 * - Bounds: `insert` refuses (returns false) when `maxLive` records are already held, so memory
 *   never grows without limit; `sweep` drops records past `deleteAt` and logins past `expiresAt`.
 * - Isolation: everything is keyed so that one client never sees or resets another's records.
 *   Per-test clients (saveTestClient) are clients like any other: own records, offset, rate limit.
 * - Records returned are copies: mutating them does not change the store.
 */
import type { FormField, InitiationId, Lang, ProfileField, Scope } from '../../../shared/catalogue/index.ts';
import type { ScenarioValue } from '../../../shared/sandbox/scenario-header.ts';

/** pending → approved | rejected | cancelled | timed_out; approved → collected at the first successful poll. */
export type TransactionStatus = 'pending' | 'approved' | 'rejected' | 'cancelled' | 'timed_out' | 'collected';

/** How a pending transaction ends (the store's `finish`): the user's choice, or `timed_out` forced by the control API or a scenario. */
export type Decision = 'approved' | 'rejected' | 'cancelled' | 'timed_out';

/**
 * A test scenario set by `x-sandbox-scenario` on the initiation. It lives on the transaction, so
 * two tests with different tokens never see each other's scenario.
 * `afterPolls`: the first `afterPolls` polls answer pending, the next one applies `action`.
 */
export interface Scenario extends ScenarioValue {
  personaId?: string;
}

/** What the user is asked to approve: the validated request fields the result and the pages need. */
export interface TransactionRequest {
  profileFields?: ProfileField[];
  formData?: { formName: string; formNum?: string; formDesc?: string; formFields: FormField[] };
  /** Document name (signing). */
  name?: string;
  /** 64-hex SHA-256 (signing, signing-anonymous `fileHash`) or Base64 (PDF signing `fileHash`). */
  hash?: string;
  hkicHash?: string;
  service?: string;
  organisation?: string;
  department?: string;
  androidActivity?: string;
}

export interface Transaction {
  /** Random id; the token's `sub`. */
  id: string;
  clientId: string;
  service: InitiationId;
  source: string;
  lang: Lang;
  /** The redirect registered for this transaction: the only target of the callback. */
  redirect: string;
  /** Scopes asked for (auth, anonymous) or inherited from the login (chained). */
  scopes: Scope[];
  ticketID: string;
  /** 36 alphanumerics, echoed in the callback. */
  state: string;
  /** 36 alphanumerics, echoed in the callback (not for auth) and the result. */
  businessID: string;
  status: TransactionStatus;
  createdAt: number;
  /** A pending transaction turns `timed_out` at this time. */
  timeoutAt: number;
  /** The code a timeout ends with (e.g. D40003), so the store can time out on its own. */
  timedOutCode: string;
  finishedAt?: number;
  /** The store forgets the record at this time: timeoutAt + result TTL while pending, finishedAt + result TTL after. */
  deleteAt: number;
  errorCode?: string;
  /** The persona who approved (or rejected). */
  personaId?: string;
  /** Chained operations: the persona who logged in; the phone cannot pick another. */
  fixedPersonaId?: string;
  /** Chained operations: the id of the approved auth transaction (the login). */
  loginId?: string;
  /** The 4-digit identification code shown for signing. */
  hkic?: string;
  request: TransactionRequest;
  /** Authorisation code (32 hex) issued at approval; App-to-App polls must carry it. */
  code?: string;
  codeExpiresAt?: number;
  pollCount: number;
  scenario?: Scenario;
  /** The JWE plaintext, kept from approval until the first successful poll takes it. */
  result?: Record<string, unknown>;
}

/** What `finish` sets on a pending transaction. */
export interface FinishPatch {
  status: Decision;
  finishedAt: number;
  deleteAt: number;
  errorCode?: string;
  personaId?: string;
  result?: Record<string, unknown>;
  code?: string;
  codeExpiresAt?: number;
}

/** An approved login: what makes an auth token the "authenticated user token" (docs/sandbox-contract.md §4). */
export interface Login {
  /** The auth transaction's id (the auth token's `sub`). */
  id: string;
  clientId: string;
  personaId: string;
  scopes: Scope[];
  approvedAt: number;
  /** approvedAt + auth token TTL (4 h by default). */
  expiresAt: number;
  /** The login's registered redirect and language, which chained operations (no redirect field of their own) reuse. */
  redirect?: string;
  lang?: Lang;
  /** The login's source, for chained operations that may leave theirs out (ccic). */
  source?: string;
}

/**
 * A per-test client (POST /_control/clients; shared/sandbox/test-client.ts). No secret: it is
 * derived from the parent's. `expiresAt` is sandbox base time, not the client's moved clock.
 */
export interface TestClientRecord {
  id: string;
  parentId: string;
  /** Its own exact redirect URIs; empty means the parent's. */
  redirects: string[];
  /** Its personas view (first = default for approvals); absent means all. */
  personas?: string[];
  label?: string;
  createdAt: number;
  expiresAt: number;
}

export interface StoreCounts {
  transactions: number;
  pending: number;
  logins: number;
  clients: number;
}

export interface SandboxStore {
  /** Adds a new transaction, unless `maxLive` transactions are already held: then false (→ 503). */
  insert(tx: Transaction, maxLive: number): Promise<boolean>;
  /** The transaction, after applying deadlines at `now`; undefined when unknown or deleted. */
  get(id: string, now: number): Promise<Transaction | undefined>;
  getByTicket(ticketID: string, now: number): Promise<Transaction | undefined>;
  getByState(state: string, now: number): Promise<Transaction | undefined>;
  /**
   * Compare-and-set from `pending`: applies `patch` and returns the updated transaction, or
   * undefined if it is no longer pending (already decided, timed out, deleted).
   */
  finish(id: string, now: number, patch: FinishPatch): Promise<Transaction | undefined>;
  /** Counts a poll and returns the transaction after it (deadlines applied), or undefined. */
  recordPoll(id: string, now: number): Promise<Transaction | undefined>;
  /**
   * Atomically hands over the result of an approved transaction and marks it `collected`
   * (the result is dropped; a tombstone stays until deleteAt so later polls get 410).
   * Exactly one concurrent caller gets `{ tx, result }`; the others get undefined.
   */
  takeResult(id: string, now: number): Promise<{ tx: Transaction; result: Record<string, unknown> } | undefined>;
  /** This client's transactions, oldest first, deadlines applied. */
  list(clientId: string, now: number): Promise<Transaction[]>;
  /** Forgets this client's transactions and logins; returns how many transactions went. */
  reset(clientId: string): Promise<number>;

  saveLogin(login: Login): Promise<void>;
  /** The login, or undefined when unknown or `now >= expiresAt`. */
  getLogin(id: string, now: number): Promise<Login | undefined>;

  /** This client's clock offset in ms (0 when never moved). */
  clockOffset(clientId: string): Promise<number>;
  /** Moves this client's clock forward by `ms`; returns the new offset. */
  advanceClock(clientId: string, ms: number): Promise<number>;

  /**
   * Per-client rate limit on initiations: records one and returns true if fewer than `perMinute`
   * were recorded in the minute before `now`, else false (→ 429) without recording. The count may
   * be estimated by a sliding window over two fixed minutes (O(1) state per client).
   */
  takeInitSlot(clientId: string, now: number, perMinute: number): Promise<boolean>;

  /** Keeps a per-test client until `client.expiresAt` (base time), unless `max` live ones are already held at `baseNow`: then false. */
  saveTestClient(client: TestClientRecord, baseNow: number, max: number): Promise<boolean>;
  /** The per-test client, or undefined when unknown or `baseNow >= expiresAt`. */
  getTestClient(id: string, baseNow: number): Promise<TestClientRecord | undefined>;
  /** Forgets the per-test client and all it had: transactions, logins, clock offset, rate-limit window. False when it was unknown. */
  removeTestClient(id: string): Promise<boolean>;

  /** Drops everything past its deadline; `baseNow` is the base clock, client offsets are added per record. Returns how many records went. */
  sweep(baseNow: number): Promise<number>;
  counts(): Promise<StoreCounts>;
  /** Releases connections and timers. */
  close(): Promise<void>;
}
