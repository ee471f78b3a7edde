/**
 * `npm run bench -- --check` against the committed bench/baseline.json, on runs made from the
 * baseline itself (`--from`, so nothing is measured): the baseline's own figures pass, any gated
 * figure 25 % worse fails, 15 % worse passes, and a gated figure missing from a section that ran
 * fails. The CLI is run as a person runs it (tsx bench/index.ts), exit code and all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Section } from './result-row.ts';
import { checkRatios, type Baseline } from './ratio-check.ts';

const root = resolve(import.meta.dirname, '..');
const baseline = JSON.parse(readFileSync(join(root, 'bench/baseline.json'), 'utf8')) as Baseline;
const keys = Object.keys(baseline.ratios);
const sectionNames = [...new Set(keys.map((k) => k.split(':')[0]))];

/** A run whose gated rows hold the baseline's values, `worse` making one key that much worse. */
function runFromBaseline(worse?: { key: string; by: number }): Section[] {
  return sectionNames.map((name) => ({
    name,
    notes: [],
    rows: keys
      .filter((k) => k.startsWith(`${name}:`))
      .map((key) => {
        const b = baseline.ratios[key];
        const factor = worse?.key === key ? (b.better === 'higher' ? 1 - worse.by : 1 + worse.by) : 1;
        return { id: 'X', metric: b.metric, value: b.value * factor, unit: 'ratio', gate: { key, better: b.better } };
      }),
  }));
}

function cli(sections: Section[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-check-')), 'results.json');
  writeFileSync(file, JSON.stringify({ sections }));
  return spawnSync(process.execPath, ['--import', 'tsx', 'bench/index.ts', '--check', '--from', file], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('bench --check', () => {
  it('gates the ratios the issue names: proxy/direct, Redis/memory, sandbox/healthz ceiling, bytes', () => {
    for (const k of [
      'proxy:proxy/direct c=1',
      'proxy:proxy/direct c=32',
      'redis:redis/memory flows',
      'sandbox:auth flows/healthz',
      'front-end:editor first use br MB',
    ])
      expect(keys, k).toContain(k);
    expect(baseline.tolerance).toBe(0.2);
  });

  it('passes on the baseline and fails on a fabricated 25 % regression of any gated figure', () => {
    const ok = cli(runFromBaseline());
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('bench --check: passed');
    const bad = cli(runFromBaseline({ key: 'proxy:proxy/direct c=32', by: 0.25 }));
    expect(bad.status, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toMatch(/FAIL proxy:proxy\/direct c=32: .* -25 %/);
    for (const key of keys) {
      expect(checkRatios(runFromBaseline({ key, by: 0.25 }), baseline, sectionNames).failed, key).toBe(true);
      expect(checkRatios(runFromBaseline({ key, by: 0.15 }), baseline, sectionNames).failed, key).toBe(false);
    }
  });

  it('fails when a section that ran lost a gated figure, and skips the sections that did not run', () => {
    const run = runFromBaseline();
    const proxy = run.find((s) => s.name === 'proxy')!;
    proxy.rows = proxy.rows.filter((r) => r.gate?.key !== 'proxy:proxy/direct c=1');
    expect(checkRatios(run, baseline, ['proxy']).failed).toBe(true);
    expect(
      checkRatios(
        run.filter((s) => s.name !== 'proxy'),
        baseline,
        sectionNames.filter((n) => n !== 'proxy'),
      ).failed,
    ).toBe(false);
  });
});
