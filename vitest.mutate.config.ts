/**
 * The tests `npm run mutate` runs against each mutant (stryker.config.mjs): every unit suite that
 * exercises shared/ and the sandbox's flow and crypto code, without the ones that start outside
 * programs or need the build (Prism, Redis, the kits' toolchains, the package and build-output
 * checks), which would make each of thousands of mutant runs slow without testing these rules.
 */
import { configDefaults, defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { UNIT_TESTS } from './vitest.config.ts';

export default defineConfig({
  plugins: [vue()],
  test: {
    include: UNIT_TESTS,
    environment: 'node',
    // Instrumented code on 2 shared cores at nice 19 runs several times slower than `npm test`; the
    // heaviest suites (the inspector's retention budget) need the room.
    testTimeout: 120_000,
    hookTimeout: 30_000,
    // One module graph for all files in the runner's single worker: each mutant run then costs
    // the tests, not re-importing the whole sandbox per file.
    isolate: false,
    exclude: [
      ...configDefaults.exclude,
      'scripts/**',
      'server/scale/**',
      'server/build-output.test.ts',
      'server/sandbox/contract/prism-proxy.test.ts',
      'server/sandbox/store/redis-store.test.ts',
      'server/quality/load-flows.test.ts',
      // Raises a stray exception and rejection on purpose; in the one shared module graph another
      // suite's WebAssembly module aborts on it. It tests the process's last resort, none of the scope.
      'server/last-resort.test.ts',
      // Sweeps 20,000 transactions on a real timer and expects it done in time: under instrumented
      // code on busy cores it is not, and a dry run with a failed test runs no mutant at all.
      'server/sandbox/index.test.ts',
    ],
  },
});
