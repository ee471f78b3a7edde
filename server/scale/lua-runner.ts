/** EVALSHA with a fallback to EVAL when Redis lost its script cache (a restart, a SCRIPT FLUSH). */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

export type LuaRunner = <T>(script: string, args: (string | number)[]) => Promise<T>;

export function luaRunner(redis: Redis): LuaRunner {
  const shas = new Map<string, string>();
  return async <T>(script: string, args: (string | number)[]): Promise<T> => {
    let sha = shas.get(script);
    if (!sha) shas.set(script, (sha = createHash('sha1').update(script).digest('hex')));
    try {
      return (await redis.evalsha(sha, 0, ...args)) as T;
    } catch (err) {
      if (!String((err as Error).message).startsWith('NOSCRIPT')) throw err;
      return (await redis.eval(script, 0, ...args)) as T;
    }
  };
}
