/**
 * Finds places where a file of the repository names a path outside it: the team's notes that
 * lived in a shared folder beside the checkout, absolute paths of one machine (the work folder, a
 * home folder), and relative paths that climb above the repository root from the file's own
 * folder. A person who clones the repository has none of these, so each finding says what to
 * cite instead. A line that holds such a string on purpose (a test's hostile input) carries the
 * marker `repo-paths: test-input`.
 */
import { posix } from 'node:path';
import { lineAt } from './repo-files.ts';

export interface Finding {
  file: string;
  line: number;
  found: string;
  fix: string;
}

export const ALLOW_MARKER = 'repo-paths: test-input';

const TEAM_NOTES = /(?:\.\.\/)+shared\/docs\b[^\s'"`)]*|(?<![\w.-])shared\/docs\/[^\s'"`)]*/g;
/**
 * Absolute paths that only exist on one machine. System paths (the Chromium binary) are dependencies,
 * not documents; a path after a backslash is an escaped regular expression, not a path.
 */
const MACHINE_PATH = /(?<![\w.%\\-])(?:\/work\/|\/home\/[\w.-]+\/|\/Users\/[\w.-]+\/|\/root\/)[^\s'"`)\]]*/g;
/** `..` segments at the start of a path (a path that begins inside another one is not checked). */
const CLIMB = /(?<![\w./%\\-])\.\.(?:\/\.\.)*(?:\/[^\s'"`)\]},;]*)?(?=$|[\s'"`)\]},;])/g;

function allowed(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end === -1 ? undefined : end).includes(ALLOW_MARKER);
}

/** True when `target`, read relative to the folder of `file` (both repository-relative), leaves the repository. */
export function climbsOut(file: string, target: string): boolean {
  const resolved = posix.normalize(posix.join(posix.dirname(file), target));
  return resolved === '..' || resolved.startsWith('../');
}

export function findOutsidePaths(file: string, text: string, repoHas: (path: string) => boolean = () => false): Finding[] {
  const out: Finding[] = [];
  const add = (index: number, found: string, fix: string) => {
    if (!allowed(text, index)) out.push({ file, line: lineAt(text, index), found, fix });
  };
  for (const m of text.matchAll(TEAM_NOTES)) {
    if (!m[0].startsWith('..') && repoHas('shared/docs')) continue;
    add(m.index, m[0], 'the team notes are not in the repository: cite docs/<file>.md (§N or id) instead');
  }
  for (const m of text.matchAll(MACHINE_PATH)) {
    add(
      m.index,
      m[0],
      'an absolute path of one machine: use a path relative to the repository (or to the file), or describe the thing instead',
    );
  }
  for (const m of text.matchAll(CLIMB)) {
    if (/shared\/docs/.test(m[0])) continue; // already reported above
    if (climbsOut(file, m[0])) {
      add(
        m.index,
        m[0],
        `climbs out of the repository from ${posix.dirname(file)}/: point inside it, or mark a deliberate test input with "${ALLOW_MARKER}"`,
      );
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
