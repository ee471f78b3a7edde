import { configDefaults, defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export const UNIT_TESTS = [
  'server/**/*.test.ts',
  'shared/**/*.test.ts',
  'web/src/**/*.test.ts',
  'scripts/**/*.test.ts',
  'bench/**/*.test.ts',
];
/**
 * Files that need a module graph and process of their own: they count every timer or own the
 * process's last-resort handlers, which a module another file loaded (zopfli's Emscripten runtime
 * adds process handlers) would disturb.
 */
const OWN_PROCESS = ['server/last-resort.test.ts', 'server/sandbox/index.test.ts'];

export default defineConfig({
  plugins: [vue()],
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      // One module graph per worker: re-importing the sandbox, the catalogue and Vue for each of
      // ~120 files cost more than the tests themselves (226 s -> 154 s on 2 cores).
      { extends: true, test: { name: 'unit', include: UNIT_TESTS, exclude: [...configDefaults.exclude, ...OWN_PROCESS], isolate: false } },
      { extends: true, test: { name: 'isolated', include: OWN_PROCESS } },
    ],
  },
});
