/**
 * The sandbox's one source of time (docs/sandbox-contract.md §5, §8). Tests and the control API move it
 * instead of sleeping. Time has two layers:
 *  - the base clock (`MovableClock`): wall time plus a process-wide offset that in-process tests
 *    may move with `advance()`;
 *  - a per-client offset kept in the store (`SandboxStore.advanceClock`), moved by
 *    `POST /_control/clock`, so parallel tests of different clients never see each other's time
 *    and several sandbox instances sharing one store agree on it.
 * A client's "now" is `clock.now() + store offset` (see `clientNow`). Every deadline the store keeps
 * is in that client's time.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export class MovableClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly source: () => number = Date.now) {}

  now(): number {
    return this.source() + this.offsetMs;
  }

  /** Moves time forward for every client of this sandbox instance. Time never goes back. */
  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance needs a non-negative number of ms, got ${ms}`);
    this.offsetMs += ms;
    return this.now();
  }

  /** How far this clock is ahead of its source. */
  get offset(): number {
    return this.offsetMs;
  }
}

/** A client's current time: the base clock plus that client's offset from the store. */
export async function clientNow(
  clock: Clock,
  store: { clockOffset(clientId: string): Promise<number> },
  clientId: string,
): Promise<number> {
  return clock.now() + (await store.clockOffset(clientId));
}
