#!/usr/bin/env node
/**
 * `npm test`: every check in one command. Typecheck, lint, format (prettier --check) and build run
 * side by side; once the build is there (vitest checks the build output, Playwright serves it),
 * vitest and Playwright run side by side too, each writing a JSON report. The last line sums them
 * as `N passed, N failed` (CI reads it). A failed typecheck, lint, format or build counts as one
 * failure. Exits non-zero if anything failed.
 *
 * Why side by side: each check alone leaves a core idle most of the time (vue-tsc, eslint and
 * prettier are single-threaded; the e2e tests wait on the browser and on the sandbox's timers), and
 * `npm test` must stay under 5 minutes on 2 cores. Each line of output is prefixed with its check's
 * name so interleaved output stays readable. `npm test -- unit` or `-- e2e` runs one side only.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';

const only = process.argv[2]; // optional: 'unit' or 'e2e'
const results = { passed: 0, failed: 0 };
const failures = [];
const bin = (name) => `node_modules/.bin/${name}`;

/** Runs one check, its output prefixed line by line; resolves to whether it exited 0. */
function run(label, cmd, args) {
  const started = Date.now();
  process.stdout.write(`=== ${label}: ${cmd} ${args.join(' ')}\n`);
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        for (const line of lines) process.stdout.write(`[${label}] ${line}\n`);
      });
      stream.on('end', () => rest && process.stdout.write(`[${label}] ${rest}\n`));
    }
    child.on('error', (err) => process.stdout.write(`[${label}] could not start: ${err.message}\n`));
    child.on('close', (code, signal) => {
      process.stdout.write(`=== ${label}: exit ${code ?? signal} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      resolveRun(code === 0);
    });
  });
}

function fail(label) {
  results.failed += 1;
  failures.push(label);
}

async function check(label, cmd, args) {
  if (await run(label, cmd, args)) results.passed += 1;
  else fail(label);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

async function vitest() {
  const ok = await run('vitest', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/vitest.json',
  ]);
  const report = readJson('test-results/vitest.json');
  if (report) {
    results.passed += report.numPassedTests;
    results.failed += report.numFailedTests;
    if (report.numFailedTests > 0) failures.push(`vitest (${report.numFailedTests})`);
  }
  if (!ok && (!report || report.numFailedTests === 0)) fail('vitest (run failed)');
}

async function playwright() {
  const ok = await run('playwright', bin('playwright'), ['test']);
  const report = readJson('test-results/playwright.json');
  if (report?.stats) {
    results.passed += report.stats.expected;
    results.failed += report.stats.unexpected + (report.stats.flaky ?? 0);
    if (report.stats.unexpected > 0) failures.push(`playwright (${report.stats.unexpected})`);
    if (report.errors?.length) {
      results.failed += report.errors.length;
      failures.push(`playwright errors: ${report.errors.map((e) => e.message?.split('\n')[0]).join('; ')}`);
    }
  }
  if (!ok && (!report?.stats || report.stats.unexpected === 0) && !report?.errors?.length) fail('playwright (run failed)');
}

const started = Date.now();
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

const build = run('build', 'npm', ['run', 'build', '--silent']).then((built) => {
  if (!built) {
    fail('build');
    return;
  }
  // Playwright keeps its artefacts in test-results/e2e (playwright.config.ts), so it never deletes vitest's report.
  return Promise.all([only !== 'e2e' && vitest(), only !== 'unit' && playwright()]);
});
await Promise.all([
  check('typecheck', bin('vue-tsc'), ['--noEmit', '-p', 'tsconfig.json']),
  check('lint', bin('eslint'), ['.', '--max-warnings=0']),
  check('format', bin('prettier'), ['--check', '.', '--log-level=warn']),
  build,
]);

console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failures.length) console.log(`Failed: ${failures.join(', ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 || !existsSync('test-results') ? 1 : 0);
