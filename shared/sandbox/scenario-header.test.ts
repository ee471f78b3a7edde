/** The scenario header's values, spelled out by hand: the independent check of shared/sandbox/scenario-header.ts. */
import { describe, expect, it } from 'vitest';
import { readScenario, SCENARIO_PATTERN, SCENARIO_RULE, scenarioKind, scenarioValue } from './scenario-header.ts';

describe('scenario header values', () => {
  it('reads each action and approve-after-polls up to 1000', () => {
    expect(readScenario('approve')).toEqual({ action: 'approve', afterPolls: 0 });
    expect(readScenario('reject')).toEqual({ action: 'reject', afterPolls: 0 });
    expect(readScenario('cancel')).toEqual({ action: 'cancel', afterPolls: 0 });
    expect(readScenario('timeout')).toEqual({ action: 'timeout', afterPolls: 0 });
    expect(readScenario('approve-after-polls=0')).toEqual({ action: 'approve', afterPolls: 0 });
    expect(readScenario('approve-after-polls=1000')).toEqual({ action: 'approve', afterPolls: 1000 });
  });

  it('refuses what the sandbox does not know', () => {
    for (const bad of ['dance', 'Approve', 'approve-after-polls=1001', 'approve-after-polls=', 'approve-after-polls=12345', 'approve ', ''])
      expect(readScenario(bad), bad).toBeUndefined();
  });

  it('writes values the sandbox reads, keeping N within bounds', () => {
    expect(scenarioValue('reject')).toBe('reject');
    expect(scenarioValue('approve-after-polls', 3)).toBe('approve-after-polls=3');
    expect(scenarioValue('approve-after-polls', 2.6)).toBe('approve-after-polls=3');
    expect(scenarioValue('approve-after-polls', -4)).toBe('approve-after-polls=0');
    expect(scenarioValue('approve-after-polls', Number.NaN)).toBe('approve-after-polls=0');
    expect(scenarioValue('approve-after-polls', 5000)).toBe('approve-after-polls=1000');
    expect(scenarioValue('approve-after-polls', 500, 100)).toBe('approve-after-polls=100');
  });

  it('tells the kind of a value, approve-after-polls=0 included', () => {
    expect(scenarioKind('approve')).toBe('approve');
    expect(scenarioKind('timeout')).toBe('timeout');
    expect(scenarioKind('approve-after-polls=0')).toBe('approve-after-polls');
    expect(scenarioKind('approve-after-polls=7')).toBe('approve-after-polls');
    expect(scenarioKind('')).toBe('');
    expect(scenarioKind('dance')).toBe('');
  });

  it('documents the same grammar it reads', () => {
    const pattern = new RegExp(SCENARIO_PATTERN);
    for (const ok of ['approve', 'reject', 'cancel', 'timeout', 'approve-after-polls=0', 'approve-after-polls=1000'])
      expect(pattern.test(ok), ok).toBe(true);
    for (const bad of ['dance', 'approve-after-polls=12345', 'approve-after-polls']) expect(pattern.test(bad), bad).toBe(false);
    expect(SCENARIO_RULE).toBe('must be approve, reject, cancel, timeout or approve-after-polls=N (N from 0 to 1000)');
  });
});
