/**
 * Finds a request's record in the control API's list of transactions: for the one-off reads a
 * running request needs (the code an app receives on its redirect, the code the phone shows).
 */
import { readInstant, type Transaction } from './control-api.ts';
import { ticketIdFrom } from './ticket-id.ts';
import { decodeCompact } from '../decoder/decode-compact.ts';

/** What identifies a transaction from the browser: its url (ticketID), its token (`sub`), its service. */
export interface TransactionKey {
  url?: string;
  token?: string;
  service?: string;
}

/** By ticketID from the url; else by the token's `sub`; else the newest of that service. */
export function findTransaction(list: Transaction[], key: TransactionKey): Transaction | undefined {
  const ticket = ticketIdFrom(key.url);
  if (ticket) return list.find((t) => t.ticketID === ticket);
  const decoded = key.token ? decodeCompact(key.token) : undefined;
  const sub = decoded?.ok && decoded.kind === 'jws' ? (decoded.payload as { sub?: unknown })?.sub : undefined;
  const bySub = sub === undefined ? undefined : list.find((t) => t.id === sub);
  if (bySub) return bySub;
  const same = list.filter((t) => t.service === key.service);
  return same.sort((a, b) => (readInstant(b.createdAt) ?? 0) - (readInstant(a.createdAt) ?? 0))[0];
}
