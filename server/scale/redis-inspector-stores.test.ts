import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { describeExchangeStoreContract, describeFlowStoreContract, sampleExchange } from '../testing/inspector-store-contract.ts';
import { exchangeJson } from '../inspector/exchange-json.ts';
import { createRedisExchangeLog } from './redis-exchange-log.ts';
import { createRedisFlowStore } from './redis-flow-store.ts';
import { forgetPrefix, sharedTestRedis } from '../testing/test-redis.ts';

let server: { url: string; stop(): Promise<void> };
let redis: Redis;
const prefixes: string[] = [];

beforeAll(async () => {
  server = await sharedTestRedis();
  redis = new Redis(server.url, { maxRetriesPerRequest: 1, enableAutoPipelining: true });
});

afterAll(async () => {
  for (const p of prefixes) await forgetPrefix(server.url, p);
  await redis?.quit();
  await server?.stop();
});

function prefix(): string {
  const p = `test:${randomUUID()}:inspector:`;
  prefixes.push(p);
  return p;
}

const ROOMY = { maxBytes: 64 << 20, maxFlows: 100, maxLooseExchanges: 100, maxExchangesPerFlow: 1000 };

describeExchangeStoreContract('RedisExchangeLog', (bounds) => createRedisExchangeLog({ redis, prefix: prefix(), bounds }));
describeFlowStoreContract('RedisFlowStore', (capacity) => createRedisFlowStore({ redis, prefix: prefix(), capacity }));

describe('RedisExchangeLog bounds', () => {
  it('keeps one exchange under its byte bound by replacing the bodies with a note', async () => {
    const p = prefix();
    const log = createRedisExchangeLog({ redis, prefix: p, bounds: ROOMY, maxBytes: 2000 });
    const big = sampleExchange();
    big.response!.body = { blob: 'x'.repeat(5000) };
    await log.add(big);
    expect(Buffer.byteLength((await redis.get(`${p}ex:${big.id}`))!)).toBeLessThanOrEqual(2000);
    const kept = await log.get(big.id);
    expect(kept?.response?.bodyTruncated).toBe(true);
    expect(kept?.response?.body).toMatch(/bytes, over the log's 2000-byte bound/);
    expect(kept?.request.path).toBe(big.request.path);
    expect(exchangeJson(sampleExchange(), 2000)).not.toContain('over the log');
  });

  it('puts a safety expiry on every key it writes, and evicted exchanges leave no key behind', async () => {
    const p = prefix();
    const log = createRedisExchangeLog({ redis, prefix: p, bounds: { ...ROOMY, maxLooseExchanges: 3, maxFlows: 1 }, ttlMs: 60_000 });
    for (let i = 0; i < 5; i++) await log.add(sampleExchange());
    await log.add(sampleExchange('f1'));
    await log.add(sampleExchange('f2'));
    const keys = (await redis.keys(`${p}*`)).sort();
    // Three loose bodies and f2's; f1 went whole. The bookkeeping keys: order, groups, loose, f2's list, seq, bytes.
    expect(keys.filter((k) => k.startsWith(`${p}ex:`))).toHaveLength(4);
    expect(keys.map((k) => k.slice(p.length)).filter((k) => !k.startsWith('ex:'))).toEqual([
      'exbytes',
      'exflow:f2',
      'exgroups',
      'exloose',
      'exorder',
      'exseq',
    ]);
    for (const k of keys) expect(await redis.pttl(k)).toBeGreaterThan(0);
    expect(Number(await redis.get(`${p}exbytes`))).toBe((await log.usage()).bytes);
  });
});
