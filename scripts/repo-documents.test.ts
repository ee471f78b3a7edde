/**
 * The repository stands alone (issue 19): no file names a path outside it, and every citation of
 * its own documents resolves (`docs/<file>.md §N` to a numbered heading, `docs/<file>.md <ID>` to an
 * id the document defines, links and backticked paths in Markdown to files that exist).
 *
 * The examples below are assembled from pieces so that this file itself never holds the strings it
 * looks for.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkDocuments, docAnchors, findCitations } from './doc-citations.ts';
import { ALLOW_MARKER, climbsOut, findOutsidePaths, type Finding } from './outside-paths.ts';
import { gitignored, repoFiles, type RepoFile } from './repo-files.ts';
import { QUALITY_TARGETS, testedInFindings } from './tested-in.ts';

const ROOT = resolve(import.meta.dirname, '..');
const UP = '..' + '/';
const WORK = '/' + 'work' + '/';
const NOTES = ['shared', 'docs'].join('/');
const doc = (name: string) => ['docs', `${name}.md`].join('/');

function format(f: Finding): string {
  return `${f.file}:${f.line}: ${f.found} — ${f.fix}`;
}

describe('the files of the repository', () => {
  it('walks a tree without git, leaving out what .gitignore hides, node_modules, dist and binaries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'repo-files-'));
    try {
      for (const d of ['src', 'node_modules/pkg', 'dist', 'out']) mkdirSync(join(dir, d), { recursive: true });
      writeFileSync(join(dir, '.gitignore'), 'out/\n*.local.json\n');
      for (const f of ['src/a.ts', 'node_modules/pkg/index.js', 'dist/b.js', 'out/c.ts', 'x.local.json', 'README.md'])
        writeFileSync(join(dir, f), 'text');
      writeFileSync(join(dir, 'src/logo.png'), Buffer.from([0x89, 0x50, 0, 0x47]));
      expect(repoFiles(dir).map((f) => f.path)).toEqual(['.gitignore', 'README.md', 'src/a.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('paths outside the repository', () => {
  it('finds the team notes, machine paths and climbs out of the repository, and nothing inside it', () => {
    const text = [
      `see ${UP}${NOTES}/sandbox-contract.md`, // 1
      `at ${WORK}${NOTES}/api-facts.md`, // 2: a machine path and the notes
      `import x from '${UP}${UP}shared/catalogue/index.ts';`, // 3: inside, from server/proxy
      `resolve(dir, '${UP}${UP}${UP}other-repo/x.ts')`, // 4: climbs out
      `'${UP}${UP}${UP}etc/passwd' // ${ALLOW_MARKER}`, // 5: allowed on purpose
      `const spread = [...rest];`, // 6: not a path
      `https://example.com${WORK}page`, // 7: a URL path, not a file
    ].join('\n');
    const lines = findOutsidePaths('server/proxy/x.ts', text).map((f) => f.line);
    expect(lines).toEqual([1, 2, 2, 4]);
    expect(climbsOut('server/proxy/x.ts', `${UP}${UP}package.json`)).toBe(false);
    expect(climbsOut('vite.config.ts', `${UP}dist/web`)).toBe(true);
  });

  it('holds for every file of the repository (node_modules, dist and .git excluded)', () => {
    const files = repoFiles(ROOT);
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path === 'scripts/repo-documents.test.ts')).toBe(true);
    const findings = files.flatMap((f) => findOutsidePaths(f.path, f.text));
    expect(findings.map(format)).toEqual([]);
  });
});

describe('citations of docs/', () => {
  const sample = [
    '# Title',
    '## 1. Where it lives',
    '### 5.10 Return codes',
    '## D2. Security',
    '| id | what |',
    '|---|---|',
    '| SEC-5 | CSRF |',
    '| **T-P8** | bodies |',
  ].join('\n');

  it('reads numbered headings and ids as anchors', () => {
    expect([...docAnchors(sample)].sort()).toEqual(['D2', 'SEC-5', 'T-P8', '§1', '§5.10']);
  });

  it('reads the anchors after a cited document, lists and ranges included', () => {
    const text = [
      `(${doc('a')} §5, §6)`,
      `${doc('a')} §5-§7 and more`,
      `${doc('q')} SEC-9, T-J3, T-J8.`,
      `${doc('q')} D2 coverage`,
      `${doc('a')} decides`,
    ].join('\n');
    expect(findCitations('x.ts', text).map((c) => `${c.line} ${c.doc} ${c.anchors.join(',')}`)).toEqual([
      `1 ${doc('a')} §5,§6`,
      `2 ${doc('a')} §5,§7`,
      `3 ${doc('q')} SEC-9,T-J3,T-J8`,
      `4 ${doc('q')} D2`,
      `5 ${doc('a')} `,
    ]);
  });

  it('reports a missing document, section or id, a bare name and a missing path, with file and line', () => {
    const files: RepoFile[] = [
      { path: doc('a'), text: sample },
      { path: 'server/x.ts', text: `// ${doc('a')} §1, §9\n// ${doc('a')} SEC-5, SEC-99\n// ${doc('gone')}\n// see a.md` },
      {
        path: 'server/README.md',
        text: `[ok](../${doc('a')}) [bad](../${doc('b')}) [gone](gone.md) \`server/missing.ts\` \`server/x.ts\``,
      },
    ];
    expect(checkDocuments(files).map((f) => `${f.file}:${f.line} ${f.found}`)).toEqual([
      `server/README.md:1 ${doc('b')}`,
      'server/README.md:1 gone.md',
      'server/README.md:1 server/missing.ts',
      `server/x.ts:1 ${doc('a')} §9`,
      `server/x.ts:2 ${doc('a')} SEC-99`,
      `server/x.ts:3 ${doc('gone')}`,
      'server/x.ts:4 a.md',
    ]);
  });

  it('resolves every citation, link and backticked path in the repository', () => {
    const files = repoFiles(ROOT);
    for (const name of ['sandbox-contract', 'api-facts', 'quality-targets', 'security-model', 'README']) {
      expect(
        files.some((f) => f.path === doc(name)),
        `${doc(name)} exists`,
      ).toBe(true);
    }
    expect(checkDocuments(files, gitignored(ROOT)).map(format)).toEqual([]);
  });
});

describe('the "tested in" column of docs/quality-targets.md', () => {
  const table = [
    '| id | what | tested in |',
    '|---|---|---|',
    '| T-P8 | bodies | `server/a.test.ts`, `server/b.test.ts` |',
    '| T-P9 | slow | not named yet |',
    '| T-S1 | replay | `server/b.test.ts` |',
  ].join('\n');

  it('accepts a row when one of its test files mentions the id, and reports the row otherwise', () => {
    const files: RepoFile[] = [
      { path: QUALITY_TARGETS, text: table },
      { path: 'server/a.test.ts', text: "it('T-P8: refuses 2 MB', () => {});" },
      { path: 'server/b.test.ts', text: "it('refuses a replay', () => {});" },
    ];
    expect(testedInFindings(files).map((f) => `${f.line} ${f.found}`)).toEqual(['5 T-S1: server/b.test.ts']);
  });

  it('holds for the repository', () => {
    expect(testedInFindings(repoFiles(ROOT)).map(format)).toEqual([]);
  });
});
