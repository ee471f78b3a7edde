/**
 * A token key that arrives later (agreed through Redis, server/scale/agree-token-key.ts): the
 * sandbox's requests wait for it once; while it cannot be fetched each request fails with the
 * store's 503 and the next one tries again.
 */
export interface KeyGate {
  /** Resolves once the key is in place; rejects (for this caller only) while it cannot be fetched. */
  ready(): Promise<void>;
}

export function keyGate(fetchKey: () => Promise<string>, use: (key: string) => void): KeyGate {
  let done = false;
  let pending: Promise<void> | undefined;
  const ready = (): Promise<void> => {
    if (done) return Promise.resolve();
    pending ??= fetchKey().then(
      (key) => {
        use(key);
        done = true;
      },
      (err: unknown) => {
        pending = undefined;
        throw err;
      },
    );
    return pending;
  };
  // Fetched now, so the first request does not wait for it.
  ready().catch(() => undefined);
  return { ready };
}
