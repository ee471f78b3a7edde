/**
 * The inspector's Redis stores report a Redis they cannot reach as StoreUnavailableError, the
 * one error the inspector's routes answer with 503 `store_unavailable`; anything else stays what
 * it is, so a bug is never reported as "Redis cannot be reached" (issue 13 D4).
 */
import { StoreUnavailableError } from '../sandbox/store/store-unavailable.ts';

/** Errors of the Redis connection itself, as ioredis words them. */
const CONNECTION =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection is closed|Stream isn't writeable|max retries|Command timed out|LOADING|CLUSTERDOWN|READONLY|MASTERDOWN/i;

export async function unavailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const message = String((err as Error)?.message ?? err);
    if (CONNECTION.test(message)) throw new StoreUnavailableError(`Redis is unavailable (${message.slice(0, 120)})`, { cause: err });
    throw err;
  }
}
