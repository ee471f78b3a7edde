/**
 * `npm run bench [-- section ...]`: runs the bench sections one after another, prints one table
 * and writes bench/results.json. Sections: proxy, sandbox, memory, front-end, whole-flow, redis,
 * inspector. Every load loop is bounded in count and time and aims at 127.0.0.1 only.
 *
 * `--check` then compares each gated ratio with bench/baseline.json and exits 1 on a regression of
 * more than 20 % (bench/ratio-check.ts); `--write-baseline` writes that file from this run;
 * `--from <results.json>` checks or prints a saved run instead of measuring; `--baseline <file>`
 * compares with another baseline.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { proxyOverhead } from './proxy-overhead.ts';
import { sandboxThroughput } from './sandbox-throughput.ts';
import { memory } from './memory.ts';
import { frontEnd } from './front-end.ts';
import { wholeFlow } from './whole-flow.ts';
import { formatTable } from './table.ts';
import type { Section } from './result-row.ts';
import { baselineFrom, checkRatios, type Baseline } from './ratio-check.ts';
import { headline, loadNote } from './headline.ts';

/**
 * Hook for bench/redis-flows.ts (Redis vs memory flows/s), written separately: when the file
 * exists it must export `redisFlows(): Promise<Section>`; when it does not, the section says so.
 */
async function redis(): Promise<Section> {
  const file = resolve(import.meta.dirname, 'redis-flows.ts');
  if (!existsSync(file))
    return {
      name: 'Redis vs memory',
      rows: [],
      notes: ['bench/redis-flows.ts is not there yet; export redisFlows(): Promise<Section> from it to appear here'],
    };
  const mod = (await import(pathToFileURL(file).href)) as { redisFlows?: () => Promise<Section>; default?: () => Promise<Section> };
  const run = mod.redisFlows ?? mod.default;
  if (typeof run !== 'function') return { name: 'Redis vs memory', rows: [], notes: ['bench/redis-flows.ts exports no redisFlows()'] };
  return run();
}

const SECTIONS: Record<string, () => Promise<Section>> = {
  proxy: proxyOverhead,
  sandbox: sandboxThroughput,
  memory,
  'front-end': frontEnd,
  'whole-flow': wholeFlow,
  redis,
  inspector: async () => (await import('./inspector-limits.ts')).inspectorLimits(),
};
const TOTAL_BUDGET_MS = 8 * 60_000;

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const from = valueOf('--from');
const baselineFile = resolve(valueOf('--baseline') ?? resolve(import.meta.dirname, 'baseline.json'));
const asked = args.filter((a, i) => !a.startsWith('-') && !['--from', '--baseline'].includes(args[i - 1]));
const unknown = asked.filter((a) => !SECTIONS[a]);
if (unknown.length) {
  console.error(`unknown section(s): ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`);
  process.exit(2);
}
const names = asked.length ? asked : Object.keys(SECTIONS);
const started = performance.now();
const sections: Section[] = from ? (JSON.parse(readFileSync(from, 'utf8')) as { sections: Section[] }).sections : [];
for (const name of from ? [] : names) {
  if (performance.now() - started > TOTAL_BUDGET_MS) {
    sections.push({ name, rows: [], notes: ['skipped: the 8-minute budget of the whole bench was spent'] });
    continue;
  }
  const t0 = performance.now();
  const load = loadNote();
  try {
    const s = await SECTIONS[name]();
    s.notes.push(load);
    s.notes.push(`section took ${Math.round((performance.now() - t0) / 100) / 10} s`);
    // Gate keys name the section they come from, so a partial run checks only its own.
    for (const r of s.rows) if (r.gate && !r.gate.key.startsWith(`${name}:`)) r.gate.key = `${name}:${r.gate.key}`;
    sections.push(s);
  } catch (err) {
    sections.push({ name, rows: [], notes: [`failed: ${(err as Error).message.slice(0, 300)}`] });
  }
  console.error(`bench: ${name} done in ${Math.round(performance.now() - t0)} ms`);
}
const totalS = Math.round((performance.now() - started) / 100) / 10;
console.log(formatTable(sections));
console.log(`\n${headline(sections)}`);
console.log(`\nwhole bench: ${totalS} s`);
if (!from) {
  const results = { at: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, totalS, sections };
  writeFileSync(resolve(import.meta.dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
}
if (args.includes('--write-baseline')) {
  writeFileSync(baselineFile, JSON.stringify(baselineFrom(sections), null, 2) + '\n');
  console.log(`baseline written to ${baselineFile}`);
}
if (args.includes('--check')) {
  const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Baseline;
  const outcome = checkRatios(sections, baseline, names);
  console.log(`\n== ratios against ${baselineFile} (fail when more than ${baseline.tolerance * 100} % worse; times are never gated)`);
  for (const line of outcome.lines) console.log(line);
  console.log(outcome.failed ? 'bench --check: FAILED' : 'bench --check: passed');
  process.exit(outcome.failed ? 1 : 0);
}
process.exit(0);
