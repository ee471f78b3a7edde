/**
 * The Redis SandboxStore: several sandbox instances behind a load balancer share one Redis, so a
 * transaction started on one instance can be approved on a second and polled on a third.
 * Every read-modify-write is one Lua script (redis-scripts.ts); deadlines are checked against the
 * caller's `now` (the sandbox clock, which tests move), and Redis key expiry is only a safety bound
 * (remaining sandbox time + `safetyMarginMs` of real time), valid because sandbox time never runs
 * slower than real time.
 * A failing Redis (down, restarting, timing out) surfaces as StoreUnavailableError, which the
 * sandbox answers with 503 instead of a 500.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Redis } from 'ioredis';
import type { FinishPatch, Login, SandboxStore, StoreCounts, TestClientRecord, Transaction } from './types.ts';
import { StoreUnavailableError } from './store-unavailable.ts';
import * as lua from './redis-scripts.ts';

export interface RedisStoreOptions {
  /** redis://host:port/db; ignored when `client` is given. */
  url?: string;
  /** A connection to share (the caller closes it); the store then never quits it. */
  client?: Redis;
  /** Key prefix; several sandboxes (or tests) can share one Redis under different prefixes. */
  prefix?: string;
  /** Real time a record is kept past its deadline before Redis may evict it on its own. */
  safetyMarginMs?: number;
  /** Records dropped per client per sweep script call (each call is short; sweep loops). */
  sweepBatch?: number;
  /** How long one command may take before the store reports Redis as unavailable. */
  commandTimeoutMs?: number;
  onError?: (err: Error) => void;
}

type Reply = (string | Reply)[] | null;

const MINUTE = 60_000;

/**
 * ioredis is loaded on the first connection, not at import: it costs ~16 MB of resident memory,
 * and a server without REDIS_URL never connects (docs/quality-targets.md PERF-7, idle RSS).
 */
function loadRedisClass(): typeof Redis {
  return (createRequire(import.meta.url)('ioredis') as { Redis: typeof Redis }).Redis;
}

/** A connection that fails fast while Redis is down (503 now) and reconnects on its own. */
export function connectRedis(url: string, commandTimeoutMs = 2000, onError?: (err: Error) => void): Redis {
  const client = new (loadRedisClass())(url, {
    maxRetriesPerRequest: 1,
    enableAutoPipelining: true,
    commandTimeout: commandTimeoutMs,
    connectTimeout: commandTimeoutMs,
    retryStrategy: (times) => Math.min(50 * times, 1000),
  });
  // ioredis reports connection trouble as 'error' events; the commands themselves reject too.
  client.on('error', (err: Error) => onError?.(err));
  return client;
}

function fields(value: object): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out.push(k, JSON.stringify(v));
  return out;
}

function fromHash(flat: Reply | undefined): Transaction | undefined {
  if (!flat) return undefined;
  const tx: Record<string, unknown> = {};
  for (let i = 0; i < flat.length; i += 2) {
    const name = flat[i] as string;
    if (!name.startsWith('_')) tx[name] = JSON.parse(flat[i + 1] as string);
  }
  return tx as unknown as Transaction;
}

function safetyTtl(deadline: number, now: number, margin: number): number {
  return Math.max(1, Math.ceil(deadline - now + margin));
}

