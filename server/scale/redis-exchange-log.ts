/**
 * The exchange log in Redis, shared by every instance: a capped list of ids, newest first
 * (`<prefix>exchanges`), and each exchange as JSON under `<prefix>ex:<id>`. Bounded like the
 * memory log: the list holds `capacity` ids and evicts the oldest with its body in the same
 * script; one exchange is kept under `maxBytes` (its bodies give way first); key expiry (`ttlMs`)
 * is only a safety bound for a log nobody writes to any more.
 * Exchanges arrive already redacted (proxy-route), so no secret is ever written here.
 */
import type { Redis } from 'ioredis';
import type { Exchange } from '../inspector/exchange.ts';
import type { ExchangeStore } from '../inspector/inspector-store.ts';
import { ADD_EXCHANGE, CLEAR_EXCHANGES } from './inspector-scripts.ts';
import { luaRunner } from './lua-runner.ts';

export interface RedisExchangeLogOptions {
  redis: Redis;
  /** e.g. `iamsmart:inspector:` */
  prefix: string;
  capacity: number;
  /** Largest JSON kept for one exchange. */
  maxBytes?: number;
  ttlMs?: number;
}

const DAY = 24 * 60 * 60_000;
const BATCH = 100;

/** The exchange as stored: when over `maxBytes`, its bodies are replaced by a note saying so. */
export function boundedJson(e: Exchange, maxBytes: number): string {
  const json = JSON.stringify(e);
  if (Buffer.byteLength(json) <= maxBytes) return json;
  const note = (body: unknown) => `[${Buffer.byteLength(JSON.stringify(body) ?? '')} bytes, over the shared log's ${maxBytes}-byte bound per exchange]`;
  const slim: Exchange = { ...e, request: { ...e.request }, ...(e.response ? { response: { ...e.response } } : {}) };
  for (const part of [slim.response, slim.request]) {
    if (!part || part.body === undefined) continue;
    part.body = note(part.body);
    part.bodyTruncated = true;
    const smaller = JSON.stringify(slim);
    if (Buffer.byteLength(smaller) <= maxBytes) return smaller;
  }
  return JSON.stringify(slim);
}

export function createRedisExchangeLog({ redis, prefix, capacity, maxBytes = 256 << 10, ttlMs = DAY }: RedisExchangeLogOptions): ExchangeStore {
  const run = luaRunner(redis);
  const cap = Math.max(1, capacity);

  async function read(ids: string[]): Promise<Exchange[]> {
    const out: Exchange[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const values = await redis.mget(ids.slice(i, i + BATCH).map((id) => `${prefix}ex:${id}`));
      // An id whose body expired (the safety TTL) is skipped, as an evicted one would be.
      for (const v of values) if (v) out.push(JSON.parse(v) as Exchange);
    }
    return out;
  }

  return {
    async add(e) {
      await run(ADD_EXCHANGE, [prefix, e.id, boundedJson(e, maxBytes), ttlMs, cap]);
    },
    async get(id) {
      const json = await redis.get(`${prefix}ex:${id}`);
      return json ? (JSON.parse(json) as Exchange) : undefined;
    },
    async list(filter = {}) {
      const limit = filter.limit ?? Infinity;
      // Without a flow filter only the first `limit` ids are needed.
      const last = filter.flow === undefined && Number.isFinite(limit) ? limit - 1 : -1;
      const all = await read(await redis.lrange(`${prefix}exchanges`, 0, last));
      const out = filter.flow === undefined ? all : all.filter((e) => e.flowId === filter.flow);
      return out.slice(0, limit);
    },
    async clear() {
      return run<number>(CLEAR_EXCHANGES, [prefix]);
    },
  };
}
