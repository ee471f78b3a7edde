/**
 * The sandbox's token key for instances that share a Redis but were given no SANDBOX_TOKEN_KEY:
 * the first instance to ask writes a random key with SET NX (so it is created once, whoever
 * races), and every instance reads whichever key won. It never expires, so tokens outlive a
 * restart of any instance, as they do with an explicit key.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { StoreUnavailableError } from '../sandbox/store/store-unavailable.ts';

export async function agreeTokenKey(redis: Redis, key: string): Promise<string> {
  try {
    await redis.set(key, randomBytes(32).toString('hex'), 'NX');
    const agreed = await redis.get(key);
    if (!agreed) throw new Error(`${key} is empty right after SET NX`);
    return agreed;
  } catch (err) {
    throw new StoreUnavailableError('The sandbox token key could not be agreed through Redis', { cause: err });
  }
}
