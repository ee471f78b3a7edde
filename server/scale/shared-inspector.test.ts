import { describe, expect, it } from 'vitest';
import { usePair } from '../testing/pair-hooks.ts';
import { Redis } from 'ioredis';
import { endpoint } from '../../shared/catalogue/index.ts';
import { TEST_CLIENT } from '../config.ts';
import type { LiveEvent } from '../inspector/event-bus.ts';
import type { Exchange } from '../inspector/exchange.ts';
import type { Flow } from '../inspector/flow.ts';
import type { Instance } from '../testing/instance-pair.ts';
import { sharedTestRedis } from '../testing/test-redis.ts';

const pair = usePair(sharedTestRedis);

const PLAYGROUND = { 'x-playground': '1', 'content-type': 'application/json' };

/** A call through an instance's proxy to the sandbox, as the SPA makes it. */
const proxy = (i: Instance, path: string, body: unknown) =>
  i.server.app.request(`/proxy/sandbox${path}`, { method: 'POST', headers: PLAYGROUND, body: JSON.stringify(body) });

async function json<T>(i: Instance, path: string): Promise<T> {
  const res = await i.server.app.request(path);
  expect(res.status, `${path} on its instance`).toBe(200);
  return (await res.json()) as T;
}

async function initiate(i: Instance, flowId: string): Promise<string> {
  const spec = endpoint('auth');
  const res = await proxy(i, spec.path, { ...spec.example, redirect: `http://127.0.0.1:8787/callback?flow=${flowId}` });
  expect(res.status).toBe(200);
  expect(res.headers.get('x-playground-flow-id')).toBe(flowId);
  return ((await res.json()) as { token: string }).token;
}

