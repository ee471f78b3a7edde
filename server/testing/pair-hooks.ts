/**
 * Test-only: registers the beforeAll / afterAll that start two instances on one Redis and take
 * them down again (servers closed, the pair's keys forgotten, the Redis stopped).
 */
import { afterAll, beforeAll } from 'vitest';
import { startCluster, type Instance } from './instance-pair.ts';
import { forgetPrefix } from './test-redis.ts';

interface RedisHandle {
  url: string;
  stop(): Promise<void>;
}

export interface PairHandle<R extends RedisHandle> {
  readonly a: Instance;
  readonly b: Instance;
  readonly redis: R;
}

/** `startRedis` chooses which Redis: the shared test one, or a private one a test may kill. */
export function usePair<R extends RedisHandle>(startRedis: () => Promise<R>, { forgetKeys = true } = {}): PairHandle<R> {
  const state: { a?: Instance; b?: Instance; redis?: R } = {};
  beforeAll(async () => {
    state.redis = await startRedis();
    [state.a, state.b] = await startCluster(state.redis.url);
  });
  afterAll(async () => {
    await Promise.all([state.a?.server.close(), state.b?.server.close()]);
    if (forgetKeys && state.redis && state.a?.prefix) await forgetPrefix(state.redis.url, state.a.prefix);
    await state.redis?.stop();
  });
  return {
    get a() {
      return state.a!;
    },
    get b() {
      return state.b!;
    },
    get redis() {
      return state.redis!;
    },
  };
}
