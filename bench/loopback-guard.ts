/**
 * Every bench load loop aims at this machine only (docs/quality-targets.md CI-1): a target that is not
 * 127.0.0.1 stops the run before a single request is sent.
 */
export function assertLoopback(url: string): URL {
  const u = new URL(url);
  if (u.hostname !== '127.0.0.1') throw new Error(`bench target must be 127.0.0.1, got ${u.hostname}`);
  return u;
}

/** Bench servers use ports 8810-8819 so they never collide with a dev server or the e2e port. */
export const BENCH_PORTS = { proxy: 8810, sandbox: 8811, frontEnd: 8812, wholeFlow: 8813, redis: 8814, compiledRss: 8815 } as const;
