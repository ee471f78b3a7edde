/**
 * The server build ships no test kit (issue 20): dist/server holds no test, fake, harness, fixture,
 * contract suite or bench module, and every package its modules import is a runtime dependency of
 * package.json (so nothing reaches for vitest, fast-check or another dev-only package). Reads the
 * output of `npm run build`, which `npm test` runs before vitest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist/server');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Names that only test code has: *.test / *.spec, a testing/ folder, fakes, harnesses, fixtures, contract suites, benches. */
const TEST_KIT_PATH =
  /(^|\/)(testing|bench|e2e)\/|\.(test|spec)\.|(^|\/|-)(fake|harness|fixture|contract|bench|test-redis|instance-pair|pair-hooks|quality-server|switchable-upstream|loopback-upstream)[-.]/;

/** Bare specifiers of static imports, dynamic imports and createRequire(...)('x') calls. */
function importedPackages(source: string): string[] {
  // Statements at the start of a line, so an import written inside a comment or a string is not one.
  const specs = [
    ...source.matchAll(/^\s*(?:import|export)\s[^'"\n]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...source.matchAll(/createRequire\([^)]*\)\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]);
  return specs
    .filter((s) => !s.startsWith('.') && !s.startsWith('/'))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]));
}

describe('the server build (dist/server)', () => {
  const built = existsSync(join(dist, 'server/index.js'));
  const modules = built
    ? filesUnder(dist)
        .map((f) => relative(dist, f))
        .filter((f) => f.endsWith('.js'))
    : [];

  it('exists (npm test builds before vitest)', () => {
    expect(built, `no ${relative(root, dist)}/server/index.js: run \`npm run build\` first`).toBe(true);
    expect(modules.length).toBeGreaterThan(50);
  });

  it('holds no test, fake, harness, fixture, contract suite or bench module', () => {
    expect(modules.filter((f) => TEST_KIT_PATH.test(f))).toEqual([]);
  });

  it('the pattern above does catch the test kit (so the check can fail)', () => {
    for (const f of [
      'server/testing/fake-sandbox.js',
      'server/proxy/fake-sandbox.js',
      'server/sandbox/test-harness.js',
      'server/scale/test-redis.js',
      'bench/index.js',
      'server/app.test.js',
    ])
      expect(TEST_KIT_PATH.test(f), f).toBe(true);
    for (const f of ['server/app.js', 'server/sandbox/crypto/persona-keys.js', 'server/proxy/upstream-fault.js'])
      expect(TEST_KIT_PATH.test(f), f).toBe(false);
  });

  it('imports only node built-ins and the runtime dependencies of package.json (no vitest, no fast-check)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const allowed = new Set([...Object.keys(pkg.dependencies), ...builtinModules]);
    const offenders: string[] = [];
    for (const f of modules) {
      for (const name of importedPackages(readFileSync(join(dist, f), 'utf8'))) {
        const bare = name.replace(/^node:/, '');
        if (name === 'vitest' || name === 'fast-check' || !allowed.has(bare)) offenders.push(`${f} imports ${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the import scan sees static, dynamic and createRequire imports', () => {
    const src = [
      "import { a } from 'vitest';",
      "export { b } from '@scope/pkg/sub';",
      "import 'reflect-metadata';",
      "const b = await import('fast-check');",
      "const c = createRequire(import.meta.url)('ioredis');",
      "import x from './local.js';",
      " * `import { createSandbox } from 'in-a-comment'`",
      "  `import { test } from 'in-a-string';`,",
    ].join('\n');
    expect(importedPackages(src).sort()).toEqual(['@scope/pkg', 'fast-check', 'ioredis', 'reflect-metadata', 'vitest']);
  });
});
