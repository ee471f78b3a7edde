/**
 * Keeps the "tested in" column of docs/quality-targets.md honest: when a row names test files
 * (`*.test.ts`, `*.spec.ts`) for an id, at least one of them must still mention that id. A row
 * that names none ("not named yet", "via T-P8") is not checked here; test-ids.test.ts checks the
 * D2 coverage itself.
 */
import type { Finding } from './outside-paths.ts';
import type { RepoFile } from './repo-files.ts';

export const QUALITY_TARGETS = 'docs/quality-targets.md';

const ROW = /^\|\s*(?:\*\*)?([A-Z]{1,4}-[A-Z]?\d+)(?:\*\*)?\s*\|(.*)\|\s*$/;
const TEST_FILE = /`([^`\s]+\.(?:test|spec)\.ts)`/g;

export function testedInFindings(files: readonly RepoFile[]): Finding[] {
  const doc = files.find((f) => f.path === QUALITY_TARGETS);
  if (!doc) return [];
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  const out: Finding[] = [];
  doc.text.split('\n').forEach((line, i) => {
    const row = ROW.exec(line);
    if (!row) return;
    const cells = row[2].split('|');
    const named = [...cells[cells.length - 1].matchAll(TEST_FILE)].map((m) => m[1]);
    if (!named.length) return;
    const id = row[1];
    const mentions = new RegExp(`\\b${id}\\b`);
    if (named.some((p) => mentions.test(byPath.get(p) ?? ''))) return;
    out.push({
      file: QUALITY_TARGETS,
      line: i + 1,
      found: `${id}: ${named.join(', ')}`,
      fix: `none of these files mentions ${id} any more: name the test that proves it (its title should carry the id)`,
    });
  });
  return out;
}
