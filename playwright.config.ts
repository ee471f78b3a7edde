import { defineConfig, devices } from '@playwright/test';
import type { SandboxOptions } from './e2e/fixtures/playwright.ts';
import { existsSync } from 'node:fs';

// Debian's Chromium (apt-get install -y chromium): `npx playwright install` cannot download here.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(`Chromium not found at ${chromium}. Install it with 'apt-get install -y chromium' or set CHROMIUM_PATH.`);
}

const PORT = Number(process.env.E2E_PORT ?? 8797);
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig<SandboxOptions>({
  testDir: './e2e',
  testMatch: /.*\.spec\.ts$/,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Parallel-safe: each worker has a playground server of its own (e2e/fixtures/worker-server.ts),
  // and the partner fixtures give each test its own sandbox client on the shared web server below.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // Its own folder: npm test runs vitest beside Playwright, and Playwright empties outputDir first.
  outputDir: 'test-results/e2e',
  // Saves the server's last exchanges and the sandbox's transactions for .ci/run's failure summary.
  globalTeardown: './e2e/fixtures/failure-context.ts',
  use: {
    baseURL: E2E_BASE_URL,
    // The UI opens in the browser's language (web/src/i18n/first-language.ts): the specs read English
    // unless they ask for another (e2e/trilingual.spec.ts), whatever the machine's own locale.
    locale: 'en-US',
    // The partner fixtures (e2e/partner-example.spec.ts) talk to the shared web server's sandbox.
    sandboxUrl: `${E2E_BASE_URL}/sandbox`,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Built once by the test command; the server starts in ~250 ms.
    command: 'node dist/server/server/index.js',
    url: `${E2E_BASE_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      PLAYGROUND_CONFIG: 'e2e/playground.e2e.json',
      ENV_FILE: 'e2e/.env.none',
    },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
