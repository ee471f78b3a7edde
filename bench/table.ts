/** Prints the bench sections as one plain-text table. */
import type { Section } from './result-row.ts';

function cell(s: string, w: number): string {
  return s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w);
}

export function formatTable(sections: Section[]): string {
  const out: string[] = [];
  for (const s of sections) {
    out.push('', `== ${s.name}`);
    out.push(`${cell('id', 7)} ${cell('metric', 62)} ${cell('value', 16)} ${cell('baseline (same run)', 28)} ${cell('target', 20)} ok`);
    for (const r of s.rows) {
      const base = r.baseline ? `${r.baseline.label} ${r.baseline.value}` : '';
      const ok = r.pass === undefined ? '' : r.pass ? 'yes' : 'NO';
      out.push(
        `${cell(r.id, 7)} ${cell(r.metric, 62)} ${cell(`${r.value} ${r.unit}`, 16)} ${cell(base, 28)} ${cell(r.target ?? '', 20)} ${ok}`,
      );
      if (r.note) out.push(`${' '.repeat(8)}↳ ${r.note}`);
    }
    for (const n of s.notes) out.push(`  note: ${n}`);
  }
  return out.join('\n');
}