describe('the inspector shared by two instances on one Redis', () => {
  it('joins pair.a poll through B to the flow opened through A, seen alike from both', async () => {
    const token = await initiate(pair.a, 'shared1');
    const polled = await proxy(pair.b, endpoint('poll').path, { token });
    expect(polled.status).toBe(202);
    expect(polled.headers.get('x-playground-flow-id')).toBe('shared1');
    const fromA = await json<Flow>(pair.a, '/api/flows/shared1');
    const fromB = await json<Flow>(pair.b, '/api/flows/shared1');
    expect(fromA).toEqual(fromB);
    expect(fromA.exchanges).toHaveLength(2);
    expect(fromA.exchanges[1]).toBe(polled.headers.get('x-playground-exchange-id'));
    const listed = await json<{ exchanges: Exchange[] }>(pair.a, '/api/exchanges?flow=shared1');
    expect(listed.exchanges.map((e) => e.id)).toEqual([...fromA.exchanges].reverse());
    expect((await json<Exchange>(pair.a, `/api/exchanges/${fromA.exchanges[1]}`)).endpointId).toBe('poll');
  });

  it('attaches pair.a callback caught on B to the flow opened on A, with its state checked', async () => {
    const token = await initiate(pair.a, 'shared2');
    expect((await pair.a.post('/_control/approve', { token })).status).toBe(200);
    const state = await sandboxState(pair.a, (await json<Flow>(pair.b, '/api/flows/shared2')).ticketID!);
    const back = await pair.b.server.app.request(`/callback?flow=shared2&service=auth&code=cross-1&state=${state}`);
    expect(back.headers.get('location')).toBe('/flows/shared2');
    const flow = await json<Flow>(pair.a, '/api/flows/shared2');
    expect(flow.status).toBe('approved');
    expect(flow.callbacks).toEqual([
      expect.objectContaining({ flowId: 'shared2', problems: [], query: expect.objectContaining({ code: 'cross-1' }) }),
    ]);
    // The same code arriving again, on the other instance: pair.a replay.
    await pair.a.server.app.request(`/callback?flow=shared2&service=auth&code=cross-1&state=${state}`);
    expect((await json<Flow>(pair.b, '/api/flows/shared2')).callbacks[1].problems).toEqual(['replay']);
  });

  it('keeps the flow parameter of pair.a callback for pair.a flow nobody opened, and A hears of it', async () => {
    const seen: LiveEvent[] = [];
    const stop = pair.a.server.playground.inspector.bus.subscribe((e) => seen.push(e));
    try {
      const back = await pair.b.server.app.request('/callback?flow=never-opened&code=zz');
      expect(back.headers.get('location')).toBe('/flows');
      for (let i = 0; i < 200 && !seen.some((e) => e.event === 'callback'); i++) await new Promise((r) => setTimeout(r, 10));
      expect(seen.find((e) => e.event === 'callback')?.data).toMatchObject({ flowId: 'never-opened', problems: ['unknown_flow'] });
    } finally {
      stop();
    }
  });

  it('never gives two exchanges or flows the same id, with many made at once on both', async () => {
    const spec = endpoint('auth');
    const calls = Array.from({ length: 120 }, (_, n) =>
      proxy(n % 2 ? pair.a : pair.b, spec.path, { ...spec.example, redirect: 'https://www.yourwebsite.com/callback' }),
    );
    const answers = await Promise.all(calls);
    const exchangeIds = answers.map((r) => r.headers.get('x-playground-exchange-id'));
    const flowIds = answers.map((r) => r.headers.get('x-playground-flow-id'));
    expect(new Set(exchangeIds).size).toBe(120);
    expect(new Set(flowIds).size).toBe(120);
    const stored = await json<{ exchanges: Exchange[] }>(pair.b, '/api/exchanges?limit=500');
    for (const id of exchangeIds) expect(stored.exchanges.some((e) => e.id === id)).toBe(true);
  });

  it('writes no client secret to Redis, anywhere in any key or value', async () => {
    const token = await initiate(pair.b, 'secret1');
    await proxy(pair.a, endpoint('poll').path, { token });
    await pair.b.server.app.request(`/callback?flow=secret1&code=s1&state=x`);
    const dump = await dumpPrefix(pair.redis.url, pair.a.prefix!);
    expect(dump.length).toBeGreaterThan(1000); // the scan saw the stores, not an empty Redis
    expect(dump).toContain('secret1');
    expect(dump).not.toContain(TEST_CLIENT.secret);
  });

  it('clears the log and the flows for every instance when one is asked to', async () => {
    await initiate(pair.b, 'shared3');
    const res = await pair.a.server.app.request('/api/exchanges', { method: 'DELETE', headers: { 'x-playground': '1' } });
    expect(((await res.json()) as { cleared: number }).cleared).toBeGreaterThan(0);
    expect((await json<{ exchanges: unknown[] }>(pair.b, '/api/exchanges')).exchanges).toEqual([]);
    expect((await json<{ flows: unknown[] }>(pair.b, '/api/flows')).flows).toEqual([]);
    expect((await pair.b.server.app.request('/api/flows/shared3')).status).toBe(404);
  });
});

/** The sandbox transaction's own `state` (what pair.a real callback carries), read through its control API. */
async function sandboxState(i: Instance, ticketID: string): Promise<string> {
  const res = await i.server.app.request('/sandbox/_control/transactions', {
    headers: { 'x-client-id': TEST_CLIENT.id, 'x-client-secret': TEST_CLIENT.secret },
  });
  const body = (await res.json()) as { transactions: { ticketID: string; state: string }[] };
  const tx = body.transactions.find((t) => t.ticketID === ticketID);
  if (!tx) throw new Error('the sandbox lists no transaction with that ticket');
  return tx.state;
}

/** Every key under the prefix with its value, whatever its type, as one string to search. */
async function dumpPrefix(url: string, prefix: string): Promise<string> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const parts: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      for (const key of keys) {
        const type = await client.type(key);
        const value =
          type === 'string'
            ? await client.get(key)
            : type === 'hash'
              ? JSON.stringify(await client.hgetall(key))
              : type === 'list'
                ? JSON.stringify(await client.lrange(key, 0, -1))
                : type === 'set'
                  ? JSON.stringify(await client.smembers(key))
                  : type === 'zset'
                    ? JSON.stringify(await client.zrange(key, '0', '-1', 'WITHSCORES'))
                    : `<${type}>`;
        parts.push(key, value ?? '');
      }
      cursor = next;
    } while (cursor !== '0');
    return parts.join('\n');
  } finally {
    client.disconnect();
  }
}
