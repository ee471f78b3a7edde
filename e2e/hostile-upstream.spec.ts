/**
 * A hostile environment in a real browser (docs/quality-targets.md SEC-1): the playground runs as
 * `npm start` runs it, with one real environment configured the way a partner would (env vars),
 * pointing at a loopback upstream that echoes the configured secret in every header and encoding,
 * compressed and not (server/testing/hostile-upstream.ts). A person calls it from the workbench,
 * the page fetches every leaky path, and the SPA shows the exchanges; then everything Chromium
 * received (responses after its own decoding, headers, HTML, storage, console, events) and the
 * server's log are scanned with the secret detector: nothing may be found.
 */
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { BrowserRecorder, type Seen } from './fixtures/browser-recorder.ts';
import { findSecret, secretForms, type Finding } from './fixtures/secret-detector.ts';
import { WorkbenchPage } from './pages/workbench-page.ts';
import { hostilePaths, startHostileUpstream } from '../server/testing/hostile-upstream.ts';
import type { Loopback } from '../server/testing/loopback-upstream.ts';

const SECRET = randomBytes(32).toString('hex');
const CLIENT_ID = 'hostile-e2e-client';
const FORMS = secretForms(SECRET, CLIENT_ID);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The built server, as `npm start` runs it, with the hostile environment from env vars. */
async function startPlayground(upstream: Loopback): Promise<{ url: string; child: ChildProcess; log: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/server/server/index.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ENV_FILE: 'e2e/.env.none',
      PLAYGROUND_CONFIG: 'e2e/playground.e2e.json',
      LOG_LEVEL: '',
      FILLEASY_ENV_HOSTILE_BASE_URL: upstream.url,
      FILLEASY_ENV_HOSTILE_CLIENT_ID: CLIENT_ID,
      FILLEASY_ENV_HOSTILE_CLIENT_SECRET: SECRET,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('playground listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the playground exited (${code}) before listening: ${log.slice(-500)}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, log: () => log };
}

let upstream: Loopback;
let playground: Awaited<ReturnType<typeof startPlayground>>;

test.beforeAll(async () => {
  upstream = await startHostileUpstream();
  playground = await startPlayground(upstream);
});

test.afterAll(async () => {
  playground?.child.kill('SIGTERM');
  await upstream?.close();
});

function scan(seen: Seen[]): Finding[] {
  return seen.flatMap((s) => findSecret(s.source, s.text, FORMS));
}

test('a hostile environment gets no form of its secret into the browser, decoded or not', async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ baseURL: playground.url });
  const recorder = await BrowserRecorder.attach(context);
  const page = await context.newPage();
  const wb = new WorkbenchPage(page);

  // 1. A person picks the environment and sends a request: the gzip answer quotes the secret in every form.
  await wb.open();
  await page.getByTestId('env-select').selectOption('hostile');
  await wb.pick('auth');
  await wb.editorReady();
  const answered = page.waitForResponse((r) => r.url().includes('/proxy/hostile/'));
  await wb.send();
  expect((await answered).status()).toBe(200);
  await expect(wb.body).toContainText('[REDACTED]');

  // 2. The page itself fetches every leaky path through the proxy (headers, every encoding and form).
  const paths = hostilePaths().map((p) => p.path);
  const statuses = await page.evaluate(async (list) => {
    const out: number[] = [];
    for (const path of list)
      out.push((await fetch(`/proxy/hostile${path}`, { headers: { 'x-playground': '1' }, redirect: 'manual' })).status);
    return out;
  }, paths);
  expect(statuses).toEqual(hostilePaths().map((p) => (p.expect === 302 ? 0 : p.expect)));

  // 3. The exchanges as the SPA shows them, and the history the workbench kept.
  await wb.open();
  await wb.showTab('history');
  await expect(page.getByTestId('history-entry').first()).toBeVisible();
  await page.goto('/flows');
  await expect(page.getByTestId('flows-view')).toBeVisible();

  await recorder.snapshot();
  const seen = await recorder.settle();
  // The recording covered the leaky answers, decoded by Chromium.
  expect(
    seen.some(
      (s) => s.source.includes('/proxy/hostile/body/unicode/gzip-br') && s.source.endsWith('body') && s.text.includes('[REDACTED]'),
    ),
  ).toBe(true);
  expect(
    seen.some((s) => s.source.includes('/proxy/hostile/headers') && s.source.endsWith('headers') && s.text.includes('www-authenticate')),
  ).toBe(true);
  expect(scan(seen)).toEqual([]);
  expect(findSecret('server log', playground.log(), FORMS)).toEqual([]);
  await context.close();
});
