/**
 * The listener's own limits (docs/quality-targets.md REL-1): slow headers and a stalled body are
 * cut off within their limits (Node checks them only every connectionsCheckingInterval, 30 s by
 * default), the defaults meet the targets, and a taken port ends the process with that message.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { connect, createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from 'node:net';
import { resolve } from 'node:path';
import { Hono } from 'hono';
import type { ServerType } from '@hono/node-server';
import { loadConfig, testConfig } from './config.ts';
import { memoryLogger } from './log.ts';
import { HTTP_LIMITS, listen } from './listen.ts';

const LIMITS = { headersMs: 1_000, requestMs: 2_000 };
const open: ServerType[] = [];
afterAll(async () => Promise.all(open.map((s) => new Promise((r) => s.close(r)))));

async function start(): Promise<number> {
  const app = new Hono().post('/slow', async (c) => c.text(String((await c.req.arrayBuffer()).byteLength)));
  app.onError((_err, c) => c.text('the client went away', 400));
  const http = await listen({ app, close: async () => undefined }, testConfig({ port: 0 }), memoryLogger(), 'test', LIMITS);
  open.push(http);
  return (http.address() as AddressInfo).port;
}

/** Milliseconds until the server closes a connection that sent `first` and then nothing. */
function closedAfter(port: number, first: string): Promise<number> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(first));
    socket.on('data', () => undefined);
    socket.on('close', () => done(performance.now() - started));
    socket.on('error', () => undefined);
    setTimeout(() => (socket.destroy(), fail(new Error('still open after 15 s'))), 15_000).unref();
  });
}

describe('listen', () => {
  it('D12: defaults meet the targets: proxy deadline and headers at most 10 s, a whole request at most 30 s', () => {
    const config = loadConfig({ ENV_FILE: '/nonexistent', PLAYGROUND_CONFIG: '/nonexistent' });
    expect(config.proxy.timeoutMs).toBeLessThanOrEqual(10_000);
    expect(HTTP_LIMITS.headersMs).toBeLessThanOrEqual(10_000);
    expect(HTTP_LIMITS.requestMs).toBeLessThanOrEqual(30_000);
  });

  it('D12: closes a connection whose headers never end within the headers limit', async () => {
    const ms = await closedAfter(await start(), 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    expect(ms).toBeLessThan(LIMITS.headersMs + 500);
  });

  it('D12: closes a connection whose chunked body stalls within the request limit', async () => {
    const ms = await closedAfter(
      await start(),
      'POST /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n',
    );
    expect(ms).toBeGreaterThan(LIMITS.headersMs / 2);
    expect(ms).toBeLessThan(LIMITS.requestMs + 500);
  });

  it('says the port is taken and exits 1 when another process listens on it', async () => {
    const taken: TcpServer = createTcpServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const port = (taken.address() as AddressInfo).port;
    try {
      // listen() as server/index.ts calls it, without building the whole server first.
      const script = `import { listen } from './server/listen.ts'; import { loadConfig } from './server/config.ts'; import { logger } from './server/log.ts';
        const config = loadConfig(); await listen({ app: { fetch: () => new Response('') }, close: async () => {} }, config, logger, 'playground');`;
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: resolve(import.meta.dirname, '..'),
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          ENV_FILE: '/nonexistent',
          PLAYGROUND_CONFIG: '/nonexistent',
          LOG_LEVEL: '',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((r) => child.on('exit', r));
      expect(stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(stderr).not.toContain('still serving');
      expect(code).toBe(1);
    } finally {
      await new Promise((r) => taken.close(r));
    }
  });
});
