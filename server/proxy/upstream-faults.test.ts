import { afterEach, describe, expect, it } from 'vitest';
import { startLoopback, type Loopback } from '../testing/loopback-upstream.ts';
import { playground, REAL_SECRET } from '../testing/playground-fixture.ts';

const open: Loopback[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()));
});

async function envWith(behaviour: Parameters<typeof startLoopback>[0], proxy: NonNullable<Parameters<typeof playground>[0]>['proxy'] = {}) {
  const up = await startLoopback(behaviour);
  open.push(up);
  const f = playground({ environments: [{ name: 'flaky', baseUrl: up.url, clientId: 'c', clientSecret: REAL_SECRET }], proxy });
  const call = () =>
    f.app.request('/proxy/flaky/iamsmart/v2/request/auth', {
      method: 'POST',
      headers: { 'x-playground': '1', 'content-type': 'application/json' },
      body: '{}',
    });
  return { up, f, call };
}

async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return body.error;
}

describe('proxy upstream faults', () => {
  it('answers 502 upstream_unreachable naming the environment when the connection is refused, and records it', async () => {
    const up = await startLoopback();
    const url = up.url;
    await up.close();
    const f = playground({ environments: [{ name: 'gone', baseUrl: url }] });
    const res = await f.app.request('/proxy/gone/x', { headers: { 'x-playground': '1' } });
    expect(res.status).toBe(502);
    const text = await res.text();
    expect(text).not.toMatch(/\n\s+at /);
    const err = (JSON.parse(text) as { error: { code: string; message: string } }).error;
    expect(err.code).toBe('upstream_unreachable');
    expect(err.message).toContain('"gone"');
    expect(err.message).toContain('refused');
    const ex = await f.api.inspector.exchanges.get(res.headers.get('x-playground-exchange-id')!);
    expect(ex?.error?.code).toBe('upstream_unreachable');
    await f.api.close();
  });

  it('answers 502 when the upstream resets mid-body, and the next request succeeds (T-P6)', async () => {
    let calls = 0;
    const { f, call } = await envWith((_req, res) => {
      calls += 1;
      if (calls === 1) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"partial":');
        setImmediate(() => res.socket?.destroy());
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
    const first = await call();
    expect(first.status).toBe(502);
    expect((await errorOf(first)).code).toBe('upstream_unreachable');
    const second = await call();
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ ok: true });
    await f.api.close();
  });

  it('answers 504 upstream_timeout at the deadline and aborts the upstream socket (T-P5)', async () => {
    let closed = false;
    const { f, call } = await envWith(
      (req) => {
        req.socket.on('close', () => (closed = true));
      },
      { timeoutMs: 150 },
    );
    const started = performance.now();
    const res = await call();
    expect(res.status).toBe(504);
    expect(performance.now() - started).toBeLessThan(150 + 1000);
    const err = await errorOf(res);
    expect(err.code).toBe('upstream_timeout');
    expect(err.message).toContain('"flaky"');
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(true);
    await f.api.close();
  });

  it('answers 502 response_too_large and stops reading at the cap (T-P7)', async () => {
    let written = 0;
    const { f, call } = await envWith(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 << 10, 0x20);
        const pump = () => {
          while (written < 20 << 20) {
            written += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => undefined);
        pump();
      },
      { maxResponseBytes: 1 << 20 },
    );
    const res = await call();
    expect(res.status).toBe(502);
    expect((await errorOf(res)).code).toBe('response_too_large');
    await f.api.close();
  });

  it('refuses an announced oversize answer without reading it', async () => {
    const { f, call } = await envWith(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(20 << 20) });
        res.write('{');
      },
      { maxResponseBytes: 1 << 20 },
    );
    const res = await call();
    expect(res.status).toBe(502);
    expect((await errorOf(res)).code).toBe('response_too_large');
    await f.api.close();
  });

  it('answers 502 upstream_bad_response for a non-JSON body and keeps the raw body in the exchange', async () => {
    const { f, call } = await envWith((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>bad gateway</html>');
    });
    const res = await call();
    expect(res.status).toBe(502);
    const err = await errorOf(res);
    expect(err.code).toBe('upstream_bad_response');
    expect(err.message).toContain('text/html');
    const ex = await f.api.inspector.exchanges.get(res.headers.get('x-playground-exchange-id')!);
    expect(ex?.response?.body).toBe('<html>bad gateway</html>');
    await f.api.close();
  });

  it('keeps upstream connections alive across sequential requests (PERF-3)', async () => {
    const { up, f, call } = await envWith((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    for (let i = 0; i < 50; i++) expect((await call()).status).toBe(200);
    // undici may open a second socket while the first is being released; never one per request.
    expect(up.connections).toBeLessThanOrEqual(2);
    await f.api.close();
  });
});
