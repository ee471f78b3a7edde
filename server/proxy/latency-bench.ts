/**
 * Added latency of the proxy (docs/quality-targets.md PERF-1): the same Poll Data call made directly to
 * the sandbox and through /proxy, over real loopback sockets with keep-alive, alternating one
 * request each way. Also through a configured "real" environment that points back at the same
 * sandbox, which exercises the undici Agent path. Run: `npx tsx server/proxy/latency-bench.ts [n]`.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { createServer } from '../app.ts';
import { testConfig } from '../config.ts';
import { memoryLogger, type Logger } from '../log.ts';
import { TEST_CLIENT } from '../config.ts';

const N = Number(process.argv[2] ?? 2000);
const WARMUP = 300;
const quiet: Logger = memoryLogger();

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  // Port first, so the "real" environment can point back at this very server.
  const probe = serve({ fetch: () => new Response(''), hostname: '127.0.0.1', port: 0 });
  await new Promise((r) => probe.once('listening', r));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((r) => probe.close(r));
  const origin = `http://127.0.0.1:${port}`;
  const config = testConfig({
    port,
    publicUrl: origin,
    environments: [{ name: 'loop', baseUrl: `${origin}/sandbox`, clientId: TEST_CLIENT.id, clientSecret: TEST_CLIENT.secret }],
  });
  const server = createServer({ config, log: quiet });
  const http = serve({ fetch: server.app.fetch, hostname: '127.0.0.1', port });
  await new Promise((r) => http.once('listening', r));

  const pool = new Pool(origin, { connections: 1, pipelining: 1 });
  // A pending transaction, so every call is Poll Data's 202 path (PERF-1 measures that call).
  const sandboxHeaders = { 'content-type': 'application/json', 'x-client-id': TEST_CLIENT.id, 'x-client-secret': TEST_CLIENT.secret };
  const init = await pool.request({ method: 'POST', path: '/sandbox/iamsmart/v2/request/auth', headers: sandboxHeaders, body: JSON.stringify({ source: 'PC_Browser', redirect: `${origin}/callback` }) });
  const token = ((await init.body.json().catch(() => ({}))) as { token?: string }).token ?? 'bench-token';
  const body = JSON.stringify({ token });
  const variants: Record<string, { path: string; headers: Record<string, string> }> = {
    direct: { path: '/sandbox/iamsmart/v2/callback/client', headers: sandboxHeaders },
    proxy: { path: '/proxy/sandbox/iamsmart/v2/callback/client', headers: { 'content-type': 'application/json', 'x-playground': '1' } },
    proxyUndici: { path: '/proxy/loop/iamsmart/v2/callback/client', headers: { 'content-type': 'application/json', 'x-playground': '1' } },
  };
  const times: Record<string, number[]> = { direct: [], proxy: [], proxyUndici: [] };
  let status = 0;
  for (let i = 0; i < WARMUP + N; i++) {
    for (const [name, v] of Object.entries(variants)) {
      const t0 = performance.now();
      const res = await pool.request({ method: 'POST', path: v.path, headers: v.headers, body });
      await res.body.arrayBuffer();
      const ms = performance.now() - t0;
      status = res.statusCode;
      if (i >= WARMUP) times[name].push(ms);
    }
  }
  const stats: Record<string, { p50: number; p99: number }> = {};
  for (const [name, list] of Object.entries(times)) {
    const sorted = [...list].sort((a, b) => a - b);
    stats[name] = { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  console.log(JSON.stringify({
    requestsEach: N,
    lastStatus: status,
    ms: Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, { p50: r(v.p50), p99: r(v.p99) }])),
    addedByProxy: { p50: r(stats.proxy.p50 - stats.direct.p50), p99: r(stats.proxy.p99 - stats.direct.p99) },
    addedByProxyOverUndici: { p50: r(stats.proxyUndici.p50 - stats.direct.p50), p99: r(stats.proxyUndici.p99 - stats.direct.p99) },
    exchangesKept: (await server.playground.inspector.exchanges.list()).length,
  }, null, 2));
  await pool.close();
  http.close();
  await server.close();
}

await main();
