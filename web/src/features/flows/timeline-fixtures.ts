/**
 * Test fixtures for the timeline's unit tests (build-timeline.test.ts, flow-steps.test.ts): one
 * exchange shape at a time offset, so both build their flows from the same recorded exchanges.
 * Imported by tests only; the SPA's bundle never reaches it.
 */
import type { Exchange } from './flow-types.ts';

/** The fixtures' start. */
export const T0 = Date.parse('2026-01-01T00:00:00Z');

/** The ISO time `ms` after the fixtures' start. */
export const at = (ms: number): string => new Date(T0 + ms).toISOString();

/** A recorded exchange of flow f1 at `ms`, answered with `status` and `body`. */
export function ex(id: string, ms: number, endpointId: Exchange['endpointId'], status: number, body: unknown): Exchange {
  return {
    id,
    env: 'sandbox',
    endpointId,
    flowId: 'f1',
    startedAt: at(ms),
    request: { method: 'POST', path: '/x', headers: {}, body: {} },
    response: { status, headers: {}, body },
    timings: { totalMs: 3 },
  };
}
