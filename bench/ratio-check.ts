/**
 * `npm run bench -- --check`: each gated row (a ratio measured within one run, or a byte count)
 * against bench/baseline.json. A value more than `tolerance` worse than its baseline fails the
 * check; absolute times are printed by the table and never gated. A gated figure that a section
 * which ran did not produce fails too (a broken measurement must not pass as "no regression").
 */
import type { Row, Section } from './result-row.ts';

export interface BaselineEntry {
  value: number;
  better: 'higher' | 'lower';
  /** What the figure is, for a person reading the file. */
  metric: string;
}

export interface Baseline {
  tolerance: number;
  ratios: Record<string, BaselineEntry>;
}

export interface CheckOutcome {
  failed: boolean;
  lines: string[];
}

const SECTION_OF_KEY = (key: string) => key.split(':')[0];

function gated(sections: Section[]): Map<string, Row & { value: number }> {
  const out = new Map<string, Row & { value: number }>();
  for (const s of sections)
    for (const r of s.rows)
      if (r.gate && typeof r.value === 'number' && Number.isFinite(r.value)) out.set(r.gate.key, r as Row & { value: number });
  return out;
}

/** The baseline a run would commit: every gated row's value. */
export function baselineFrom(sections: Section[], tolerance = 0.2): Baseline {
  const ratios: Record<string, BaselineEntry> = {};
  for (const [key, r] of [...gated(sections)].sort(([a], [b]) => a.localeCompare(b)))
    ratios[key] = { value: r.value, better: r.gate!.better, metric: r.metric };
  return { tolerance, ratios };
}

/** `ran` names the sections of this run (keys are `<section>:<figure>`); keys of other sections are skipped. */
export function checkRatios(sections: Section[], baseline: Baseline, ran: string[]): CheckOutcome {
  const now = gated(sections);
  const lines: string[] = [];
  let failed = false;
  for (const [key, base] of Object.entries(baseline.ratios)) {
    if (!ran.includes(SECTION_OF_KEY(key))) continue;
    const row = now.get(key);
    if (!row) {
      failed = true;
      lines.push(`FAIL ${key}: not measured in this run (baseline ${base.value})`);
      continue;
    }
    const change = base.better === 'higher' ? (base.value - row.value) / base.value : (row.value - base.value) / base.value;
    const worse = change > baseline.tolerance;
    failed ||= worse;
    const pct = `${change > 0 ? '' : '+'}${Math.round(-change * 1000) / 10} %`;
    lines.push(`${worse ? 'FAIL' : 'ok  '} ${key}: ${row.value} vs baseline ${base.value} (${base.better} is better; ${pct})`);
  }
  for (const key of now.keys())
    if (!(key in baseline.ratios)) lines.push(`new  ${key}: ${now.get(key)!.value} (not in the baseline; --write-baseline adds it)`);
  return { failed, lines };
}
