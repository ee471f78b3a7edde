/**
 * The live events of `GET /api/events` (Server-Sent Events), one definition for the server that
 * sends them and the SPA that follows them (docs/playground-api.md, "Live events").
 *
 * The SPA is live by events, not by polling: every open view refetches only what an event names
 * (a flow arrives whole; an exchange is named by id and fetched once when it belongs to a flow on
 * screen). The server publishes a `transaction` event on every change of a sandbox transaction the
 * playground's sandbox client owns, whatever surface caused it (the playground's phone panel, the
 * sandbox's own phone page, the control API, a scenario header, a poll that collects the result,
 * or the clock crossing a deadline), and a `clock` event when that client's sandbox clock moves.
 */
import type { EndpointId } from '../catalogue/endpoint.ts';
import type { CallbackRecord, Exchange, Flow } from './records.ts';

/** What `exchange` carries: enough to know whether it matters to a view, not the bodies. */
export interface ExchangeSummary {
  id: string;
  env: string;
  endpointId?: EndpointId;
  flowId?: string;
  method: string;
  path: string;
  status?: number;
  error?: Exchange['error'];
  startedAt: string;
  timings: Exchange['timings'];
}

/** A sandbox transaction's state as the sandbox itself holds it; `deleted` once it is gone. */
export type SandboxTransactionStatus = 'pending' | 'approved' | 'rejected' | 'cancelled' | 'timed_out' | 'collected' | 'deleted';

/** What `transaction` carries. Times are on the sandbox clock of the playground's client (epoch ms). */
export interface TransactionEvent {
  /** The transaction id: the token's `sub`. */
  id: string;
  ticketID: string;
  service: EndpointId;
  status: SandboxTransactionStatus;
  errorCode?: string;
  /** The persona who acted (approve), when one did. */
  persona?: string;
  /** When a pending transaction times out / when a finished one is deleted. */
  timeoutAt?: number;
  deleteAt?: number;
  /** The sandbox time of the change. */
  at: number;
  /** The inspector flow this transaction belongs to, when the server knows it. */
  flowId?: string;
}

/** What `clock` carries: the sandbox clock of the playground's client after it moved. */
export interface ClockEvent {
  /** Sandbox time now (epoch ms). */
  now: number;
  /** Sandbox time minus wall time. */
  offsetMs: number;
}

export interface LiveEventMap {
  exchange: ExchangeSummary;
  flow: Flow;
  callback: CallbackRecord;
  transaction: TransactionEvent;
  clock: ClockEvent;
}

export type LiveEventName = keyof LiveEventMap;

export const LIVE_EVENT_NAMES: readonly LiveEventName[] = ['exchange', 'flow', 'callback', 'transaction', 'clock'];
