/**
 * Ids of exchanges and generated flows. Time first (so they sort roughly by age when read), then
 * random bits rather than a per-process counter: several instances write to one shared store,
 * and two counters starting at 1 in the same millisecond would collide.
 */
import { randomPoolBytes } from '../random-pool.ts';

function make(kind: string): string {
  // 9 random bytes: 72 bits, base64url so the id stays a flow id (shared/inspector/flow-id.ts).
  return `${kind}-${Date.now().toString(36)}-${randomPoolBytes(9).toString('base64url')}`;
}

export const newExchangeId = (): string => make('ex');
export const newFlowId = (): string => make('flow');
