/**
 * Bytes on the wire for a person's first use of the request editor: Chromium, cold cache, loads
 * the playground through a counting forwarder (every request the page and its workers make goes
 * through it), clicks an endpoint and waits for Monaco's editor and a quiet second. The forwarder
 * counts what the server sent (status line, headers, body, as received). The same GETs are then
 * fetched again with `Accept-Encoding: gzip` and with none (identity: what main sent before
 * issue 18), so the three figures come from one run.
 */
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import type { Browser } from '@playwright/test';
import { assertLoopback } from './loopback-guard.ts';

export interface WireBytes {
  /** As Chromium asked (Accept-Encoding: gzip, deflate, br, zstd). */
  browserBytes: number;
  gzipBytes: number;
  identityBytes: number;
  requests: number;
  editorJsBrowserBytes: number;
}

interface Seen {
  path: string;
  bytes: number;
  streamed: boolean;
}

function headerBytes(res: IncomingMessage): number {
  let n = `HTTP/1.1 ${res.statusCode} ${res.statusMessage ?? ''}\r\n`.length + 2;
  for (let i = 0; i < res.rawHeaders.length; i += 2) n += res.rawHeaders[i].length + res.rawHeaders[i + 1].length + 4;
  return n;
}

/** A forwarder on an ephemeral loopback port that records each request and the bytes answered to it. */
async function countingForwarder(target: URL) {
  const seen: Seen[] = [];
  let lastRequestAt = performance.now();
  const server = createServer((req, res) => {
    lastRequestAt = performance.now();
    const entry: Seen = { path: req.url ?? '/', bytes: 0, streamed: false };
    seen.push(entry);
    const up = httpRequest(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        entry.bytes += headerBytes(answer);
        entry.streamed = /event-stream/.test(String(answer.headers['content-type']));
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.on('data', (chunk: Buffer) => (entry.bytes += chunk.byteLength));
        answer.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    quietMs: () => performance.now() - lastRequestAt,
    close: () => new Promise<void>((r) => server.close(() => r())).then(() => undefined),
    closeAll: () => server.closeAllConnections(),
  };
}

/** The bytes of one GET as this Accept-Encoding gets them (headers as undici reports them, body undecoded). */
async function replayBytes(origin: string, path: string, acceptEncoding: string | undefined): Promise<number> {
  const res = await request(`${origin}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });
  const body = await res.body.arrayBuffer();
  let head = `HTTP/1.1 ${res.statusCode} \r\n`.length + 2;
  for (const [k, v] of Object.entries(res.headers)) for (const value of [v].flat()) head += k.length + String(value).length + 4;
  return head + body.byteLength;
}

export async function firstEditorUseBytes(browser: Browser, serverUrl: string): Promise<WireBytes> {
  assertLoopback(serverUrl);
  const forwarder = await countingForwarder(new URL(serverUrl));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${forwarder.url}/`);
    await page.getByTestId('endpoint-auth').click({ timeout: 20_000 });
    await page.getByTestId('request-editor').locator('.view-lines').waitFor({ state: 'visible', timeout: 30_000 });
    // Workers and fonts follow the editor: wait for one quiet second (at most 10 s).
    const deadline = performance.now() + 10_000;
    while (forwarder.quietMs() < 1000 && performance.now() < deadline) await page.waitForTimeout(200);
    const seen = [...forwarder.seen];
    const gets = seen.filter((s) => !s.streamed && !s.path.startsWith('/proxy/') && !s.path.startsWith('/sandbox/'));
    let gzipBytes = 0;
    let identityBytes = 0;
    for (const s of gets) {
      gzipBytes += await replayBytes(serverUrl, s.path, 'gzip');
      identityBytes += await replayBytes(serverUrl, s.path, undefined);
    }
    const counted = gets.reduce((n, s) => n + s.bytes, 0);
    const editorJs = gets.filter((s) => /JsonEditor-.*\.js$/.test(s.path)).reduce((n, s) => n + s.bytes, 0);
    return { browserBytes: counted, gzipBytes, identityBytes, requests: gets.length, editorJsBrowserBytes: editorJs };
  } finally {
    await context.close();
    forwarder.closeAll();
    await forwarder.close();
  }
}
