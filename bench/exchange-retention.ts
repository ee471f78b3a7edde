/**
 * Issue 13 D9: the exchange log bounded in bytes. RSS of a real server (child process) idle, after
 * 1,000 exchanges of 63 KB each sent through /proxy, and after DELETE /api/exchanges, in memory
 * and with REDIS_URL; the first page of GET /api/exchanges timed and weighed. Target: RSS at most
 * the documented byte budget + 100 MB; after DELETE close to idle again.
 * `npx tsx bench/exchange-retention.ts` prints the section alone.
 */
import { pathToFileURL } from 'node:url';
import { Pool } from 'undici';
import { DEFAULT_PROXY } from '../server/config.ts';
import { startTestRedis } from '../server/testing/test-redis.ts';
import { startRetentionServer } from './retention-server.ts';
import { boundedLoop } from './load-loop.ts';
import { processRssMb } from './process-rss.ts';
import { RETENTION_PORTS } from './retention-ports.ts';
import type { Row, Section } from './result-row.ts';
import { round } from './stats.ts';

const COUNT = 1_000;
const BODY_BYTES = 63 * 1024;
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Figures {
  idle: number;
  full: number;
  cleared: number;
  pageMs: number;
  pageBytes: number;
  sent: number;
  errors: number;
  kind: string;
}

async function measure(port: number, env: Record<string, string>): Promise<Figures> {
  const server = await startRetentionServer(port, env);
  const pool = new Pool(server.url, { connections: 8, keepAliveTimeout: 30_000 });
  const headers = { 'x-playground': '1', 'content-type': 'application/json', origin: server.url, 'sec-fetch-site': 'same-origin' };
  const ask = async (method: 'GET' | 'POST' | 'DELETE', path: string, body?: string) => {
    const res = await pool.request({ method, path, headers, body });
    return { status: res.statusCode, text: await res.body.text() };
  };
  try {
    // Warm the paths (and the allocator) with a few small exchanges, then clear them.
    for (let i = 0; i < 50; i++)
      await ask(
        'POST',
        '/proxy/sandbox/iamsmart/v2/request/auth',
        JSON.stringify({ source: 'PC_Browser', redirect: `${server.url}/callback` }),
      );
    await ask('DELETE', '/api/exchanges');
    await settle(1_500);
    const idle = processRssMb(server.pid);
    // An initiation the sandbox refuses (an unknown field): the exchange keeps the 63 KB request
    // body, made of small objects, the costliest JSON to hold parsed.
    const padding: { n: number }[] = [];
    const base = JSON.stringify({ source: 'PC_Browser', redirect: `${server.url}/callback`, padding }).length;
    for (let size = base; size < BODY_BYTES; size += JSON.stringify({ n: padding.length }).length + 1) padding.push({ n: padding.length });
    const body = JSON.stringify({ source: 'PC_Browser', redirect: `${server.url}/callback`, padding });
    const loop = { count: 0, errors: 0 };
    for (let round = 0; round < 3 && loop.count < COUNT; round++) {
      const r = await boundedLoop({ concurrency: 8, maxCount: COUNT - loop.count, maxMs: 30_000 }, async () => {
        const res = await ask('POST', '/proxy/sandbox/iamsmart/v2/request/auth', body);
        if (res.status !== 400) throw new Error(`proxy answered ${res.status}`);
      });
      loop.count += r.count;
      loop.errors += r.errors;
    }
    await settle(1_500);
    const full = processRssMb(server.pid);
    const t0 = performance.now();
    const page = await ask('GET', '/api/exchanges');
    const pageMs = performance.now() - t0;
    await ask('DELETE', '/api/exchanges');
    // A few quiet seconds with light traffic, as a person would go on.
    for (let i = 0; i < 4; i++) {
      await ask('GET', '/api/flows');
      await settle(500);
    }
    const cleared = processRssMb(server.pid);
    return { idle, full, cleared, pageMs, pageBytes: page.text.length, sent: loop.count, errors: loop.errors, kind: server.kind };
  } finally {
    await pool.close();
    await server.stop();
  }
}

function rows(store: string, f: Figures, budgetMb: number): Row[] {
  const r = (n: number) => round(n, 1);
  return [
    {
      id: 'D9',
      metric: `RSS after ${f.sent} × 63 KB exchanges (${store}, ${f.kind} server)`,
      value: r(f.full),
      unit: 'MB',
      baseline: { label: 'RSS idle MB', value: r(f.idle) },
      target: `≤ ${budgetMb} MB budget + 100 MB`,
      pass: f.full <= budgetMb + 100,
      note: `${f.errors} errors; first page of GET /api/exchanges: ${round(f.pageBytes / 2 ** 20, 2)} MB in ${round(f.pageMs, 0)} ms`,
    },
    {
      id: 'D9',
      metric: `RSS after DELETE /api/exchanges (${store})`,
      value: r(f.cleared),
      unit: 'MB',
      baseline: { label: 'RSS idle MB', value: r(f.idle) },
      // A full collection runs after DELETE; V8 still keeps ~40 MB of heap it grew to (measured in a
      // bare node: 42 MB -> 83 MB after 1,000 rounds of parsing 63 KB bodies and one gc()).
      target: '≤ idle + 50 MB',
      pass: f.cleared <= f.idle + 50,
      note: `${round(f.full - f.cleared, 1)} MB returned of the ${round(f.full - f.idle, 1)} MB grown`,
    },
  ];
}

export async function exchangeRetention(): Promise<Section> {
  const budgetMb = Math.round(((DEFAULT_PROXY as { logMaxBytes?: number }).logMaxBytes ?? 0) / 2 ** 20);
  const memory = await measure(RETENTION_PORTS.memory, {});
  const redis = await startTestRedis();
  let shared: Figures;
  try {
    shared = await measure(RETENTION_PORTS.redis, { REDIS_URL: redis.url, REDIS_PREFIX: `bench:${process.pid}:` });
  } finally {
    await redis.stop();
  }
  return {
    name: 'Exchange log retention (issue 13 D9, child process)',
    rows: [...rows('memory', memory, budgetMb), ...rows('Redis', shared, budgetMb)],
    notes: [
      `byte budget: ${budgetMb ? `${budgetMb} MB (config proxy.logMaxBytes)` : 'none (count-bounded log)'}; bodies are the 63 KB request (small JSON objects) of an initiation the sandbox refuses`,
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatTable } = await import('./table.ts');
  console.log(formatTable([await exchangeRetention()]));
  process.exit(0);
}
