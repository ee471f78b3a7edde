/**
 * What a flow's sandbox transaction (Flow.transaction, kept current by `transaction` events) means
 * on screen: the status a person reads, the deadline that counts down, the code the phone shows.
 * A deadline that has passed on the sandbox clock reads as passed at once, before any event says so.
 */
import type { Flow, FlowStatus, FlowTransaction } from '../../../../shared/inspector/records.ts';

/** `approved_uncollected`: the user approved and nobody has polled the result yet. */
export type ChipStatus = FlowStatus | 'approved_uncollected';

const FINISHED = new Set(['approved', 'collected', 'rejected', 'cancelled', 'timed_out']);

export function chipStatus(flow: Pick<Flow, 'status' | 'transaction'>, sandboxNow: number): ChipStatus {
  const tx = flow.transaction;
  // Without the sandbox's record (a real environment), the callback's approval still means nobody has polled yet.
  if (!tx) return flow.status === 'approved' ? 'approved_uncollected' : flow.status;
  if (tx.status === 'pending') return tx.timeoutAt !== undefined && sandboxNow >= tx.timeoutAt ? 'timed_out' : 'pending';
  if (FINISHED.has(tx.status) && tx.deleteAt !== undefined && sandboxNow >= tx.deleteAt) return 'deleted';
  if (tx.status === 'approved') return flow.status === 'collected' ? 'collected' : 'approved_uncollected';
  return tx.status;
}

/** Still waiting for the user (so polling makes sense). */
export function isPending(flow: Pick<Flow, 'status' | 'transaction'>, sandboxNow: number): boolean {
  const s = chipStatus(flow, sandboxNow);
  return s === 'pending' || s === 'approved_uncollected';
}

export interface Deadlines {
  timeoutAt?: number;
  deleteAt?: number;
}

/** The pending timeout while pending, the deletion time once finished (docs/sandbox-contract.md §5). */
export function deadlinesOf(tx: FlowTransaction | undefined): Deadlines {
  if (!tx || tx.status === 'deleted') return {};
  return tx.status === 'pending' ? { timeoutAt: tx.timeoutAt } : { deleteAt: tx.deleteAt };
}

export function phoneCodeOf(tx: FlowTransaction | undefined): string | undefined {
  return tx?.hkic;
}
