import { afterAll, describe, expect, it, vi } from 'vitest';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { TEST_CLIENT } from '../config.ts';
import { ORIGIN, PLAYGROUND, qualityServer } from '../testing/quality-server.ts';
import { switchableUpstream } from '../testing/switchable-upstream.ts';

const up = await switchableUpstream();
const q = qualityServer({
  environments: [{ name: 'flaky', baseUrl: up.baseUrl, clientId: TEST_CLIENT.id, clientSecret: TEST_CLIENT.secret }],
  proxy: { ...qualityServer().config.proxy, timeoutMs: 400 },
});
afterAll(async () => {
  await up.close();
  await q.server.close();
});

const poll = (token: string) => q.post('/proxy/flaky/iamsmart/v2/callback/client', { token }, PLAYGROUND);
const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

async function startFlow(): Promise<string> {
  up.mode = 'pass';
  const init = await q.post('/proxy/flaky/iamsmart/v2/request/auth', { source: 'PC_Browser', redirect: `${ORIGIN}/callback` }, PLAYGROUND);
  expect(init.status).toBe(200);
  return ((await init.json()) as { token: string }).token;
}

describe('a real-environment upstream failing mid-flow', () => {
  it('REL-2: killed after the initiation: 502 upstream_unreachable, then the flow completes once it is back', async () => {
    const token = await startFlow();
    await up.stop();
    const dead = await poll(token);
    expect(dead.status).toBe(502);
    expect(await errorCode(dead)).toBe('upstream_unreachable');
    await up.restart();
    expect((await poll(token)).status).toBe(202);
    expect((await q.post('/proxy/flaky/_control/approve', { token }, PLAYGROUND)).status).toBe(200);
    const done = await poll(token);
    expect(done.status).toBe(200);
    expect(((await done.json()) as { data: string }).data.split('.')).toHaveLength(5);
  });

  it('REL-2: slowed past the timeout: 504 upstream_timeout, the held socket is released, and the next poll answers', async () => {
    const token = await startFlow();
    up.mode = 'hang';
    const slow = await poll(token);
    expect(slow.status).toBe(504);
    expect(await errorCode(slow)).toBe('upstream_timeout');
    await vi.waitFor(() => expect(up.hanging).toBe(0), { timeout: 2000 });
    up.mode = 'pass';
    expect((await poll(token)).status).toBe(202);
  });

  it('REL-2: answering garbage or resetting mid-body: a clear 502 each, and the next poll answers', async () => {
    const token = await startFlow();
    up.mode = 'garbage';
    const garbage = await poll(token);
    expect(garbage.status).toBe(502);
    expect(await errorCode(garbage)).toBe('upstream_bad_response');
    up.mode = 'reset';
    const reset = await poll(token);
    expect(reset.status).toBe(502);
    expect(['upstream_unreachable', 'upstream_bad_response']).toContain(await errorCode(reset));
    up.mode = 'pass';
    expect((await poll(token)).status).toBe(202);
    const flow = (await q.server.playground.inspector.flows.list()).find((f) => f.token === token);
    expect(flow?.exchanges.length).toBe(4);
  });
});

describe('clients that go away', () => {
  async function listening() {
    const http = createHttpServer(getRequestListener(q.app.fetch));
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    return { url, close: () => new Promise<void>((r) => (http.closeAllConnections(), http.close(() => r()))) };
  }

  it('REL-2: an SSE client that disconnects leaves no listener behind', async () => {
    const s = await listening();
    const bus = q.server.playground.inspector.bus;
    const before = bus.size;
    const ctls = Array.from({ length: 5 }, () => new AbortController());
    const readers = await Promise.all(
      ctls.map(async (ctl) => (await fetch(`${s.url}/api/events`, { signal: ctl.signal })).body!.getReader()),
    );
    await Promise.all(readers.map((r) => r.read()));
    expect(bus.size).toBe(before + 5);
    ctls.forEach((c) => c.abort());
    await vi.waitFor(() => expect(bus.size).toBe(before), { timeout: 3000 });
    await s.close();
  });

  it('REL-2: a client that aborts a proxied request mid-flight leaves no upstream socket held past the deadline', async () => {
    const token = await startFlow();
    const s = await listening();
    up.mode = 'hang';
    const ctl = new AbortController();
    const pending = fetch(`${s.url}/proxy/flaky/iamsmart/v2/callback/client`, {
      method: 'POST',
      headers: PLAYGROUND,
      body: JSON.stringify({ token }),
      signal: ctl.signal,
    }).catch((e: Error) => e);
    await vi.waitFor(() => expect(up.hanging).toBe(1), { timeout: 2000 });
    ctl.abort();
    expect(await pending).toBeInstanceOf(Error);
    await vi.waitFor(() => expect(up.hanging).toBe(0), { timeout: 2000 });
    up.mode = 'pass';
    expect((await poll(token)).status).toBe(202);
    await s.close();
  });
});
