/**
 * What a Poll Data answer or a callback says about a transaction (docs/sandbox-contract.md §6), read
 * once for the server's flow records and the web's polls, timelines and recipes. One vocabulary: the
 * flows' wire statuses (`FlowStatus`), so a poll that got the result is `collected` everywhere and
 * `approved` always means "the user approved, the result is not collected yet". The official codes
 * come from the catalogue's `outcomes`, so a new endpoint needs no change here.
 */
import { endpoint, type EndpointId } from '../catalogue/index.ts';
import type { FlowStatus } from './records.ts';

/**
 * One poll answer read on its own. `error`: no answer of the poll contract (a 401, a 5xx, a proxy
 * or network failure), which says nothing about the transaction.
 */
export type PollOutcome = Extract<FlowStatus, 'pending' | 'collected' | 'rejected' | 'cancelled' | 'timed_out' | 'deleted' | 'error'>;

/**
 * The catalogue's codes first. Where one code is both (reauth's D80001) it reads as `rejected`, the
 * code's documented meaning. Codes the catalogue does not list follow the API's pattern: ending in
 * 000 the user cancelled (D40000, D60000, D70000), in 003 it timed out.
 */
function fromErrorCode(endpointId: EndpointId, code: string | undefined, fallback: PollOutcome): PollOutcome {
  if (!code) return fallback;
  const outcomes = endpoint(endpointId).outcomes;
  if (outcomes?.timedOut === code) return 'timed_out';
  if (outcomes?.rejected === code) return 'rejected';
  if (outcomes?.cancelled === code) return 'cancelled';
  if (/000$/.test(code)) return 'cancelled';
  if (/003$/.test(code)) return 'timed_out';
  return fallback;
}

function errorCodeOf(body: unknown): string | undefined {
  const code = body && typeof body === 'object' ? (body as { errorCode?: unknown }).errorCode : undefined;
  return typeof code === 'string' ? code : undefined;
}

export function pollOutcome(endpointId: EndpointId, status: number, body: unknown): PollOutcome {
  if (status === 202) return 'pending';
  if (status === 200) return 'collected';
  if (status === 403) return fromErrorCode(endpointId, errorCodeOf(body), 'rejected');
  if (status === 410) {
    // With a code the request ran out; without one the data is gone (collected, or past its 18 minutes).
    const code = errorCodeOf(body);
    return code ? fromErrorCode(endpointId, code, 'timed_out') : 'deleted';
  }
  return 'error';
}

/** Whether polling again is pointless: anything but `pending`. */
export function isFinal(outcome: PollOutcome): boolean {
  return outcome !== 'pending';
}

/** A flow's status after one more poll answer. */
export function statusFromPoll(current: FlowStatus, endpointId: EndpointId, status: number, body: unknown): FlowStatus {
  const outcome = pollOutcome(endpointId, status, body);
  if (outcome === 'error') return current;
  // A callback already said the user approved; a poll answered before the sandbox saw it does not undo that.
  if (outcome === 'pending') return current === 'approved' ? current : 'pending';
  // The data is gone because we collected it: keep saying so.
  if (outcome === 'deleted' && current === 'collected') return current;
  return outcome;
}

/** A flow's status after the callback the app's redirect carried (`code`, or `errorCode`). */
export function statusFromCallback(current: FlowStatus, endpointId: EndpointId, query: Record<string, string>): FlowStatus {
  if (current !== 'pending') return current;
  if (query.errorCode) return fromErrorCode(endpointId, query.errorCode, 'rejected');
  if (query.code) return 'approved';
  return current;
}
