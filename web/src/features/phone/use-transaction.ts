/**
 * The sandbox's own record of a transaction (control API `transactions`), found by ticketID: the
 * deadlines on the sandbox clock and the 4-digit code the phone shows.
 */
import { ref, watch, type Ref } from 'vue';
import { getTransactions, readInstant, type Transaction } from './control-api.ts';

/** Sandbox contract §5 defaults, used when the record does not name its deadlines. */
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

export function useTransaction(ticketID: Ref<string | undefined>, env: Ref<string | undefined>) {
  const record = ref<Transaction>();
  async function refresh(): Promise<void> {
    const id = ticketID.value;
    if (!id || (env.value && env.value !== 'sandbox')) {
      record.value = undefined;
      return;
    }
    const r = await getTransactions(env.value);
    // A collected result leaves the sandbox's list: keep what we saw last (the phone's code, the times).
    if (r.ok && id === ticketID.value) record.value = r.value.find((t) => t.ticketID === id) ?? (record.value?.ticketID === id ? record.value : undefined);
  }
  watch([ticketID, env], () => void refresh(), { immediate: true });
  return { record, refresh };
}
