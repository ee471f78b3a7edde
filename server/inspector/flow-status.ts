/**
 * What a poll answer or a callback says about a transaction (docs/sandbox-contract.md §6). The official
 * codes come from the catalogue's `outcomes`, so a new endpoint needs no change here.
 */
import { endpoint, type EndpointId } from '../../shared/catalogue/index.ts';
import type { FlowStatus } from './flow.ts';

/** A code ending in 0000 / 000 is the user cancelling (D40000, D60000, D70000); others reject. */
function fromErrorCode(endpointId: EndpointId, code: string | undefined, fallback: FlowStatus): FlowStatus {
  const outcomes = endpoint(endpointId).outcomes;
  if (!code) return fallback;
  if (outcomes?.timedOut === code) return 'timed_out';
  if (outcomes?.cancelled === code) return 'cancelled';
  if (outcomes?.rejected === code) return 'rejected';
  if (/000$/.test(code)) return 'cancelled';
  if (/003$/.test(code)) return 'timed_out';
  return fallback;
}

function errorCodeOf(body: unknown): string | undefined {
  const code = body && typeof body === 'object' ? (body as { errorCode?: unknown }).errorCode : undefined;
  return typeof code === 'string' ? code : undefined;
}

export function statusFromPoll(current: FlowStatus, endpointId: EndpointId, status: number, body: unknown): FlowStatus {
  if (status === 202) return current === 'approved' ? current : 'pending';
  if (status === 200) return 'collected';
  if (status === 403) return fromErrorCode(endpointId, errorCodeOf(body), 'rejected');
  if (status === 410) {
    const code = errorCodeOf(body);
    if (code) return fromErrorCode(endpointId, code, 'timed_out');
    // The data is gone: either we collected it (keep saying so) or its 18 minutes ran out.
    return current === 'collected' ? current : 'deleted';
  }
  return current;
}

export function statusFromCallback(current: FlowStatus, endpointId: EndpointId, query: Record<string, string>): FlowStatus {
  if (current !== 'pending') return current;
  if (query.errorCode) return fromErrorCode(endpointId, query.errorCode, 'rejected');
  if (query.code) return 'approved';
  return current;
}
