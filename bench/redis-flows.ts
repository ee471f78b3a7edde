/**
 * Redis vs memory: full sandbox flows per second (initiate, approve through the control API, poll
 * for the JWE), in-process with app.request(), both stores in the same run so the ratio holds on
 * any machine. Memory: one instance (the only way it works). Redis: two instances on one Redis,
 * initiating and polling on A and approving on B, as behind a load balancer.
 * Redis: $REDIS_URL or $REDIS_TEST_URL when set (loopback only), else a private redis-server.
 * `npx tsx bench/redis-flows.ts` prints the section alone; `npm run bench redis` includes it.
 */
import { pathToFileURL } from 'node:url';
import { boundedLoop, type LoopResult } from './load-loop.ts';
import type { Section } from './result-row.ts';
import { approve, initiate, poll, startCluster, type Instance } from '../server/testing/instance-pair.ts';
import { startTestRedis } from '../server/testing/test-redis.ts';

const CONCURRENCY = 10;
const ROUNDS = 3;
const ROUND_MS = 2_000;
const MAX_FLOWS = 10_000;

async function oneFlow(starter: Instance, approver: Instance): Promise<void> {
  const token = await initiate(starter);
  const approved = await approve(approver, token);
  if (approved.status !== 200) throw new Error(`approve answered ${approved.status}`);
  const res = await poll(starter, token);
  const body = (await res.json()) as { data?: string };
  if (res.status !== 200 || body.data?.split('.').length !== 5) throw new Error(`poll answered ${res.status} without a JWE`);
}

const warmUp = ([a, b = a]: Instance[]): Promise<LoopResult> =>
  boundedLoop({ concurrency: CONCURRENCY, maxCount: 200, maxMs: 2_000 }, () => oneFlow(a, b));
const round = ([a, b = a]: Instance[]): Promise<LoopResult> =>
  boundedLoop({ concurrency: CONCURRENCY, maxCount: MAX_FLOWS, maxMs: ROUND_MS }, () => oneFlow(a, b));

interface Total {
  count: number;
  errors: number;
  ms: number;
  perSecond: number;
  firstError?: string;
}

function total(results: LoopResult[]): Total {
  const count = results.reduce((n, r) => n + r.count, 0);
  const ms = results.reduce((n, r) => n + r.elapsedMs, 0);
  return {
    count,
    ms,
    errors: results.reduce((n, r) => n + r.errors, 0),
    perSecond: (count / ms) * 1000,
    firstError: results.find((r) => r.firstError)?.firstError,
  };
}

/** Alternating rounds, so a load change on a shared machine hits both stores alike. */
async function measure(memory: Instance[], redis: Instance[]): Promise<{ m: Total; r: Total }> {
  await warmUp(memory);
  await warmUp(redis);
  const m: LoopResult[] = [];
  const r: LoopResult[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    m.push(await round(memory));
    r.push(await round(redis));
  }
  return { m: total(m), r: total(r) };
}

function loopbackOnly(url: string): string {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error(`the bench talks to loopback Redis only, not ${host}`);
  return url;
}

export async function redisFlows(): Promise<Section> {
  const given = process.env.REDIS_URL || process.env.REDIS_TEST_URL;
  const own = given ? undefined : await startTestRedis();
  const url = loopbackOnly(given ?? (own as { url: string }).url);
  const memory = await startCluster(undefined, 1);
  const redis = await startCluster(url, 2);
  try {
    const { m, r } = await measure(memory, redis);
    const ratio = Math.round((r.perSecond / m.perSecond) * 100) / 100;
    const whole = (n: number) => Math.round(n);
    return {
      name: 'Redis vs memory',
      rows: [
        {
          id: 'REDIS-1',
          metric: 'full flows/s, in-memory store (1 instance)',
          value: whole(m.perSecond),
          unit: 'flows/s',
          note: `${m.count} flows, ${m.errors} errors`,
        },
        {
          id: 'REDIS-2',
          metric: 'full flows/s, Redis store (2 instances)',
          value: whole(r.perSecond),
          unit: 'flows/s',
          baseline: { label: 'in-memory', value: whole(m.perSecond) },
          note: `${r.count} flows, ${r.errors} errors`,
        },
        { id: 'REDIS-3', metric: 'Redis / memory', value: ratio, unit: 'ratio', gate: { key: 'redis/memory flows', better: 'higher' } },
      ],
      notes: [
        `flow = initiate (auth) + control approve + poll returning the JWE; in-process app.request, concurrency ${CONCURRENCY}, ${ROUNDS} alternating rounds of ${ROUND_MS / 1000} s per store after a warm-up`,
        ...(m.firstError || r.firstError ? [`first error: ${m.firstError ?? r.firstError}`] : []),
      ],
    };
  } finally {
    await Promise.all([...memory, ...redis].map((i) => i.server.close()));
    await own?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const s = await redisFlows();
  for (const row of s.rows) console.log(`${row.id}  ${row.metric}: ${row.value} ${row.unit}${row.note ? ` (${row.note})` : ''}`);
  for (const note of s.notes) console.log(`note: ${note}`);
}
