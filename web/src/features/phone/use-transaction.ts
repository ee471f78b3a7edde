/**
 * The sandbox's own record of a transaction (control API `transactions`), found by ticketID: the
 * deadlines on the sandbox clock and the 4-digit code the phone shows.
 */
import { ref, watch, type Ref } from 'vue';
import { getTransactions, readInstant, type Transaction } from './control-api.ts';
import { ticketIdFrom } from './ticket-id.ts';
import { decodeCompact } from '../decoder/decode-compact.ts';

/** What identifies a transaction from the browser: its url (ticketID), its token (`sub`), its service. */
export interface TransactionKey {
  url?: string;
  token?: string;
  service?: string;
}

/**
 * Finds the sandbox's record of a request. Browser sources carry the ticketID in `url`; chained
 * calls from a browser get no url, so we match the token's `sub`, else the newest of that service.
 */
export function findTransaction(list: Transaction[], key: TransactionKey): Transaction | undefined {
  const ticket = ticketIdFrom(key.url);
  if (ticket) return list.find((t) => t.ticketID === ticket);
  const decoded = key.token ? decodeCompact(key.token) : undefined;
  const sub = decoded?.ok && decoded.kind === 'jws' ? (decoded.payload as { sub?: unknown })?.sub : undefined;
  const bySub = sub === undefined ? undefined : list.find((t) => t.id === sub || t.sub === sub || t.transactionId === sub);
  if (bySub) return bySub;
  const same = list.filter((t) => t.service === key.service);
  return same.sort((a, b) => (readInstant(b.createdAt) ?? 0) - (readInstant(a.createdAt) ?? 0))[0];
}

/** docs/sandbox-contract.md §5 defaults, used when the record does not name its deadlines. */
export const PENDING_TIMEOUT_MS = 5 * 60_000;
export const RESULT_TTL_MS = 18 * 60_000;

export interface Deadlines {
  timeoutAt?: number;
  deleteAt?: number;
}

export function deadlinesOf(t: Transaction | undefined): Deadlines {
  if (!t) return {};
  const created = readInstant(t.createdAt ?? t.created);
  const finished = readInstant(t.finishedAt ?? t.finished);
  const timeoutAt = readInstant(t.timeoutAt) ?? (created === undefined ? undefined : created + PENDING_TIMEOUT_MS);
  const deleteAt = finished === undefined ? undefined : (readInstant(t.deleteAt) ?? finished + RESULT_TTL_MS);
  return t.status === 'pending' || !t.status ? { timeoutAt } : { deleteAt };
}

export function phoneCodeOf(t: Transaction | undefined): string | undefined {
  const v = t?.hkic ?? t?.signCode;
  return typeof v === 'string' ? v : undefined;
}

export function useTransaction(key: Ref<TransactionKey | undefined>, env: Ref<string | undefined>) {
  const record = ref<Transaction>();
  async function refresh(): Promise<void> {
    const k = key.value;
    if (!k || (!k.url && !k.token) || (env.value && env.value !== 'sandbox')) {
      record.value = undefined;
      return;
    }
    const r = await getTransactions(env.value);
    if (!r.ok || k !== key.value) return;
    // A collected result leaves the sandbox's list: keep what we saw last (the phone's code, the times).
    record.value = findTransaction(r.value, k) ?? record.value;
  }
  watch([key, env], () => void refresh(), { immediate: true });
  return { record, refresh };
}
