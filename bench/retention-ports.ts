/**
 * Ports of the retention and callback-check rows (bench/exchange-retention.ts, bench/callback-load.ts):
 * 8916-8918 unless BENCH_RETENTION_PORT moves the first of them (the other two follow), so these
 * rows can run beside other benches on one machine.
 */
const base = Number(process.env.BENCH_RETENTION_PORT ?? 8916);

export const RETENTION_PORTS = { memory: base, redis: base + 1, callbacks: base + 2 } as const;
