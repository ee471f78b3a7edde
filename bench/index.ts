/**
 * `npm run bench [-- section ...]`: runs the bench sections one after another, prints one table
 * and writes bench/results.json. Sections: proxy, sandbox, memory, front-end, whole-flow, redis.
 * Every load loop is bounded in count and time and aims at 127.0.0.1 only.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { proxyOverhead } from './proxy-overhead.ts';
import { sandboxThroughput } from './sandbox-throughput.ts';
import { memory } from './memory.ts';
import { frontEnd } from './front-end.ts';
import { wholeFlow } from './whole-flow.ts';
import { formatTable } from './table.ts';
import type { Section } from './result-row.ts';

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
const TOTAL_BUDGET_MS = 5 * 60_000;

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = asked.filter((a) => !SECTIONS[a]);
if (unknown.length) {
  console.error(`unknown section(s): ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`);
  process.exit(2);
}
const names = asked.length ? asked : Object.keys(SECTIONS);
const started = performance.now();
const sections: Section[] = [];
for (const name of names) {
  if (performance.now() - started > TOTAL_BUDGET_MS) {
    sections.push({ name, rows: [], notes: ['skipped: the 5-minute budget of the whole bench was spent'] });
    continue;
  }
  const t0 = performance.now();
  try {
    const s = await SECTIONS[name]();
    s.notes.push(`section took ${Math.round((performance.now() - t0) / 100) / 10} s`);
    sections.push(s);
  } catch (err) {
    sections.push({ name, rows: [], notes: [`failed: ${(err as Error).message.slice(0, 300)}`] });
  }
  console.error(`bench: ${name} done in ${Math.round(performance.now() - t0)} ms`);
}
const totalS = Math.round((performance.now() - started) / 100) / 10;
console.log(formatTable(sections));
console.log(`\nwhole bench: ${totalS} s`);
const results = { at: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, totalS, sections };
writeFileSync(resolve(import.meta.dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
process.exit(0);
