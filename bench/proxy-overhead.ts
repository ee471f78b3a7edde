/**
 * 1. Proxy overhead (PERF-1, PERF-2): the same auth initiation sent straight to the sandbox and
 * through /proxy/sandbox on one real server over loopback. Direct (A) and proxy (B) alternate
 * within each round; the figures are medians of three rounds. A third variant goes through a
 * configured environment that points back at the same sandbox, the undici Agent path a real
 * Fill Easy environment takes (sequential only).
 */
import { Client } from 'undici';
import { startBenchServer, LIFTED_LIMITS } from './bench-server.ts';
import { BENCH_PORTS, assertLoopback } from './loopback-guard.ts';
import { CLIENT_HEADERS, initiationBody } from './sandbox-calls.ts';
import { cannon, type CannonFigures } from './autocannon-run.ts';
import { median, percentile, round } from './stats.ts';
import type { Section } from './result-row.ts';

const ROUNDS = 3;
const SEQUENTIAL = 3000;
const CANNON_S = 2;

async function sequential(origin: string, path: string, headers: Record<string, string>, body: string, count: number): Promise<number[]> {
  assertLoopback(origin);
  const client = new Client(origin, { pipelining: 1, keepAliveTimeout: 30_000 });
  const out: number[] = [];
  const deadline = performance.now() + 25_000;
  try {
    for (let i = 0; i < count && performance.now() < deadline; i++) {
      const t0 = performance.now();
      const res = await client.request({ method: 'POST', path, headers, body });
      await res.body.text();
      if (res.statusCode !== 200) throw new Error(`${path}: status ${res.statusCode}`);
      out.push(performance.now() - t0);
    }
  } finally {
    await client.close();
  }
  return out;
}

export async function proxyOverhead(): Promise<Section> {
  const loopBase = `http://127.0.0.1:${BENCH_PORTS.proxy}/sandbox`;
  const server = await startBenchServer(BENCH_PORTS.proxy, {
    FILLEASY_ENV_LOOP_BASE_URL: loopBase,
    FILLEASY_ENV_LOOP_CLIENT_ID: CLIENT_HEADERS['x-client-id'],
    FILLEASY_ENV_LOOP_CLIENT_SECRET: CLIENT_HEADERS['x-client-secret'],
  });
  const origin = server.url;
  const body = JSON.stringify(initiationBody('auth', origin));
  const variants = {
    direct: { path: '/sandbox/iamsmart/v2/request/auth', headers: CLIENT_HEADERS },
    proxy: { path: '/proxy/sandbox/iamsmart/v2/request/auth', headers: { 'x-playground': '1', 'content-type': 'application/json' } },
    environment: { path: '/proxy/loop/iamsmart/v2/request/auth', headers: { 'x-playground': '1', 'content-type': 'application/json' } },
  } as const;
  try {
    for (const v of Object.values(variants)) await sequential(origin, v.path, v.headers, body, 300); // warm-up
    const seq = {
      direct: { p50: [] as number[], p99: [] as number[] },
      proxy: { p50: [] as number[], p99: [] as number[] },
      environment: { p50: [] as number[], p99: [] as number[] },
    };
    const can: Record<string, CannonFigures[]> = {};
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? (['direct', 'proxy'] as const) : (['proxy', 'direct'] as const);
      for (const name of [...order, 'environment'] as const) {
        const lat = await sequential(origin, variants[name].path, variants[name].headers, body, SEQUENTIAL);
        seq[name].p50.push(percentile(lat, 50));
        seq[name].p99.push(percentile(lat, 99));
      }
      for (const connections of [1, 32]) {
        for (const name of order) {
          const f = await cannon({
            url: origin + variants[name].path,
            method: 'POST',
            headers: { ...variants[name].headers },
            body,
            connections,
            durationS: CANNON_S,
          });
          (can[`${name}@${connections}`] ??= []).push(f);
        }
      }
    }
    const m = (xs: number[]) => round(median(xs), 3);
    const cm = (key: string, f: keyof CannonFigures) => median(can[key].map((x) => x[f]));
    const added50 = m(seq.proxy.p50) - m(seq.direct.p50);
    const added99 = m(seq.proxy.p99) - m(seq.direct.p99);
    const rows: Section['rows'] = [
      {
        id: 'PERF-1',
        metric: `added p50, sequential keep-alive ×${SEQUENTIAL}`,
        value: round(added50, 3),
        unit: 'ms',
        baseline: { label: 'direct p50 ms', value: m(seq.direct.p50) },
        target: '≤ 1.0 ms',
        pass: added50 <= 1,
      },
      {
        id: 'PERF-1',
        metric: `added p99, sequential keep-alive ×${SEQUENTIAL}`,
        value: round(added99, 3),
        unit: 'ms',
        baseline: { label: 'direct p99 ms', value: m(seq.direct.p99) },
        target: '≤ 8 ms',
        pass: added99 <= 8,
      },
      {
        id: 'PERF-1',
        metric: `added p50 through a configured environment (undici Agent), sequential ×${SEQUENTIAL}`,
        value: round(m(seq.environment.p50) - m(seq.direct.p50), 3),
        unit: 'ms',
        baseline: { label: 'direct p50 ms', value: m(seq.direct.p50) },
        note: `p99 added ${round(m(seq.environment.p99) - m(seq.direct.p99), 3)} ms`,
      },
    ];
    for (const c of [1, 32]) {
      const ratio = cm(`proxy@${c}`, 'rps') / cm(`direct@${c}`, 'rps');
      const errs = cm(`proxy@${c}`, 'errors') + cm(`proxy@${c}`, 'non2xx') + cm(`direct@${c}`, 'errors') + cm(`direct@${c}`, 'non2xx');
      rows.push(
        {
          id: 'PERF-2',
          metric: `proxy/direct req/s at c=${c} (autocannon ${CANNON_S} s)`,
          value: round(ratio, 3),
          unit: 'ratio',
          baseline: { label: 'direct req/s', value: round(cm(`direct@${c}`, 'rps'), 0) },
          target: c === 1 ? '≥ 0.80' : '≥ 0.70',
          pass: ratio >= (c === 1 ? 0.8 : 0.7),
          gate: { key: `proxy/direct c=${c}`, better: 'higher' },
          note: `proxy ${round(cm(`proxy@${c}`, 'rps'), 0)} req/s; errors+non2xx ${errs}`,
        },
        {
          id: 'PERF-2',
          metric: `proxy p50 / p99 at c=${c}`,
          value: `${cm(`proxy@${c}`, 'p50')} / ${cm(`proxy@${c}`, 'p99')}`,
          unit: 'ms',
          baseline: { label: 'direct p99 ms', value: cm(`direct@${c}`, 'p99') },
          note: `direct p50 ${cm(`direct@${c}`, 'p50')} ms`,
        },
      );
    }
    return {
      name: 'Proxy overhead (auth initiation, direct vs /proxy/sandbox)',
      rows,
      notes: [
        `server started with ${Object.entries(LIFTED_LIMITS)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')} so initiations are not rate limited or capped`,
        'autocannon latencies are whole milliseconds; the sequential figures use performance.now()',
      ],
    };
  } finally {
    await server.stop();
  }
}
