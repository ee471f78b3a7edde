/**
 * `npm run mutate`: mutation testing (StrykerJS + its vitest runner) over the pure rules in shared/
 * and the sandbox's flow and crypto code. Not part of `npm test` (it takes far longer than a few
 * minutes on 2 cores); its score and survivors are reported in reports/mutation/.
 * Narrow it while working: `npm run mutate -- --mutate shared/validation/validate.ts`.
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['shared/**/*.ts', 'server/sandbox/flow/**/*.ts', 'server/sandbox/crypto/**/*.ts', '!**/*.test.ts'],
  coverageAnalysis: 'perTest',
  disableTypeChecks: '{shared,server}/**/*.ts',
  // A mutant of a module-level constant changes every test's world and would need the whole suite
  // per mutant; Stryker marks those "static" and leaves them out of the score (reported as ignored).
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'test-results', 'playwright-report', 'bench/results*.json'],
  thresholds: { high: 90, low: 80, break: 80 },
};
