/**
 * What a change event says about a transaction: its identity, its state and its deadlines, never
 * its result or authorisation code. `state` is kept for the playground's callback check (it is
 * what a callback carries anyway); the inspector does not publish it.
 */
import type { InitiationId } from '../../../shared/catalogue/index.ts';
import type { Transaction, TransactionStatus } from '../store/types.ts';

export type TransactionPhase = TransactionStatus | 'deleted';

export interface TransactionView {
  /** The token's `sub`. */
  id: string;
  ticketID: string;
  state: string;
  service: InitiationId;
  status: TransactionPhase;
  errorCode?: string;
  /** The persona who acted, or the one a chained operation is fixed to. */
  persona?: string;
  hkic?: string;
  /** Only while pending. */
  timeoutAt?: number;
  deleteAt: number;
  /** Sandbox time (the client's clock) of the change. */
  at: number;
}

export function viewOf(tx: Transaction, at: number, status: TransactionPhase = tx.status): TransactionView {
  const view: TransactionView = {
    id: tx.id,
    ticketID: tx.ticketID,
    state: tx.state,
    service: tx.service,
    status,
    deleteAt: tx.deleteAt,
    at,
  };
  if (tx.errorCode) view.errorCode = tx.errorCode;
  const persona = tx.personaId ?? tx.fixedPersonaId;
  if (persona) view.persona = persona;
  if (tx.hkic) view.hkic = tx.hkic;
  if (status === 'pending') view.timeoutAt = tx.timeoutAt;
  return view;
}

/** The same view once the store has forgotten the transaction. */
export function deletedView(
  view: Pick<TransactionView, 'id' | 'ticketID' | 'state' | 'service'>,
  at: number,
  deleteAt: number,
): TransactionView {
  return { id: view.id, ticketID: view.ticketID, state: view.state, service: view.service, status: 'deleted', deleteAt, at };
}
