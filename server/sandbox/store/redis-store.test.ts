import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createRedisStore } from './redis-store.ts';
import { describeStoreContract, sampleTransaction } from '../../testing/store-contract.ts';
import { forgetPrefix, sharedTestRedis } from '../../testing/test-redis.ts';
import type { SandboxStore } from './types.ts';

/** Every key this file writes lives under ROOT, so it cleans up after itself in a shared Redis. */
const ROOT = `test:${randomUUID()}:`;
let server: { url: string; stop(): Promise<void> };
let client: Redis;
const stores: SandboxStore[] = [];

beforeAll(async () => {
  server = await sharedTestRedis();
  client = new Redis(server.url, { maxRetriesPerRequest: 1 });
});

afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  if (server) await forgetPrefix(server.url, ROOT);
  await client?.quit();
  await server?.stop();
});

/** Each test gets its own key prefix, so tests never see each other's records in a shared Redis. */
function freshStore(): SandboxStore {
  const store = createRedisStore({ client, prefix: `${ROOT}${randomUUID()}:` });
  stores.push(store);
  return store;
}

describeStoreContract('createRedisStore', freshStore);

describe('createRedisStore (Redis specifics)', () => {
  it('round-trips every transaction field, including empty arrays and nested results', async () => {
    const store = freshStore();
    const tx = sampleTransaction({
      scopes: [],
      request: { formData: { formName: 'f', formFields: [] }, hash: 'ab'.repeat(32) },
      scenario: { action: 'approve', afterPolls: 2 },
    });
    await store.insert(tx, 10);
    expect(await store.get(tx.id, 2000)).toEqual(tx);
    const result = { formFilling: { enName: { UnstructuredName: 'CHAN, Tai Man' }, list: [] }, businessID: 'b', big: 1_799_999_999_999 };
    await store.finish(tx.id, 2000, {
      status: 'approved',
      finishedAt: 2000,
      deleteAt: 9000,
      result,
      code: 'c'.repeat(32),
      codeExpiresAt: 4000,
    });
    const taken = await store.takeResult(tx.id, 2001);
    expect(taken?.result).toEqual(result);
    expect(taken?.tx).toMatchObject({ status: 'collected', code: 'c'.repeat(32), codeExpiresAt: 4000, deleteAt: 9000 });
  });

  it('keeps deadlines on the sandbox clock and sets a real-time expiry only as a safety bound', async () => {
    const prefix = `${ROOT}${randomUUID()}:`;
    const store = createRedisStore({ client, prefix, safetyMarginMs: 60_000 });
    stores.push(store);
    const tx = sampleTransaction({ createdAt: 1000, deleteAt: 1000 + 5_000 });
    await store.insert(tx, 10);
    const ttl = await client.pttl(`${prefix}tx:${tx.id}`);
    expect(ttl).toBeGreaterThan(60_000);
    expect(ttl).toBeLessThanOrEqual(65_000);
    // Far in real time is nothing to the store: only the `now` passed in decides.
    expect((await store.get(tx.id, 5999))?.status).toBe('pending');
    expect(await store.get(tx.id, 6000)).toBeUndefined();
    expect(await client.exists(`${prefix}tx:${tx.id}`, `${prefix}ticket:${tx.ticketID}`, `${prefix}state:${tx.state}`)).toBe(0);
  });

  it('enforces maxLive atomically when many inserts race', async () => {
    const store = freshStore();
    const results = await Promise.all(Array.from({ length: 30 }, () => store.insert(sampleTransaction(), 10)));
    expect(results.filter(Boolean)).toHaveLength(10);
    expect((await store.counts()).transactions).toBe(10);
  });

  it('refuses duplicate identifiers', async () => {
    const store = freshStore();
    const tx = sampleTransaction();
    await store.insert(tx, 10);
    await expect(store.insert({ ...sampleTransaction(), ticketID: tx.ticketID }, 10)).rejects.toThrow('duplicate transaction identifiers');
  });

  it('shares state between two stores on one Redis under the same prefix', async () => {
    const prefix = `${ROOT}${randomUUID()}:`;
    const a = createRedisStore({ client, prefix });
    const b = createRedisStore({ url: server.url, prefix });
    stores.push(a, b);
    const tx = sampleTransaction();
    await a.insert(tx, 10);
    await b.finish(tx.id, 2000, { status: 'approved', finishedAt: 2000, deleteAt: 9000, result: { ok: true } });
    const takes = await Promise.all([
      a.takeResult(tx.id, 2001),
      b.takeResult(tx.id, 2001),
      a.takeResult(tx.id, 2001),
      b.takeResult(tx.id, 2001),
    ]);
    expect(takes.filter((t) => t !== undefined)).toHaveLength(1);
    await a.advanceClock('client-a', 1500);
    expect(await b.clockOffset('client-a')).toBe(1500);
  });

  it('leaves nothing behind after the sweep', async () => {
    const prefix = `${ROOT}${randomUUID()}:`;
    const store = createRedisStore({ client, prefix });
    stores.push(store);
    await store.insert(sampleTransaction({ clientId: 'a', deleteAt: 5000 }), 10);
    await store.insert(sampleTransaction({ clientId: 'b', deleteAt: 5000 }), 10);
    await store.saveLogin({ id: 'l', clientId: 'a', personaId: 'p', scopes: ['eidapi_auth'], approvedAt: 0, expiresAt: 4000 });
    expect(await store.sweep(6000)).toBe(3);
    const keys = await client.keys(`${prefix}*`);
    expect(keys).toEqual([]);
  });
});

