#!/usr/bin/env node
/**
 * `npm test`: every check in one command. Typecheck, lint, format (prettier --check) and build, then vitest and Playwright,
 * each writing a JSON report; the last line sums them as `N passed, N failed` (CI reads it).
 * A failed typecheck, lint or build counts as one failure. Exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';

const only = process.argv[2]; // optional: 'unit' or 'e2e'
const results = { passed: 0, failed: 0 };
const failures = [];

function run(label, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${label}: ${cmd} ${args.join(' ')}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  process.stdout.write(`=== ${label}: exit ${r.status ?? r.signal} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return r.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const bin = (name) => `node_modules/.bin/${name}`;

check('typecheck', bin('vue-tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('lint', bin('eslint'), ['.', '--max-warnings=0']);
check('format', bin('prettier'), ['--check', '.', '--log-level=warn']);

// Built first: vitest checks the build output (server/build-output.test.ts) and Playwright serves it.
const built = run('build', 'npm', ['run', 'build', '--silent']);
if (!built) {
  results.failed += 1;
  failures.push('build');
}

if (only !== 'e2e') {
  const ok = run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
  const report = readJson('test-results/vitest.json');
  if (report) {
    results.passed += report.numPassedTests;
    results.failed += report.numFailedTests;
    if (report.numFailedTests > 0) failures.push(`vitest (${report.numFailedTests})`);
  }
  if (!ok && (!report || report.numFailedTests === 0)) {
    results.failed += 1;
    failures.push('vitest (run failed)');
  }
}

if (only !== 'unit') {
  if (built) {
    const ok = run('playwright', bin('playwright'), ['test']);
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
    if (!ok && (!report?.stats || report.stats.unexpected === 0) && !report?.errors?.length) {
      results.failed += 1;
      failures.push('playwright (run failed)');
    }
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 || !existsSync('test-results') ? 1 : 0);
