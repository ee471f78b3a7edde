/**
 * The package as a partner gets it (issue 19): `npm pack` of the build `npm test` made earlier (no
 * rebuild), checked by publint and attw, its file list free of tests and secrets; installed with
 * `npm install <tarball>` into an empty project outside the repository; the README's quick start
 * (its playwright.config.ts and first spec, taken from README.md as written) run there with 4
 * workers, twice; `npx iamsmart-sandbox` started and its readiness time printed (not asserted).
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../server/testing/free-port.ts';

const ROOT = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
/** Children get no npm_* variables of the `npm test` that runs us: they would steer the partner's npm. */
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));

function run(cmd: string, args: string[], cwd: string, timeoutMs: number, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, env: { ...cleanEnv, ...env }, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  return r;
}

/** The README's fenced block whose info string names `file` (```ts playwright.config.ts). */
export function readmeBlock(readme: string, file: string): string {
  const m = new RegExp('```[a-z]+ ' + file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + '\\n([\\s\\S]*?)\\n```').exec(readme);
  if (!m) throw new Error(`README.md has no code block for ${file} (a fence like \`\`\`ts ${file})`);
  return m[1] + '\n';
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));
}

/** Paths a test-only or bench module would have; the partner fixtures (dist/playwright/e2e/fixtures) are the product. */
const TEST_CODE =
  /(^|\/)(testing|bench)\/|\.(test|spec)\.|(^|\/|-)(fake|harness|contract|test-redis|instance-pair|pair-hooks|quality-server|worker-server|failure-context|playground-proxy|browser-recorder|secret-detector)[-.]|\.map$/;

let work: string;
let tarball: string;
let files: string[] = [];
let installed = false;

