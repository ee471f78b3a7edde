/**
 * The repository's own text files, as a person who clones it gets them: what git tracks plus new
 * files not yet committed (but not what .gitignore hides), so a check sees a helper's work before
 * its first commit. Without git (an unpacked archive) it walks the tree, skipping the folders
 * .gitignore names. node_modules, dist and .git are never part of the repository.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface RepoFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

/** The 1-based line of a character index, for findings a person can jump to. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const NEVER = /(^|\/)(node_modules|dist|\.git|test-results|playwright-report)(\/|$)/;
/** Larger files are data (lock files, fixtures), not prose or code that cites a path. */
const MAX_BYTES = 2 << 20;

function gitFiles(root: string): string[] | undefined {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    return out.split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

function walk(root: string, dir = root, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const rel = relative(root, full).split(sep).join('/');
    if (NEVER.test(rel)) continue;
    if (entry.isDirectory()) walk(root, full, out);
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/**
 * Whether .gitignore hides a path (for paths a document names that only a build or a run creates).
 * Reads the root .gitignore's plain patterns: names, folders (`dist/`) and `*` globs.
 */
export function gitignored(root: string): (path: string) => boolean {
  let lines: string[];
  try {
    lines = readFileSync(join(root, '.gitignore'), 'utf8').split('\n');
  } catch {
    return () => false;
  }
  const patterns = lines
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'))
    .map((l) => {
      const body = l.replace(/^\//, '').replace(/\/$/, '');
      const glob = body.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
      // A pattern with a slash is anchored at the root; one without matches a name at any depth.
      return new RegExp(body.includes('/') ? `^${glob}(/|$)` : `(^|/)${glob}(/|$)`);
    });
  return (path) => patterns.some((p) => p.test(path));
}

export function repoFiles(root: string): RepoFile[] {
  const ignored = gitignored(root);
  const paths = (gitFiles(root) ?? walk(root).filter((p) => !ignored(p))).filter((p) => !NEVER.test(p));
  const files: RepoFile[] = [];
  for (const path of paths.sort()) {
    const full = join(root, path);
    let size: number;
    try {
      const st = statSync(full);
      if (!st.isFile()) continue;
      size = st.size;
    } catch {
      continue; // deleted in the working tree but still in the index
    }
    if (size > MAX_BYTES) continue;
    const bytes = readFileSync(full);
    if (bytes.subarray(0, 8192).includes(0)) continue; // binary
    files.push({ path, text: bytes.toString('utf8') });
  }
  return files;
}
