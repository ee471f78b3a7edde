/**
 * The inspector's records as the server keeps them and the SPA reads them (docs/playground-api.md,
 * "Exchanges" and "Flows"). One definition for both sides, so the wire cannot drift.
 */
import type { EndpointId } from '../catalogue/endpoint.ts';
import type { SandboxTransactionStatus } from './live-events.ts';

export interface ExchangeRequest {
  method: string;
  path: string;
  query?: string;
  headers: Record<string, string>;
  body?: unknown;
  bodyTruncated?: boolean;
  /** Why the body is kept as text or not at all (e.g. nested deeper than the log walks). */
  bodyNote?: string;
}

export interface ExchangeResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  bodyTruncated?: boolean;
  bodyNote?: string;
}

export interface Exchange {
  id: string;
  env: string;
  endpointId?: EndpointId;
  flowId?: string;
  startedAt: string;
  request: ExchangeRequest;
  response?: ExchangeResponse;
  error?: { code: string; message: string };
  timings: { totalMs: number; upstreamMs?: number };
}

export type FlowStatus = 'pending' | 'approved' | 'rejected' | 'cancelled' | 'timed_out' | 'collected' | 'deleted' | 'error';

/**
 * `unverified`: the callback's state could not be checked (no transaction found to check it
 * against); never read as "no problem".
 */
export type CallbackProblem = 'unknown_flow' | 'state_mismatch' | 'replay' | 'unverified';

export interface CallbackRecord {
  at: string;
  query: Record<string, string>;
  /** The flow it is joined to: the `flow` parameter's, or the chained child flow that caused it. */
  flowId?: string;
  /** When joined to a child: the flow the `flow` parameter named (the login's). */
  via?: string;
  problems: CallbackProblem[];
}

export interface Flow {
  id: string;
  env: string;
  endpointId: EndpointId;
  createdAt: string;
  updatedAt: string;
  token?: string;
  /** The sandbox's ticket for this transaction, read from the initiation's `url`; links it to the control API. */
  ticketID?: string;
  status: FlowStatus;
  exchanges: string[];
  callbacks: CallbackRecord[];
  children: string[];
  parent?: string;
  /** Sandbox flows: the sandbox's own record of the transaction, kept current from its change events. */
  transaction?: FlowTransaction;
}

/** The sandbox's view of a flow's transaction (times on the playground client's sandbox clock, epoch ms). */
export interface FlowTransaction {
  /** The token's `sub`. */
  id: string;
  status: SandboxTransactionStatus;
  errorCode?: string;
  persona?: string;
  /** The 4-digit code the phone shows (signing). */
  hkic?: string;
  timeoutAt?: number;
  deleteAt?: number;
  /** Sandbox time of the last change. */
  at: number;
}
