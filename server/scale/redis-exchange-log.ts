/**
 * The exchange log in Redis, shared by every instance, retained by flow exactly as the memory
 * log is (docs/playground-api.md, "Retention"; keys in inspector-scripts.ts): each add and the
 * evictions it causes are one script, so instances writing at once never see half of it. Key
 * expiry (`ttlMs`) is only a safety bound for a log nobody writes to any more.
 * Exchanges arrive already redacted (proxy-route), so no secret is ever written here. A Redis
 * that cannot be reached is reported as StoreUnavailableError (the routes answer 503 for it).
 */
import type { Redis } from 'ioredis';
import type { Exchange } from '../inspector/exchange.ts';
import { exchangeJson } from '../inspector/exchange-json.ts';
import type { ExchangeStore, RetentionBounds } from '../inspector/inspector-store.ts';
import { ADD_EXCHANGE, CLEAR_EXCHANGES } from './inspector-scripts.ts';
import { luaRunner } from './lua-runner.ts';
import { unavailable } from './redis-unavailable.ts';

export interface RedisExchangeLogOptions {
  redis: Redis;
  /** e.g. `iamsmart:inspector:` */
  prefix: string;
  bounds: RetentionBounds;
  /** Largest JSON kept for one exchange. */
  maxBytes?: number;
  ttlMs?: number;
}

const DAY = 24 * 60 * 60_000;
const BATCH = 100;

export function createRedisExchangeLog({ redis, prefix, bounds, maxBytes, ttlMs = DAY }: RedisExchangeLogOptions): ExchangeStore {
  const run = luaRunner(redis);

  /** The stored JSON of these ids, in order; an id whose body expired (the safety TTL) is skipped. */
  async function read(ids: string[]): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      for (const v of await redis.mget(ids.slice(i, i + BATCH).map((id) => `${prefix}ex:${id}`))) if (v) out.push(v);
    }
    return out;
  }

  return {
    add: (e) =>
      unavailable(async () => {
        const args = [
          prefix,
          e.id,
          exchangeJson(e, maxBytes),
          e.flowId ?? '',
          ttlMs,
          bounds.maxFlows,
          bounds.maxLooseExchanges,
          bounds.maxBytes,
          bounds.maxExchangesPerFlow,
        ];
        return run<string[]>(ADD_EXCHANGE, args);
      }),
    get: (id) =>
      unavailable(async () => {
        const json = await redis.get(`${prefix}ex:${id}`);
        return json ? (JSON.parse(json) as Exchange) : undefined;
      }),
    page: (limit, before) =>
      unavailable(async () => {
        const max = before === undefined ? '+inf' : `(${before}`;
        const flat = await redis.zrevrangebyscore(`${prefix}exorder`, max, '-inf', 'WITHSCORES', 'LIMIT', 0, limit + 1);
        const ids: string[] = [];
        for (let i = 0; i < flat.length && ids.length < limit; i += 2) ids.push(flat[i]);
        const more = flat.length > 2 * limit;
        return { items: await read(ids), ...(more ? { next: flat[2 * limit - 1] } : {}) };
      }),
    ofFlow: (flowId) => unavailable(async () => (await read(await redis.lrange(`${prefix}exflow:${flowId}`, 0, -1))).reverse()),
    clear: () => unavailable(() => run<number>(CLEAR_EXCHANGES, [prefix])),
    usage: () =>
      unavailable(async () => {
        const [exchanges, flows, bytes] = await Promise.all([
          redis.zcard(`${prefix}exorder`),
          redis.zcard(`${prefix}exgroups`),
          redis.get(`${prefix}exbytes`),
        ]);
        return { exchanges, flows, bytes: Number(bytes ?? 0) };
      }),
  };
}
