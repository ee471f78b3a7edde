import { describe, it, expect } from 'vitest';
import { buildTimeline } from './build-timeline.ts';
import { flowSteps } from './flow-steps.ts';
import { flowSvg, wrap } from './flow-svg.ts';
import { pollRunSummary, stepExplanation } from './step-words.ts';
import { STEP_TABLE } from './step-table.ts';
import type { Flow } from './flow-types.ts';
import { at, ex } from './timeline-fixtures.ts';

const flow: Flow = {
  id: 'f1',
  env: 'sandbox',
  endpointId: 'auth',
  createdAt: at(0),
  updatedAt: at(5000),
  status: 'collected',
  exchanges: [],
  children: [],
  callbacks: [{ at: at(2600), query: { service: 'auth', code: 'c', state: 's' }, flowId: 'f1', problems: [] }],
};
const exchanges = [
  ex('i', 0, 'auth', 200, { token: 'tok', url: 'http://h/sandbox/sim/qr/T' }),
  ex('p1', 500, 'poll', 202, {}),
  ex('p2', 1000, 'poll', 202, {}),
  ex('p3', 2200, 'poll', 202, {}),
  ex('p4', 3000, 'poll', 200, { data: 'jwe' }),
];
const steps = flowSteps(flow, buildTimeline(flow, exchanges));

describe('flowSteps', () => {
  it('puts each step between two lanes, the QR after the initiation, and folds the run of pending polls', () => {
    expect(steps.map((s) => [s.key, s.from, s.to])).toEqual([
      ['initiation.auth', 'server', 'fillEasy'],
      ['qr', 'browser', 'app'],
      ['poll.pending', 'server', 'fillEasy'],
      ['callback.ok', 'browser', 'server'],
      ['poll.collected', 'server', 'fillEasy'],
    ]);
    const run = steps[2];
    if (run.kind !== 'polls') throw new Error('expected a folded run');
    expect(run.polls.map((p) => p.n)).toEqual([1, 2, 3]);
    expect([run.gapMinMs, run.gapMaxMs]).toEqual([500, 1200]);
    expect(pollRunSummary(run, 'en-US')).toBe('polled 3×, 0.5–1.2s apart');
    expect(pollRunSummary(run, 'zh-HK')).toMatch(/^輪詢了 3 次，每次相隔 0\.5.1\.2秒$/);
  });

  it('keeps a single pending poll as its own row, and a refused initiation says so', () => {
    const refused = flowSteps(flow, buildTimeline(flow, [ex('i', 0, 'auth', 400, { code: 'D20001' }), ex('p', 300, 'poll', 202, {})]));
    expect(refused.map((s) => [s.key, s.kind])).toEqual([
      ['refused', 'entry'],
      ['poll.pending', 'entry'],
      ['callback.ok', 'entry'],
    ]);
  });

  it('has a line for every step in every language', () => {
    for (const row of Object.values(STEP_TABLE))
      for (const lang of ['en-US', 'zh-HK', 'zh-CN'] as const) expect(row[lang].length).toBeGreaterThan(10);
  });
});

describe('flowSvg', () => {
  it('writes every step title and explanation, escaped, with no outside reference', () => {
    const svg = flowSvg('Flow <f1> & co', [{ heading: 'Authentication', steps }], 'en-US');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Flow &lt;f1&gt; &amp; co');
    for (const s of steps) expect(svg).toContain(`<desc>${stepExplanation(s, 'en-US').replace(/'/g, '&apos;')}</desc>`);
    expect(svg).not.toMatch(/href=|@import|url\((?!#)/);
  });

  it('wraps long lines, counting a CJK character as two columns', () => {
    expect(wrap('a '.repeat(100), 20).every((l) => l.length <= 20)).toBe(true);
    expect(wrap('智'.repeat(30), 20)).toEqual(['智'.repeat(10), '智'.repeat(10), '智'.repeat(10)]);
  });
});