describe('createRedisStore sweep', () => {
  it('evicts thousands of abandoned transactions in short batches (T-S12)', async () => {
    const prefix = `${ROOT}${randomUUID()}:`;
    const store = createRedisStore({ client, prefix, sweepBatch: 100 });
    stores.push(store);
    const many = Array.from({ length: 1_050 }, (_, i) => sampleTransaction({ clientId: i % 3 ? 'a' : 'b', deleteAt: 5000 }));
    const inserted = await Promise.all(many.map((tx) => store.insert(tx, 2_000)));
    expect(inserted.every(Boolean)).toBe(true);
    expect(await store.insert(sampleTransaction({ deleteAt: 50_000 }), 1_050)).toBe(false);
    expect(await store.sweep(5000)).toBe(1_050);
    expect(await store.counts()).toEqual({ transactions: 0, pending: 0, logins: 0, clients: 0 });
    expect(await client.keys(`${prefix}*`)).toEqual([]);
    expect(await store.insert(sampleTransaction({ deleteAt: 50_000 }), 1_050)).toBe(true);
  });
});

describe('createRedisStore under racing pollers (T-S7)', () => {
  it('releases each result exactly once whatever order polls, takes and late decisions arrive in', async () => {
    const store = freshStore();
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 2, max: 6 }), async (s, pollers) => {
        const tx = sampleTransaction();
        await store.insert(tx, 1_000_000);
        await store.finish(tx.id, 2000, { status: 'approved', finishedAt: 2000, deleteAt: 90_000, result: { n: tx.id } });
        const calls = [
          ...Array.from({ length: pollers }, () => s.schedule(Promise.resolve('take')).then(() => store.takeResult(tx.id, 2001))),
          s.schedule(Promise.resolve('poll')).then(() => store.recordPoll(tx.id, 2001)),
          s
            .schedule(Promise.resolve('reject'))
            .then(() => store.finish(tx.id, 2001, { status: 'rejected', finishedAt: 2001, deleteAt: 90_000 })),
        ];
        await s.waitAll();
        const outcomes = await Promise.all(calls);
        const takes = outcomes.slice(0, pollers).filter((t) => t !== undefined) as { result: Record<string, unknown> }[];
        expect(takes).toHaveLength(1);
        expect(takes[0].result).toEqual({ n: tx.id });
        expect(outcomes[pollers + 1]).toBeUndefined(); // a late decision never overturns an approval
        expect((await store.get(tx.id, 2002))?.status).toBe('collected');
      }),
      { numRuns: 200 },
    );
  });
});
