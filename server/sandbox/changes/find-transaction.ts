/**
 * One transaction of one client, found by key in O(1) (the store's id, ticket and state indexes;
 * never a listing): what the playground's callback check and flow pages need to know of it.
 */
import { clientNow, type Clock } from '../clock.ts';
import type { SandboxStore, Transaction } from '../store/types.ts';
import { viewOf, type TransactionView } from './transaction-view.ts';

export interface TransactionKey {
  /** The token's `sub`. */
  id?: string;
  ticketID?: string;
  state?: string;
}

export async function findTransaction(
  store: SandboxStore,
  clock: Clock,
  clientId: string,
  key: TransactionKey,
): Promise<TransactionView | undefined> {
  const now = await clientNow(clock, store, clientId);
  let tx: Transaction | undefined;
  if (key.id) tx = await store.get(key.id, now);
  else if (key.ticketID) tx = await store.getByTicket(key.ticketID, now);
  else if (key.state) tx = await store.getByState(key.state, now);
  return tx && tx.clientId === clientId ? viewOf(tx, tx.finishedAt ?? tx.createdAt) : undefined;
}
