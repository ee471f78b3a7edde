/**
 * Recordings become tests (issue 19): an Auth → Form Filling flow made through the playground's
 * proxy and recorded as the SPA exports it (makeRecording over the server's flows and exchanges),
 * turned into a Playwright spec (shared/recordings/recording-spec.ts), runs green against a fresh
 * sandbox with the package's fixtures ('iamsmart-playground/playwright', resolved to the build
 * through the package's own exports). A deliberately wrong recording makes the same spec fail.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../server/app.ts';
import { testConfig } from '../server/config.ts';
import { memoryLogger } from '../server/log.ts';
import { createSandbox, type EmbeddedSandbox } from '../server/entries/sandbox.ts';
import type { Exchange, Flow } from '../shared/inspector/records.ts';
import { recordingToSpec, REPLAY_REDIRECT } from '../shared/recordings/recording-spec.ts';
import { makeRecording } from '../web/src/features/flows/recording.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, 'test-results/recorded-flow-spec');
const JSON_HEADERS = { 'x-playground': '1', 'content-type': 'application/json' };

/** Auth then Form Filling through the proxy, decided with the control API, as a person would in the playground. */
async function recordAuthThenFormFilling() {
  const server = createServer({ config: testConfig(), log: memoryLogger() });
  const app = server.app;
  const post = async (path: string, body: unknown, headers: Record<string, string> = JSON_HEADERS) => {
    const res = await app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown>,
      flowId: res.headers.get('x-playground-flow-id') ?? undefined,
    };
  };
  const control = (action: string, body: unknown) =>
    post(`/sandbox/_control/${action}`, body, {
      'content-type': 'application/json',
      'x-client-id': 'sandbox-client',
      'x-client-secret': testConfig().clients[0].secret,
    });
  const auth = await post('/proxy/sandbox/iamsmart/v2/request/auth', {
    source: 'PC_Browser',
    redirect: 'http://127.0.0.1:8787/callback',
    scope: 'eidapi_auth eidapi_formFilling',
    lang: 'en-US',
  });
  expect(auth.status).toBe(200);
  expect((await control('approve', { token: auth.body.token, persona: 'cheung-mei-yee' })).status).toBe(200);
  expect((await post('/proxy/sandbox/iamsmart/v2/callback/client', { token: auth.body.token })).status).toBe(200);
  const form = await post('/proxy/sandbox/iamsmart/v2/request/formfilling', {
    token: auth.body.token,
    source: 'PC_Browser',
    profileFields: ['enName', 'chName'],
  });
  expect(form.status).toBe(200);
  expect((await control('approve', { token: form.body.token })).status).toBe(200);
  expect((await post('/proxy/sandbox/iamsmart/v2/callback/client', { token: form.body.token })).status).toBe(200);

  const get = async <T>(path: string) => (await (await app.request(path, { headers: { 'x-playground': '1' } })).json()) as T;
  // The inspector follows the sandbox's change events on its own; wait until it knows who approved.
  await expect
    .poll(async () => (await get<Flow>(`/api/flows/${auth.flowId}`)).transaction?.persona, { timeout: 10_000 })
    .toBe('cheung-mei-yee');
  const root = await get<Flow>(`/api/flows/${auth.flowId}`);
  const flows = [root, ...(await Promise.all(root.children.map((id) => get<Flow>(`/api/flows/${id}`))))];
  const { exchanges } = await get<{ exchanges: Exchange[] }>('/api/exchanges?limit=100');
  await server.close();
  return makeRecording(root.id, { flows, exchanges });
}

/** Runs Playwright on the spec in a child; async, because the sandbox it calls lives in this process. */
async function runSpec(name: string, spec: string, sandboxUrl: string) {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, `${name}.spec.ts`), spec);
  writeFileSync(
    join(DIR, 'playwright.config.ts'),
    `export default { testDir: '.', workers: 1, use: { sandboxUrl: ${JSON.stringify(sandboxUrl)} } };\n`,
  );
  const child = spawn(
    join(ROOT, 'node_modules/.bin/playwright'),
    ['test', '-c', DIR, `${name}.spec.ts`, '--reporter=json', `--output=${join(DIR, 'out')}`],
    {
      cwd: ROOT,
      env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_'))),
    },
  );
  const r = { stdout: '', stderr: '' };
  child.stdout.on('data', (d: Buffer) => (r.stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (r.stderr += d.toString()));
  await new Promise((done) => child.once('close', done));
  const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as {
    stats: { expected: number; unexpected: number };
    errors: unknown[];
  };
  // The first failure's message, so a red run says what the replay saw.
  const failure = /"message":\s*"((?:[^"\\]|\\.)*)"/.exec(r.stdout)?.[1] ?? '';
  return { ...report, stderr: r.stderr, failure, spec };
}

let sandbox: EmbeddedSandbox;
let http: Server;
let sandboxUrl: string;

beforeAll(async () => {
  http = createHttpServer((req, res) => sandbox.handler(req, res));
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  sandbox = createSandbox({ publicUrl: origin });
  sandboxUrl = sandbox.url;
});

afterAll(async () => {
  await new Promise((r) => http.close(r));
  await sandbox.close();
  rmSync(DIR, { recursive: true, force: true });
});

describe('a recorded flow exported as a Playwright spec', () => {
  it('Auth → Form Filling replays green against a fresh sandbox, as the recorded persona', async () => {
    const recording = await recordAuthThenFormFilling();
    expect(recording.flows.map((f) => f.endpointId)).toEqual(['auth', 'formfilling']);
    const spec = recordingToSpec(recording);
    expect(spec).toContain("import { test, expect } from 'iamsmart-playground/playwright';");
    expect(spec).toContain(`"redirect":"${REPLAY_REDIRECT}"`);
    expect(spec).toContain('token: step1.token');
    expect(spec).toContain('"cheung-mei-yee"');
    const run = await runSpec('recorded', spec, sandboxUrl);
    expect(run.errors, run.stderr).toEqual([]);
    expect(run.stats, `${run.failure}\n${run.spec}`).toMatchObject({ expected: 1, unexpected: 0 });
  }, 180_000);

  it('fails when the sandbox does not do what the recording saw', async () => {
    const recording = await recordAuthThenFormFilling();
    // As if the login had been rejected: the replay rejects, and Poll Data cannot answer 200.
    const login = recording.flows[0];
    const wrong = {
      ...recording,
      flows: [
        { ...login, status: 'rejected' as const, transaction: { ...login.transaction!, status: 'rejected' as const } },
        ...recording.flows.slice(1),
      ],
    };
    const run = await runSpec('recorded-wrong', recordingToSpec(wrong), sandboxUrl);
    expect(run.stats.unexpected).toBe(1);
  }, 180_000);
});
