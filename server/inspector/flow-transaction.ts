/**
 * A sandbox flow's `transaction`: the sandbox's own record of it, taken from the sandbox's change
 * events (docs/playground-api.md, "Flows"), and the flow status it implies. A later event never
 * undoes an earlier one (events of two instances may arrive in either order): states only move
 * forward, pending -> decided -> collected -> deleted.
 */
import type { TransactionEvent } from '../../shared/inspector/live-events.ts';
import type { FlowTransaction } from '../../shared/inspector/records.ts';
import type { TransactionView } from '../sandbox/changes/transaction-view.ts';
import type { Flow } from './flow.ts';

const RANK: Record<FlowTransaction['status'], number> = {
  pending: 0,
  approved: 1,
  rejected: 2,
  cancelled: 2,
  timed_out: 2,
  collected: 2,
  deleted: 3,
};

export function flowTransactionOf(view: TransactionView): FlowTransaction {
  const t: FlowTransaction = { id: view.id, status: view.status, at: view.at };
  if (view.errorCode) t.errorCode = view.errorCode;
  if (view.persona) t.persona = view.persona;
  if (view.hkic) t.hkic = view.hkic;
  if (view.timeoutAt !== undefined) t.timeoutAt = view.timeoutAt;
  if (view.deleteAt !== undefined) t.deleteAt = view.deleteAt;
  return t;
}

/** Applies a change to the flow; false when it tells the flow nothing new (or is older than what it holds). */
export function applyTransaction(flow: Flow, view: TransactionView, at: Date): boolean {
  const held = flow.transaction;
  if (held && held.id !== view.id) return false;
  if (held && (RANK[view.status] < RANK[held.status] || (held.status === view.status && held.at >= view.at))) return false;
  flow.transaction = flowTransactionOf(view);
  flow.status = view.status;
  flow.updatedAt = at.toISOString();
  return true;
}

/** What the `transaction` live event carries: never the `state`. */
export function transactionEvent(view: TransactionView, flowId: string | undefined): TransactionEvent {
  const e: TransactionEvent = { id: view.id, ticketID: view.ticketID, service: view.service, status: view.status, at: view.at };
  if (view.errorCode) e.errorCode = view.errorCode;
  if (view.persona) e.persona = view.persona;
  if (view.timeoutAt !== undefined) e.timeoutAt = view.timeoutAt;
  if (view.deleteAt !== undefined) e.deleteAt = view.deleteAt;
  if (flowId) e.flowId = flowId;
  return e;
}
