/**
 * Flows in Redis, shared by every instance: each flow as JSON under `<prefix>flow:<id>`, their
 * creation order in a capped list (`<prefix>flows`, newest first), the token -> flow id index in
 * one hash (`<prefix>flowtokens`), so a poll through instance B joins the flow opened on A, and
 * the sandbox transaction -> flow id index in another (`<prefix>flowtxs`).
 * Changes are compare-and-set on the flow's JSON (the change re-runs on a fresh copy when another
 * instance wrote in between), so concurrent polls on two instances both land.
 * Callback codes seen (replay detection) are `<prefix>code:<sha256>` keys, kept a day.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Flow } from '../inspector/flow.ts';
import type { FlowStore } from '../inspector/inspector-store.ts';
import { CLEAR_FLOWS, CREATE_FLOW, INDEX_FIELD, REMOVE_FLOWS, SWAP_FLOW } from './inspector-scripts.ts';
import { luaRunner } from './lua-runner.ts';
import { unavailable } from './redis-unavailable.ts';

export interface RedisFlowStoreOptions {
  redis: Redis;
  prefix: string;
  capacity: number;
  ttlMs?: number;
  codeTtlMs?: number;
}

const DAY = 24 * 60 * 60_000;
// One writer wins each round, so n concurrent changes to one flow need at most n rounds.
const MAX_ATTEMPTS = 100;

export function createRedisFlowStore({ redis, prefix, capacity, ttlMs = DAY, codeTtlMs = DAY }: RedisFlowStoreOptions): FlowStore {
  const run = luaRunner(redis);
  const key = (id: string) => `${prefix}flow:${id}`;

  async function read(ids: string[]): Promise<Flow[]> {
    if (ids.length === 0) return [];
    const values = await redis.mget(ids.map(key));
    return values.filter((v): v is string => v !== null).map((v) => JSON.parse(v) as Flow);
  }

  const store: FlowStore = {
    async get(id) {
      const json = await redis.get(key(id));
      return json ? (JSON.parse(json) as Flow) : undefined;
    },
    async list() {
      return read(await redis.lrange(`${prefix}flows`, 0, -1));
    },
    async byToken(token) {
      return (await redis.hget(`${prefix}flowtokens`, token)) ?? undefined;
    },
    async indexToken(token, flowId) {
      await run(INDEX_FIELD, [`${prefix}flowtokens`, token, flowId, ttlMs]);
    },
    async byTransaction(transactionId) {
      return (await redis.hget(`${prefix}flowtxs`, transactionId)) ?? undefined;
    },
    async indexTransaction(transactionId, flowId) {
      await run(INDEX_FIELD, [`${prefix}flowtxs`, transactionId, flowId, ttlMs]);
    },
    async create(flow) {
      return (await run<number>(CREATE_FLOW, [prefix, flow.id, JSON.stringify(flow), ttlMs, Math.max(1, capacity)])) === 1;
    },
    async update(id, change) {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const before = await redis.get(key(id));
        if (!before) return undefined;
        const flow = JSON.parse(before) as Flow;
        if (change(flow) === false) return undefined;
        if ((await run<number>(SWAP_FLOW, [prefix, id, before, JSON.stringify(flow), ttlMs])) === 1) return flow;
      }
      throw new Error(`flow ${id} kept changing under ${MAX_ATTEMPTS} attempts to update it`);
    },
    async seenCode(code) {
      const digest = createHash('sha256').update(code).digest('hex');
      return (await redis.set(`${prefix}code:${digest}`, '1', 'PX', codeTtlMs, 'NX')) === null;
    },
    async remove(ids) {
      if (ids.length) await run(REMOVE_FLOWS, [prefix, ...ids]);
    },
    async clear() {
      await run(CLEAR_FLOWS, [prefix]);
    },
  };
  // Every method reports a Redis it cannot reach as StoreUnavailableError (redis-unavailable.ts).
  return Object.fromEntries(
    Object.entries(store).map(([name, method]) => [
      name,
      (...args: unknown[]) => unavailable(() => (method as (...a: unknown[]) => Promise<unknown>)(...args)),
    ]),
  ) as unknown as FlowStore;
}
