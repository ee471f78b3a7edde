import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config.ts';
import { memoryLogger } from '../log.ts';
import { playground } from '../testing/playground-fixture.ts';
import { startLoopback } from '../testing/loopback-upstream.ts';
import type { Exchange } from './exchange.ts';
import { createInspector } from './index.ts';
import type { ExchangeStore } from './inspector-store.ts';
import { MemoryFlowStore } from './memory-flow-store.ts';

const f = playground({ proxy: { logMaxBytes: 2 << 20, logMaxLooseExchanges: 50 } });
afterAll(() => f.api.close());

const json = async <T>(path: string): Promise<T> => {
  const res = await f.app.request(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};
const echo = (n: number | string, body?: string) =>
  f.app.request(
    `/proxy/sandbox/echo/${n}`,
    body === undefined
      ? { headers: { 'x-playground': '1' } }
      : { method: 'POST', headers: { 'x-playground': '1', 'content-type': 'application/json' }, body },
  );

describe('retention by flow', () => {
  it('D9 keeps every step of a finished flow while 3,000 other exchanges pass through the proxy', async () => {
    const init = await f.post('/proxy/sandbox/iamsmart/v2/request/auth', {
      source: 'PC_Browser',
      redirect: 'http://127.0.0.1:8787/callback?flow=kept1',
    });
    const { token } = (await init.json()) as { token: string };
    await f.post('/proxy/sandbox/iamsmart/v2/callback/client', { token });
    await f.post('/proxy/sandbox/_control/approve', { token });
    await f.post('/proxy/sandbox/iamsmart/v2/callback/client', { token });
    const before = await json<{ exchanges: string[] }>('/api/flows/kept1');
    expect(before.exchanges).toHaveLength(4);
    for (let i = 0; i < 3000; i++) expect((await echo(i)).status).toBe(200);
    const after = await json<{ exchanges: string[] }>('/api/flows/kept1');
    expect(after.exchanges).toEqual(before.exchanges);
    const listed = await json<{ exchanges: Exchange[] }>('/api/exchanges?flow=kept1');
    expect(listed.exchanges.map((e) => e.id)).toEqual([...before.exchanges].reverse());
    for (const id of before.exchanges) expect((await f.app.request(`/api/exchanges/${id}`)).status).toBe(200);
  });

  it('D9 stays within its byte budget, and a page of the log is bounded too', async () => {
    const big = JSON.stringify({ blob: 'y'.repeat(60_000) });
    for (let i = 0; i < 100; i++) await echo(`big${i}`, big);
    const usage = await f.api.inspector.exchanges.usage();
    expect(usage.bytes).toBeLessThanOrEqual(2 << 20);
    expect(usage.bytes).toBeGreaterThan(1 << 20);
    const page = await f.app.request('/api/exchanges');
    expect((await page.text()).length).toBeLessThanOrEqual(2 << 20);
  });

  it('pages GET /api/exchanges newest first with limit and before, and refuses a made-up cursor', async () => {
    const first = await json<{ exchanges: Exchange[]; next: string }>('/api/exchanges?limit=3');
    expect(first.exchanges).toHaveLength(3);
    const second = await json<{ exchanges: Exchange[]; next?: string }>(`/api/exchanges?limit=3&before=${first.next}`);
    expect(second.exchanges).toHaveLength(3);
    expect(second.exchanges[0].startedAt <= first.exchanges[2].startedAt).toBe(true);
    expect(second.exchanges.some((e) => first.exchanges.some((x) => x.id === e.id))).toBe(false);
    expect((await json<{ exchanges: Exchange[] }>('/api/exchanges')).exchanges.length).toBeLessThanOrEqual(100);
    expect((await json<{ exchanges: Exchange[] }>('/api/exchanges?limit=100000')).exchanges.length).toBeLessThanOrEqual(500);
    const bad = await f.app.request('/api/exchanges?before=abc');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'bad_request', message: expect.stringContaining('next') } });
  });
});

describe('D4', () => {
  it('D4 a 40 KB body nested 20,000 deep never disables the log', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const res = await echo('deep', deep);
    // The proxy refuses it before sending (the nesting limit at every JSON entry); the log goes on.
    expect(res.status).toBe(400);
    expect((await f.app.request('/api/exchanges')).status).toBe(200);
    expect((await f.app.request('/api/exchanges.har')).status).toBe(200);
    const next = await echo('after-deep');
    expect((await f.app.request(`/api/exchanges/${next.headers.get('x-playground-exchange-id')}`)).status).toBe(200);
    expect(f.log.lines.join('\n')).not.toMatch(/store unavailable|Redis/);
  });

  it('D4 an upstream answering 20,000 levels deep is recorded as a fault and the log goes on, in memory and as HAR', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const upstream = await startLoopback((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(deep);
    });
    const g = playground({
      environments: [{ name: 'deep', baseUrl: upstream.url, clientId: 'id', clientSecret: 'deep-env-secret-for-d4-test' }],
    });
    try {
      const res = await g.post('/proxy/deep/iamsmart/v2/request/auth', { source: 'PC_Browser' });
      expect(res.status).toBe(502);
      const kept = (await (await g.app.request(`/api/exchanges/${res.headers.get('x-playground-exchange-id')}`)).json()) as Exchange;
      expect(kept.error?.code).toBe('upstream_bad_response');
      expect((await g.app.request('/api/exchanges')).status).toBe(200);
      expect((await g.app.request('/api/exchanges.har')).status).toBe(200);
      expect(
        (await g.post('/proxy/deep/iamsmart/v2/request/auth', { source: 'PC_Browser' })).headers.get('x-playground-exchange-id'),
      ).toBeTruthy();
      expect((await g.api.inspector.exchanges.usage()).exchanges).toBe(2);
    } finally {
      await g.api.close();
      await upstream.close();
    }
  });

  it('D4 a fault of the memory store is a 500 saying so, never "Redis cannot be reached"', async () => {
    const broken: ExchangeStore = {
      add: async () => [],
      get: async () => undefined,
      page: async () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
      ofFlow: async () => [],
      clear: async () => 0,
      usage: async () => ({ exchanges: 0, flows: 0, bytes: 0 }),
    };
    const log = memoryLogger();
    const inspector = createInspector(testConfig(), { stores: { exchanges: broken, flows: new MemoryFlowStore(10) }, log });
    const res = await inspector.routes.request('/api/exchanges');
    expect(res.status).toBe(500);
    const body = JSON.stringify(await res.json());
    expect(body).toContain('"internal"');
    expect(body).not.toMatch(/Redis|store_unavailable/);
    expect(log.lines.join('\n')).toMatch(/inspector store failed.*Maximum call stack/);
  });
});
