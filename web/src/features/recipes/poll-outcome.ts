/**
 * What a Poll Data answer means (docs/sandbox-contract.md §6): still pending, or a final state.
 */
import { endpoint, type InitiationId } from '../../../../shared/catalogue/index.ts';

export type PollOutcome = 'pending' | 'approved' | 'rejected' | 'cancelled' | 'timed_out' | 'deleted' | 'error';

export function pollOutcome(service: InitiationId, status: number, body: unknown): PollOutcome {
  const errorCode = (body as { errorCode?: unknown } | undefined)?.errorCode;
  const outcomes = endpoint(service).outcomes;
  if (status === 202) return 'pending';
  if (status === 200) return 'approved';
  if (status === 403) return errorCode === outcomes?.cancelled && outcomes?.cancelled !== outcomes?.rejected ? 'cancelled' : 'rejected';
  if (status === 410) return errorCode ? 'timed_out' : 'deleted';
  return 'error';
}

export function isFinal(outcome: PollOutcome): boolean {
  return outcome !== 'pending';
}
