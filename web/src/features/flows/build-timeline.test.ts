import { describe, it, expect } from 'vitest';
import { buildTimeline, finalPoll } from './build-timeline.ts';
import type { Flow } from './flow-types.ts';
import { T0, at, ex } from './timeline-fixtures.ts';

const flow: Flow = {
  id: 'f1',
  env: 'sandbox',
  endpointId: 'auth',
  createdAt: at(0),
  updatedAt: at(2000),
  status: 'collected',
  exchanges: [],
  children: [],
  callbacks: [{ at: at(1200), query: { service: 'auth', code: 'c', state: 's' }, flowId: 'f1', problems: [] }],
};

describe('buildTimeline', () => {
  const exchanges = [
    ex('p2', 1500, 'poll', 200, { status: 200, data: 'jwe' }),
    ex('i', 0, 'auth', 200, { token: 'tok', url: 'http://h/sandbox/sim/qr/T' }),
    ex('p1', 500, 'poll', 202, { status: 202 }),
  ];

  it('orders initiation, phone action, callback and polls with the time between them', () => {
    const entries = buildTimeline(flow, exchanges, [{ at: T0 + 1000, action: 'approve', ok: true, status: 200 }]);
    expect(entries.map((e) => [e.kind, e.sinceStartMs, e.sincePrevMs])).toEqual([
      ['initiation', 0, 0],
      ['poll', 500, 500],
      ['phone', 1000, 500],
      ['callback', 1200, 200],
      ['poll', 1500, 300],
    ]);
    const init = entries[0];
    expect(init.kind === 'initiation' && [init.token, init.url]).toEqual(['tok', 'http://h/sandbox/sim/qr/T']);
    const last = entries[4];
    expect(last.kind === 'poll' && [last.n, last.outcome, last.sincePollMs]).toEqual([2, 'collected', 1000]);
  });

  it('names the poll that ended the flow', () => {
    expect(finalPoll(buildTimeline(flow, exchanges))?.exchange.id).toBe('p2');
  });

  it('reads a 410 with an errorCode as a timeout and without one as deleted', () => {
    const entries = buildTimeline(flow, [
      ex('a', 0, 'poll', 410, { errorCode: 'D40003' }),
      ex('b', 10, 'poll', 410, { message: 'deleted' }),
    ]);
    expect(entries.flatMap((e) => (e.kind === 'poll' ? [e.outcome] : []))).toEqual(['timed_out', 'deleted']);
  });
});
