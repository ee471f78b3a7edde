/** One autocannon run against loopback, bounded in time (≤ 30 s) and reduced to the figures the table shows. */
import autocannon from 'autocannon';
import { assertLoopback } from './loopback-guard.ts';

export interface CannonFigures {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  non2xx: number;
}

export async function cannon(opts: {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  durationS: number;
}): Promise<CannonFigures> {
  assertLoopback(opts.url);
  if (opts.durationS > 30) throw new Error('an autocannon run may last at most 30 s');
  const r = await autocannon({
    url: opts.url,
    method: opts.method ?? 'GET',
    headers: opts.headers,
    body: opts.body,
    connections: opts.connections,
    duration: opts.durationS,
  });
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}
