import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { describeExchangeStoreContract, describeFlowStoreContract, sampleExchange } from '../testing/inspector-store-contract.ts';
import { boundedJson, createRedisExchangeLog } from './redis-exchange-log.ts';
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

describeExchangeStoreContract('RedisExchangeLog', (capacity) => createRedisExchangeLog({ redis, prefix: prefix(), capacity }));
describeFlowStoreContract('RedisFlowStore', (capacity) => createRedisFlowStore({ redis, prefix: prefix(), capacity }));

describe('RedisExchangeLog bounds', () => {
  it('keeps one exchange under its byte bound by replacing the bodies with a note', async () => {
    const p = prefix();
    const log = createRedisExchangeLog({ redis, prefix: p, capacity: 10, maxBytes: 2000 });
    const big = sampleExchange();
    big.response!.body = { blob: 'x'.repeat(5000) };
    await log.add(big);
    expect(Buffer.byteLength((await redis.get(`${p}ex:${big.id}`))!)).toBeLessThanOrEqual(2000);
    const kept = await log.get(big.id);
    expect(kept?.response?.bodyTruncated).toBe(true);
    expect(kept?.response?.body).toMatch(/bytes, over the shared log's 2000-byte bound/);
    expect(kept?.request.path).toBe(big.request.path);
    expect(boundedJson(sampleExchange(), 2000)).not.toContain('over the shared log');
  });

  it('puts a safety expiry on every key it writes and holds no more ids than its capacity', async () => {
    const p = prefix();
    const log = createRedisExchangeLog({ redis, prefix: p, capacity: 3, ttlMs: 60_000 });
    for (let i = 0; i < 5; i++) await log.add(sampleExchange());
    expect(await redis.llen(`${p}exchanges`)).toBe(3);
    const keys = await redis.keys(`${p}*`);
    expect(keys).toHaveLength(4); // the list and three bodies: evicted bodies went with their ids
    for (const k of keys) expect(await redis.pttl(k)).toBeGreaterThan(0);
  });
});
