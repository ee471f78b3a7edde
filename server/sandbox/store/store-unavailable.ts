/**
 * The store could not be reached (Redis down, restarting, too slow). The sandbox answers it with
 * 503 `{ status: 503, message }`: the client may retry, and nothing is wrong with its request.
 */
/** The 503 message: says what is wrong and that retrying is the fix. */
export const STORE_UNAVAILABLE_MESSAGE = 'Service Unavailable - the sandbox store (Redis) cannot be reached; retry in a few seconds';

export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';

  constructor(message = 'The sandbox store is unavailable', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

export function isStoreUnavailable(err: unknown): err is StoreUnavailableError {
  return err instanceof StoreUnavailableError || (err as { code?: unknown } | null)?.code === 'STORE_UNAVAILABLE';
}
