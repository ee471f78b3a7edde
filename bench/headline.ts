/**
 * The issue 18 figures, pulled from one run's table into one block (`npm run bench` prints it
 * last): the editor's first use on the wire, proxy/direct at c=1 and c=32, RSS holding 100k
 * pending, auth flows over HTTP and their share of the /healthz ceiling, each with the load
 * average its section started under. The machine is shared, so a figure means little without it.
 */
import { loadavg } from 'node:os';
import type { Row, Section } from './result-row.ts';

/** "1.20 / 0.90 / 0.50": the 1, 5 and 15 minute load averages now. */
export function loadNow(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

const LOAD_NOTE = 'load average 1/5/15 min at start: ';

export const loadNote = (): string => `${LOAD_NOTE}${loadNow()}`;

interface Wanted {
  label: string;
  section: string;
  find: (r: Row) => boolean;
}

const WANTED: Wanted[] = [
  { label: 'editor first use, br (≤ 1.0 MB)', section: 'front-end', find: (r) => r.gate?.key === 'front-end:editor first use br MB' },
  { label: 'editor first use, gzip (≤ 1.2 MB)', section: 'front-end', find: (r) => r.gate?.key === 'front-end:editor first use gzip MB' },
  { label: 'proxy/direct c=1 (≥ 0.80)', section: 'proxy', find: (r) => r.gate?.key === 'proxy:proxy/direct c=1' },
  { label: 'proxy/direct c=32 (≥ 0.70)', section: 'proxy', find: (r) => r.gate?.key === 'proxy:proxy/direct c=32' },
  { label: 'RSS, 100k pending (≤ 150 MB)', section: 'memory', find: (r) => r.gate?.key === 'memory:compiled RSS 100k pending MB' },
  {
    label: 'auth flows/s over HTTP (≥ 2,000)',
    section: 'sandbox',
    find: (r) => r.unit === 'flows/s' && /^auth flows\/s, HTTP/.test(r.metric),
  },
  { label: 'auth flows ÷ /healthz ceiling', section: 'sandbox', find: (r) => r.gate?.key === 'sandbox:auth flows/healthz' },
];

export function headline(sections: Section[]): string {
  const lines = ['== issue 18 figures (this run)'];
  for (const w of WANTED) {
    const s = sections.find((x) => x.rows.some(w.find)) ?? sections.find((x) => x.name.toLowerCase().includes(w.section));
    const row = s?.rows.find(w.find);
    const load = s?.notes.find((n) => n.startsWith(LOAD_NOTE))?.slice(LOAD_NOTE.length) ?? '?';
    const value = row ? `${row.value} ${row.unit}` : 'not measured';
    lines.push(`${w.label.padEnd(36)} ${value.padEnd(16)} load ${load}`);
  }
  return lines.join('\n');
}