export function createRedisStore(options: RedisStoreOptions): SandboxStore {
  const owned = !options.client;
  if (!options.client && !options.url) throw new TypeError('createRedisStore needs a url or a client');
  const redis = options.client ?? connectRedis(options.url as string, options.commandTimeoutMs, options.onError);
  const P = options.prefix ?? 'iamsmart:sandbox:';
  const margin = options.safetyMarginMs ?? 10 * MINUTE;
  const sweepBatch = options.sweepBatch ?? 500;
  const shas = new Map<string, string>();

  /** EVALSHA, falling back to EVAL when Redis lost its script cache (a restart). */
  async function run<T>(script: string, args: (string | number)[]): Promise<T> {
    let sha = shas.get(script);
    if (!sha) shas.set(script, (sha = createHash('sha1').update(script).digest('hex')));
    try {
      try {
        return (await redis.evalsha(sha, 0, P, ...args)) as T;
      } catch (err) {
        if (!String((err as Error).message).startsWith('NOSCRIPT')) throw err;
        return (await redis.eval(script, 0, P, ...args)) as T;
      }
    } catch (err) {
      throw unavailable(err);
    }
  }

  function unavailable(err: unknown): Error {
    const message = String((err as Error)?.message ?? err);
    if (message.includes('duplicate transaction identifiers')) return new Error('duplicate transaction identifiers');
    return new StoreUnavailableError(`Redis is unavailable (${message.slice(0, 120)})`, { cause: err });
  }

  async function call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw unavailable(err);
    }
  }

  return {
    async insert(tx, maxLive) {
      const ttl = safetyTtl(tx.deleteAt, tx.createdAt, margin);
      const head = [maxLive, tx.id, tx.clientId, tx.ticketID, tx.state, tx.createdAt, tx.deleteAt, tx.status === 'pending' ? 1 : 0, ttl];
      return (await run<number>(lua.INSERT, [...head, ...fields(tx)])) === 1;
    },
    async get(id, now) {
      return fromHash(await run<Reply>(lua.GET, [now, 'id', id]));
    },
    async getByTicket(ticketID, now) {
      return fromHash(await run<Reply>(lua.GET, [now, 'ticket', ticketID]));
    },
    async getByState(state, now) {
      return fromHash(await run<Reply>(lua.GET, [now, 'state', state]));
    },
    async finish(id, now, patch: FinishPatch) {
      const ttl = safetyTtl(patch.deleteAt, now, margin);
      return fromHash(await run<Reply>(lua.FINISH, [now, id, patch.deleteAt, ttl, ...fields(patch)]));
    },
    async recordPoll(id, now) {
      return fromHash(await run<Reply>(lua.RECORD_POLL, [now, id]));
    },
    async takeResult(id, now) {
      const reply = await run<Reply>(lua.TAKE_RESULT, [now, id]);
      if (!reply) return undefined;
      const [resultJson, ...flat] = reply;
      return { tx: fromHash(flat) as Transaction, result: JSON.parse(resultJson as string) as Record<string, unknown> };
    },
    async list(clientId, now) {
      const replies = await run<Reply[]>(lua.LIST, [now, clientId]);
      return replies.map((r) => fromHash(r) as Transaction);
    },
    async reset(clientId) {
      return run<number>(lua.RESET, [clientId]);
    },
    async saveLogin(login) {
      await run(lua.SAVE_LOGIN, [
        login.id,
        login.clientId,
        JSON.stringify(login),
        login.expiresAt,
        safetyTtl(login.expiresAt, login.approvedAt, margin),
      ]);
    },
    async getLogin(id, now) {
      const json = await call(() => redis.get(`${P}login:${id}`));
      if (!json) return undefined;
      const login = JSON.parse(json) as Login;
      if (now < login.expiresAt) return login;
      await run(lua.DROP_LOGIN, [id, login.clientId]);
      return undefined;
    },
    async clockOffset(clientId) {
      return Number((await call(() => redis.hget(`${P}offsets`, clientId))) ?? 0);
    },
    async advanceClock(clientId, ms) {
      return Number(await call(() => redis.hincrbyfloat(`${P}offsets`, clientId, ms)));
    },
    async takeInitSlot(clientId, now, perMinute) {
      return (await run<number>(lua.TAKE_INIT_SLOT, [clientId, now, now - MINUTE, perMinute, `${now}:${randomUUID()}`])) === 1;
    },
    async saveTestClient(client, baseNow, max) {
      const ttl = safetyTtl(client.expiresAt, baseNow, 0);
      return (await run<number>(lua.SAVE_TEST_CLIENT, [client.id, JSON.stringify(client), client.expiresAt, baseNow, max, ttl])) === 1;
    },
    async getTestClient(id, baseNow) {
      const json = await call(() => redis.get(`${P}tclient:${id}`));
      if (!json) return undefined;
      const client = JSON.parse(json) as TestClientRecord;
      return baseNow < client.expiresAt ? client : undefined;
    },
    async removeTestClient(id) {
      return (await run<number>(lua.REMOVE_TEST_CLIENT, [id])) === 1;
    },
    async sweep(baseNow) {
      let removed = 0;
      for (;;) {
        const [n, more] = await run<[number, number]>(lua.SWEEP, [baseNow, sweepBatch]);
        removed += n;
        if (more !== 1) return removed;
      }
    },
    async counts(): Promise<StoreCounts> {
      const replies = await call(() => redis.multi().scard(`${P}txs`).scard(`${P}pending`).scard(`${P}logins`).scard(`${P}clients`).exec());
      const [transactions, pending, logins, clients] = (replies ?? []).map(([err, n]) => {
        if (err) throw unavailable(err);
        return Number(n);
      });
      return { transactions, pending, logins, clients };
    },
    async close() {
      if (owned) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
