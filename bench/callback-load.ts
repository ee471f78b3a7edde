/**
 * Issue 13 D8: the /callback state check looks its transaction up by key, so 20 callbacks
 * arriving at once while the sandbox holds 40,000 live transactions leave /healthz responsive.
 * Baseline: /healthz p99 with the same 40,000 transactions and no callback. Target ≤ 50 ms.
 * `npx tsx bench/callback-load.ts` prints the section alone.
 */
import { pathToFileURL } from 'node:url';
import { Pool } from 'undici';
import { startBenchServer } from './bench-server.ts';
import { boundedLoop } from './load-loop.ts';
import { RETENTION_PORTS } from './retention-ports.ts';
import type { Section } from './result-row.ts';
import { CLIENT_HEADERS, initiationBody } from './sandbox-calls.ts';
import { percentile, round } from './stats.ts';

const LIVE = 40_000;
const CALLBACKS = 20;

async function healthzTimes(pool: Pool, until: () => boolean, min: number): Promise<number[]> {
  const times: number[] = [];
  while (times.length < min || !until()) {
    const t0 = performance.now();
    const res = await pool.request({ method: 'GET', path: '/healthz' });
    await res.body.text();
    times.push(performance.now() - t0);
    if (times.length > 20_000) break;
  }
  return times;
}

export async function callbackLoad(): Promise<Section> {
  const server = await startBenchServer(RETENTION_PORTS.callbacks);
  const pool = new Pool(server.url, { connections: 24, keepAliveTimeout: 30_000 });
  const probe = new Pool(server.url, { connections: 1, keepAliveTimeout: 30_000 });
  try {
    const init = JSON.stringify(initiationBody('auth', server.url));
    let created = 0;
    for (let r = 0; r < 6 && created < LIVE; r++) {
      const loop = await boundedLoop({ concurrency: 16, maxCount: LIVE - created, maxMs: 30_000 }, async () => {
        const res = await pool.request({ method: 'POST', path: '/sandbox/iamsmart/v2/request/auth', headers: CLIENT_HEADERS, body: init });
        await res.body.text();
        if (res.statusCode !== 200) throw new Error(`init ${res.statusCode}`);
      });
      created += loop.count - loop.errors;
    }
    const headers = { 'x-playground': '1', 'content-type': 'application/json', origin: server.url };
    const opened = await pool.request({
      method: 'POST',
      path: '/proxy/sandbox/iamsmart/v2/request/auth',
      headers,
      body: JSON.stringify({ source: 'PC_Browser', redirect: `${server.url}/callback?flow=cbload` }),
    });
    await opened.body.text();
    const quiet = await healthzTimes(probe, () => true, 200);
    let done = 0;
    const failures: string[] = [];
    const t0 = performance.now();
    const callbacks = Array.from({ length: CALLBACKS }, (_, i) =>
      pool
        .request({ method: 'GET', path: `/callback?flow=cbload&service=auth&state=forged${i}&code=${i.toString(16).padStart(32, '0')}` })
        .then(async (res) => void (await res.body.text()))
        .catch((err: unknown) => failures.push(String(err)))
        .finally(() => done++),
    );
    const busy = await healthzTimes(probe, () => done === CALLBACKS, 50);
    await Promise.all(callbacks);
    const callbacksMs = performance.now() - t0;
    const p99 = percentile(busy, 99);
    return {
      name: 'Callback check under load (issue 13 D8, child process)',
      rows: [
        {
          id: 'D8',
          metric: `/healthz p99 while ${CALLBACKS} callbacks arrive at ${created} live transactions`,
          value: round(p99, 1),
          unit: 'ms',
          baseline: { label: 'p99 with no callback ms', value: round(percentile(quiet, 99), 1) },
          target: '≤ 50 ms',
          pass: p99 <= 50,
          note: `${failures.length ? `${failures.length} callbacks failed (${failures[0]}); ` : ''}${busy.length} /healthz samples; the ${CALLBACKS} callbacks took ${round(callbacksMs, 0)} ms in all (${round(callbacksMs / CALLBACKS, 1)} ms each on average)`,
        },
      ],
      notes: ['the callbacks carry forged states for a flow opened through the proxy, so each is checked against the sandbox'],
    };
  } finally {
    await Promise.all([pool.close(), probe.close()]);
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatTable } = await import('./table.ts');
  console.log(formatTable([await callbackLoad()]));
  process.exit(0);
}