beforeAll(() => {
  for (const f of ['dist/server/server/entries/sandbox-cli.js', 'dist/playwright/e2e/fixtures/playwright.js', 'dist/web/index.html']) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first (npm test builds before vitest)`);
  }
  work = mkdtempSync(join(tmpdir(), 'iamsmart-partner-'));
  if (!relative(ROOT, work).startsWith('..')) throw new Error(`the partner project ${work} must be outside the repository`);
  const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT, 120_000);
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const info = (JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[])[0];
  tarball = join(work, info.filename);
  files = info.files.map((f) => f.path);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the package (npm pack)', () => {
  it('holds the built server, SPA and fixtures, and no test, fake, harness or bench module, source map or source', () => {
    expect(files).toContain('dist/server/server/entries/sandbox-cli.js');
    expect(files).toContain('dist/server/server/entries/playground-cli.js');
    expect(files).toContain('dist/playwright/e2e/fixtures/playwright.d.ts');
    expect(files).toContain('dist/server/server/entries/sandbox.d.ts');
    expect(files).toContain('dist/web/index.html');
    const allowed = /^(package\.json|README\.md|\.env\.example|docs\/[^/]+\.md|dist\/(server|web|playwright)\/.+)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('dist/') && TEST_CODE.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('holds no secret other than the documented test ones', () => {
    const dir = join(work, 'unpacked');
    mkdirSync(dir, { recursive: true });
    expect(run('tar', ['-xzf', tarball, '-C', dir], work, 60_000).status).toBe(0);
    const local = ['.env', 'playground.config.json'].filter((f) => existsSync(join(ROOT, f)));
    // Values of the developer's own, never committed, settings (real environments' secrets) must not ship.
    const localValues = local.flatMap((f) =>
      [...readFileSync(join(ROOT, f), 'utf8').matchAll(/[:=]\s*"?([^\s",]{12,})"?/g)].map((m) => m[1]),
    );
    const offenders: string[] = [];
    for (const file of filesUnder(join(dir, 'package'))) {
      const name = relative(join(dir, 'package'), file);
      if (/(^|\/)\.env(?!\.example$)/.test(name)) offenders.push(`${name}: an env file`);
      const text = readFileSync(file, 'latin1');
      // The personas' signing keys are the documented TEST ONLY keys (server/sandbox/personas/test-keys.json).
      if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text) && name !== 'dist/server/server/sandbox/personas/test-keys.json')
        offenders.push(`${name}: a private key`);
      for (const v of localValues) if (text.includes(v)) offenders.push(`${name}: a value of the local ${local.join(' / ')}`);
    }
    expect(offenders).toEqual([]);
    const env = readFileSync(join(dir, 'package/.env.example'), 'utf8');
    expect(env).not.toMatch(/^[A-Z_]*SECRET=\S/m);
  });

  it('passes publint and attw (ESM only) with no errors', () => {
    const lint = run(bin('publint'), ['run', tarball, '--strict'], work, 120_000);
    expect(lint.status, lint.stdout + lint.stderr).toBe(0);
    const types = run(bin('attw'), [tarball, '--profile', 'esm-only', '--no-color'], work, 120_000);
    expect(types.status, types.stdout + types.stderr).toBe(0);
  }, 240_000);

  it("installs into an empty project and runs the README's quick start with 4 workers, twice, all green", async () => {
    const app = join(work, 'partner-app');
    mkdirSync(join(app, 'tests'), { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'partner-app', version: '1.0.0', private: true }, null, 2));
    const playwrightVersion = (
      JSON.parse(readFileSync(join(ROOT, 'node_modules/@playwright/test/package.json'), 'utf8')) as { version: string }
    ).version;
    const install = run(
      'npm',
      ['install', '--save-dev', tarball, `@playwright/test@${playwrightVersion}`, '--no-audit', '--no-fund', '--prefer-offline'],
      app,
      300_000,
    );
    expect(install.status, install.stderr).toBe(0);
    installed = true;

    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const file of ['playwright.config.ts', 'tests/sandbox.spec.ts']) {
      mkdirSync(dirname(join(app, file)), { recursive: true });
      writeFileSync(join(app, file), readmeBlock(readme, file));
    }
    const port = await freePort();
    for (const round of [1, 2]) {
      const started = Date.now();
      const r = run(join(app, 'node_modules/.bin/playwright'), ['test', '--workers=4', '--reporter=json'], app, 240_000, {
        SANDBOX_PORT: String(port),
        CI: 'true',
      });
      const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as {
        stats: { expected: number; unexpected: number; flaky: number; skipped: number };
        errors: unknown[];
      };
      console.log(`partner quick start, round ${round}: ${JSON.stringify(report.stats)} in ${Date.now() - started} ms`);
      expect(report.errors, r.stderr).toEqual([]);
      expect(report.stats).toMatchObject({ unexpected: 0, flaky: 0, skipped: 0 });
      expect(report.stats.expected).toBeGreaterThanOrEqual(8);
    }
  }, 600_000);

  it('npx iamsmart-sandbox answers /healthz (readiness printed), npx iamsmart-playground serves the prebuilt SPA', async () => {
    expect(installed, 'the install above failed').toBe(true);
    const app = join(work, 'partner-app');
    const start = async (command: string, path: string) => {
      const port = await freePort();
      const started = performance.now();
      const child = spawn('npx', [command, '--port', String(port)], {
        cwd: app,
        env: { ...cleanEnv, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      try {
        for (;;) {
          if (child.exitCode !== null) throw new Error(`${command} exited ${child.exitCode}: ${err}`);
          const res = await fetch(`http://127.0.0.1:${port}${path}`).catch(() => undefined);
          if (res?.ok) return { ms: performance.now() - started, body: await res.text() };
          if (performance.now() - started > 30_000) throw new Error(`${command} not ready after 30 s: ${err}`);
          await new Promise((r) => setTimeout(r, 10));
        }
      } finally {
        child.kill('SIGTERM');
      }
    };
    const sandbox = await start('iamsmart-sandbox', '/healthz');
    console.log(`npx iamsmart-sandbox: /healthz answered ${Math.round(sandbox.ms)} ms after the start`);
    expect(JSON.parse(sandbox.body)).toEqual({ status: 'ok' });
    const playground = await start('iamsmart-playground', '/');
    console.log(`npx iamsmart-playground: the SPA answered ${Math.round(playground.ms)} ms after the start`);
    expect(playground.body).toContain('<div id="app"');
    const bad = run(join(app, 'node_modules/.bin/iamsmart-sandbox'), ['--prot', '1'], app, 30_000);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown argument '--prot'");
  }, 120_000);
});
