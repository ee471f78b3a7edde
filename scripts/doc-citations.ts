/**
 * Checks that what the repository cites exists in the repository: `docs/<file>.md §N` must name a
 * numbered heading of that document, `docs/<file>.md <ID>` (SEC-5, T-P8, D2 …) an id that the
 * document defines (a heading or the first cell of a table row), and the document itself must
 * exist. Markdown files' relative links and backticked repository paths must point at files that
 * are there, and a document of docs/ is cited by its path (`docs/api-facts.md`), not its bare name.
 */
import { posix } from 'node:path';
import type { Finding } from './outside-paths.ts';
import { lineAt, type RepoFile } from './repo-files.ts';

const SECTION = String.raw`§\s?\d+(?:\.\d+)*`;
const ID = String.raw`(?:[A-Z]{1,4}-[A-Z]?\d+|D\d+)\b`;
const ANCHOR = `(?:${SECTION}|${ID})`;
/** A cited document and the anchors right after it: `§5, §6`, `§5-§7`, `SEC-9, T-J3` after the document's path. */
const CITATION = new RegExp(String.raw`(?<![\w.-]|shared/)docs/([a-z0-9][a-z0-9-]*)\.md((?:[ \t]*(?:,|and|-|–|\/)?[ \t]*${ANCHOR})*)`, 'g');
const ANCHOR_TOKEN = new RegExp(String.raw`§\s?(\d+(?:\.\d+)*)|(${ID})`, 'g');
/** Names of the team's old notes: cited bare, they point at nothing a person who clones the repository has. */
const OLD_NOTES = ['sandbox-contract', 'api-facts', 'quality-targets', 'house-style', 'toolchain'];
const MD_LINK = /\[[^\]\n]*\]\(([^)\s]+)(?:\s+"[^"\n]*")?\)/g;
const REPO_TOP = ['server', 'shared', 'web', 'e2e', 'bench', 'scripts', 'docs', 'kits', '.ci'];
const BACKTICK_PATH = new RegExp(String.raw`\x60((?:${REPO_TOP.map((t) => t.replace('.', '\\.')).join('|')})/[^\x60\s]*)\x60`, 'g');

export interface Citation {
  file: string;
  line: number;
  doc: string;
  anchors: string[];
}

export function findCitations(file: string, text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(CITATION)) {
    const anchors = [...m[2].matchAll(ANCHOR_TOKEN)].map((a) => (a[1] !== undefined ? `§${a[1]}` : a[2]));
    out.push({ file, line: lineAt(text, m.index), doc: `docs/${m[1]}.md`, anchors });
  }
  return out;
}

/** The anchors a document defines: `§N` for each numbered heading, ids that lead a heading or a table row. */
export function docAnchors(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      const n = /^(?:§\s?)?(\d+(?:\.\d+)*)(?=[.\s]|$)/.exec(heading[1]);
      if (n) out.add(`§${n[1]}`);
      const id = new RegExp(String.raw`^(?:\*\*)?(${ID})`).exec(heading[1]);
      if (id) out.add(id[1]);
      continue;
    }
    const row = new RegExp(String.raw`^\|\s*(?:\*\*)?\x60?(${ID})\x60?(?:\*\*)?\s*\|`).exec(line);
    if (row) out.add(row[1]);
  }
  return out;
}

function citationFindings(files: readonly RepoFile[], byPath: Map<string, RepoFile>): Finding[] {
  const anchorsOf = new Map<string, Set<string>>();
  const out: Finding[] = [];
  for (const f of files) {
    for (const c of findCitations(f.path, f.text)) {
      const doc = byPath.get(c.doc);
      if (!doc) {
        out.push({
          file: c.file,
          line: c.line,
          found: c.doc,
          fix: `${c.doc} does not exist: write it, or cite one of ${[...byPath.keys()].filter((p) => /^docs\/[^/]+\.md$/.test(p)).join(', ')}`,
        });
        continue;
      }
      if (!anchorsOf.has(c.doc)) anchorsOf.set(c.doc, docAnchors(doc.text));
      const known = anchorsOf.get(c.doc)!;
      for (const a of c.anchors) {
        if (!known.has(a))
          out.push({
            file: c.file,
            line: c.line,
            found: `${c.doc} ${a}`,
            fix: `${c.doc} has no ${a.startsWith('§') ? `heading numbered ${a.slice(1)}` : `id ${a} (a heading or a table row starting with it)`}: cite an existing one or add it there`,
          });
      }
    }
  }
  return out;
}

function bareNameFindings(f: RepoFile, docNames: Set<string>): Finding[] {
  if (f.path.startsWith('docs/')) return []; // documents link to each other by their relative name
  const names = [...new Set([...docNames, ...OLD_NOTES])].filter((n) => n.toLowerCase() !== 'readme');
  if (!names.length) return [];
  const bare = new RegExp(String.raw`(?<![\w/.-])(${names.join('|')})\.md\b`, 'g');
  return [...f.text.matchAll(bare)].map((m) => ({
    file: f.path,
    line: lineAt(f.text, m.index),
    found: m[0],
    fix: docNames.has(m[1]) ? `cite it by its path: docs/${m[1]}.md` : `${m[0]} is not in the repository: cite a document of docs/ instead`,
  }));
}

function markdownPathFindings(f: RepoFile, exists: (p: string) => boolean): Finding[] {
  if (!f.path.endsWith('.md')) return [];
  const out: Finding[] = [];
  for (const m of f.text.matchAll(MD_LINK)) {
    const target = m[1].replace(/[#?].*$/, '');
    if (!target || /^[a-z][a-z0-9+.-]*:/i.test(m[1])) continue;
    if (/(^|\/)docs\/[a-z0-9][a-z0-9-]*\.md$/.test(target)) continue; // a citation: checked with the others
    const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(f.path), target));
    if (resolved.startsWith('../')) continue; // reported as a path outside the repository
    if (!exists(resolved.replace(/\/$/, '')))
      out.push({
        file: f.path,
        line: lineAt(f.text, m.index),
        found: m[1],
        fix: `the link points at ${resolved}, which is not in the repository`,
      });
  }
  for (const m of f.text.matchAll(BACKTICK_PATH)) {
    const path = m[1].replace(/[.,:;)]+$/, '').replace(/\/$/, '');
    if (/[<>*{}…]|\.\.\./.test(path) || /\s/.test(path)) continue; // a pattern, not a path
    if (!exists(path))
      out.push({
        file: f.path,
        line: lineAt(f.text, m.index),
        found: m[1],
        fix: `${path} is not in the repository: fix the path, or drop it`,
      });
  }
  return out;
}

/**
 * `ignored` tells paths .gitignore hides (build output like `bench/results.json`): a document may
 * name them although no clone holds them until it runs the tool that writes them.
 */
export function checkDocuments(files: readonly RepoFile[], ignored: (path: string) => boolean = () => false): Finding[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const dirs = new Set<string>();
  for (const p of byPath.keys()) for (let d = posix.dirname(p); d !== '.'; d = posix.dirname(d)) dirs.add(d);
  const exists = (p: string) => byPath.has(p) || dirs.has(p) || ignored(p);
  const docNames = new Set([...byPath.keys()].filter((p) => /^docs\/[^/]+\.md$/.test(p)).map((p) => p.slice(5, -3)));
  return [
    ...citationFindings(files, byPath),
    ...files.flatMap((f) => [...bareNameFindings(f, docNames), ...markdownPathFindings(f, exists)]),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
