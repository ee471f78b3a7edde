/**
 * Prism (@stoplight/prism-cli) in validation-proxy mode in front of the sandbox, checking every
 * answer of the table (answer-drivers.ts) against /openapi-sandbox.json, which holds all of
 * /openapi.json plus the x-sandbox-* headers and the control API. Prism reports what breaks the
 * document in an `sl-violations` header: no response may break it (wrong body, undeclared status),
 * and no request the sandbox accepts may break it either (the document is not stricter than the
 * sandbox). Loopback only: the sandbox listens on port 0, Prism on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS } from '../../../shared/catalogue/index.ts';
import { buildSandboxOpenApi } from '../../../shared/openapi/build-openapi.ts';
import { DRIVERS } from '../../testing/contract/answer-drivers.ts';
import { ContractKit, LANDING } from '../../testing/contract/contract-kit.ts';
import { sandboxSet } from '../../testing/contract/sandbox-set.ts';
import { eachAtOnce, pairs } from '../../testing/contract/targets.ts';

interface Violation {
  location: string[];
  severity: string;
  message: string;
}

const set = sandboxSet();
const dir = mkdtempSync(join(tmpdir(), 'prism-'));
let server: ServerType;
let prism: ChildProcess;
let prismLog = '';
let upstream = 0;
let proxy = 0;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

function startPrism(doc: string): Promise<void> {
  prism = spawn(
    process.execPath,
    [
      resolve('node_modules/@stoplight/prism-cli/dist/index.js'),
      'proxy',
      doc,
      `http://127.0.0.1:${upstream}/sandbox`,
      '-p',
      String(proxy),
      '-h',
      '127.0.0.1',
      '--cors=false',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((ready, fail) => {
    const onData = (chunk: Buffer) => {
      prismLog = (prismLog + chunk.toString()).slice(-20_000);
      if (prismLog.includes('Prism is listening')) ready();
    };
    prism.stdout!.on('data', onData);
    prism.stderr!.on('data', onData);
    prism.once('exit', (code) => fail(new Error(`prism exited with ${code}:\n${prismLog}`)));
  });
}

beforeAll(async () => {
  upstream = await new Promise<number>((done) => {
    server = serve({ fetch: set.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => done(info.port));
  });
  proxy = await freePort();
  const doc = join(dir, 'openapi-sandbox.json');
  writeFileSync(doc, JSON.stringify(buildSandboxOpenApi(`http://127.0.0.1:${upstream}/sandbox`)));
  await startPrism(doc);
}, 120_000);

afterAll(async () => {
  prism?.kill();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  await set.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the published document, checked by Prism in front of the sandbox', () => {
  it('has every answer of every endpoint and control call right: 0 violations, 0 undeclared statuses', async () => {
    const throughPrism = (path: string, init: RequestInit) => fetch(`http://127.0.0.1:${proxy}${path.replace(/^\/sandbox/, '')}`, init);
    const direct = (path: string, init: RequestInit) => Promise.resolve(set.app.request(path, init));
    const kit = new ContractKit(throughPrism, direct, `http://127.0.0.1:${upstream}${LANDING}`);
    const problems: string[] = [];
    let driven = 0;
    let refusedRequests = 0;
    await eachAtOnce(pairs(), 8, async ({ target, answer }) => {
      const res = await DRIVERS[answer].run(kit, target);
      driven += 1;
      const text = await res.text();
      const violations = JSON.parse(res.headers.get('sl-violations') ?? '[]') as Violation[];
      const where = `${target.id} / ${answer} (${res.status})`;
      if (answer === 'callback-redirect') {
        // Prism's forwarder (node-fetch) follows redirects: it answers with the page the 302 pointed
        // at, our loopback landing page, which proves the redirect but is not the callback's own answer.
        if (text !== 'landed') problems.push(`${where}: the 302 did not lead to the registered redirect: ${text.slice(0, 200)}`);
        return;
      }
      if (res.status !== ANSWERS[answer].status) problems.push(`${where}: expected ${ANSWERS[answer].status}: ${text.slice(0, 200)}`);
      for (const v of violations) {
        const side = v.location[0];
        if (side === 'response' || !DRIVERS[answer].invalidRequest)
          problems.push(`${where}: ${side} ${v.location.join('.')}: ${v.message}`);
        else refusedRequests += 1;
      }
    });
    expect(problems).toEqual([]);
    expect(driven).toBe(pairs().length);
    // Prism did look: the requests that break the document on purpose were reported as such.
    expect(refusedRequests).toBeGreaterThan(50);
  }, 300_000);
});
