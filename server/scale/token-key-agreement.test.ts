/**
 * "Point them all at one Redis" is the whole setup: with REDIS_URL and no SANDBOX_TOKEN_KEY the
 * instances agree on the sandbox's token key through Redis (created once, atomically), so a token
 * issued by one is accepted by every other. An explicit key still wins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { testConfig, type Config } from '../config.ts';
import { approve, initiate, poll, startInstance, type Instance } from '../testing/instance-pair.ts';
import { forgetPrefix, sharedTestRedis, startTestRedis } from '../testing/test-redis.ts';

let redis: { url: string; stop(): Promise<void> };
const prefixes: string[] = [];
const running: Instance[] = [];

beforeAll(async () => {
  redis = await sharedTestRedis();
});
afterAll(async () => {
  await Promise.all(running.map((i) => i.server.close()));
  for (const p of prefixes) await forgetPrefix(redis.url, p);
  await redis.stop();
});

/** Only REDIS_URL (and a test prefix): no token key anywhere. */
function onlyRedis(prefix: string, tokenKey?: string): Config {
  const base = testConfig();
  return testConfig({ redisUrl: redis.url, redisPrefix: prefix, sandbox: { ...base.sandbox, initsPerMinute: 1_000_000, tokenKey } });
}

function cluster(count: number, tokenKeys: (string | undefined)[] = []): Instance[] {
  const prefix = `test:${randomUUID()}:`;
  prefixes.push(prefix);
  const out = Array.from({ length: count }, (_, i) => startInstance(onlyRedis(prefix, tokenKeys[i])));
  running.push(...out);
  return out;
}

describe('the sandbox token key with only REDIS_URL set', () => {
  it('Redis key: init on A, approve on B, poll on A gives 200, then B gives 410', async () => {
    const [a, b] = cluster(2);
    const token = await initiate(a);
    expect((await approve(b, token)).status).toBe(200);
    expect((await poll(a, token)).status).toBe(200);
    expect((await poll(b, token)).status).toBe(410);
  });

  it('Redis key: ten instances starting at once agree on one key, created once', async () => {
    const many = cluster(10);
    const tokens = await Promise.all(many.map((i) => initiate(i)));
    for (const [i, token] of tokens.entries()) {
      const other = many[(i + 1) % many.length];
      expect((await approve(other, token)).status, `instance ${i}`).toBe(200);
      expect((await poll(many[(i + 5) % many.length], token)).status, `instance ${i}`).toBe(200);
    }
  });

  it('Redis key: an explicit SANDBOX_TOKEN_KEY wins over the agreed one', async () => {
    const [explicit, agreed, alsoExplicit] = cluster(3, ['explicit-key-for-this-test', undefined, 'explicit-key-for-this-test']);
    const token = await initiate(explicit);
    expect((await approve(alsoExplicit, token)).status).toBe(200);
    expect((await poll(agreed, token)).status).toBe(401);
    const theirs = await initiate(agreed);
    expect((await poll(explicit, theirs)).status).toBe(401);
  });

  it('Redis key: answers 503 while Redis cannot be reached to agree on it, and works once it is back', async () => {
    const own = await startTestRedis();
    await own.stop();
    const base = testConfig();
    const lonely = startInstance(
      testConfig({ redisUrl: own.url, redisPrefix: 'test:down:', sandbox: { ...base.sandbox, initsPerMinute: 1_000_000 } }),
    );
    running.push(lonely);
    try {
      const down = await lonely.post('/iamsmart/v2/request/auth', {
        source: 'PC_Browser',
        redirect: 'https://www.yourwebsite.com/callback',
      });
      expect(down.status).toBe(503);
      await own.restart();
      await expect.poll(async () => (await lonely.post('/_control/reset', {})).status, { timeout: 10_000 }).toBe(200);
      const token = await initiate(lonely);
      expect((await poll(lonely, token)).status).toBe(202);
    } finally {
      await own.stop();
    }
  });
});
