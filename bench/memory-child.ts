/**
 * Run by memory.ts in its own process (node --expose-gc) so nothing else lives in the heap:
 * RSS and heap at start, after N pending transactions, after the clock moves past their expiry
 * and the sweeper drops them, and once RSS has settled after that. Prints one JSON line.
 */
import { inProcessServer } from './in-process-server.ts';
import { inProcessCaller, initiationBody } from './sandbox-calls.ts';
import { boundedLoop } from './load-loop.ts';
import { DEFAULT_SANDBOX } from '../server/config.ts';

const TARGET = Number(process.argv[2] ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const snap = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return { rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20, externalMb: m.external / 2 ** 20 };
};

const server = inProcessServer({ sweepIntervalMs: 200 });
const call = inProcessCaller(server.app);
const origin = 'http://127.0.0.1:8787';
const body = initiationBody('auth', origin);
// Warm the code paths so the start figure is not just an empty heap.
await boundedLoop({ concurrency: 8, maxCount: 200, maxMs: 5000 }, () =>
  call('POST', '/sandbox/iamsmart/v2/request/auth', body).then(() => undefined),
);
await call('POST', '/sandbox/_control/reset', {});
// Idle as long as before the settled figure below, so the two compare like for like.
await new Promise((r) => setTimeout(r, 10_000));
const start = snap();
let created = 0;
let errors = 0;
const started = performance.now();
for (let round = 0; round < 3 && created < TARGET; round++) {
  const r = await boundedLoop({ concurrency: 32, maxCount: TARGET - created, maxMs: 30_000 }, async () => {
    const a = await call('POST', '/sandbox/iamsmart/v2/request/auth', body);
    if (a.status !== 200) throw new Error(`init ${a.status}`);
  });
  created += r.count;
  errors += r.errors;
}
const createMs = performance.now() - started;
const full = snap();
const advanceMs = DEFAULT_SANDBOX.pendingTimeoutMs + DEFAULT_SANDBOX.resultTtlMs + 60_000;
const moved = await call('POST', '/sandbox/_control/clock', { advanceMs });
// The sweeper runs on a real timer (200 ms here); give it a few turns.
await new Promise((r) => setTimeout(r, 1500));
const listed = await call('GET', '/sandbox/_control/transactions');
const left = Array.isArray(listed.json.transactions) ? listed.json.transactions.length : -1;
const swept = snap();
// V8 hands freed pages back to the system only when its memory reducer runs, several seconds
// after the heap shrank (about 5-8 s here); an idle server gets there on its own. So: 10 s idle,
// then the figure.
const settleStarted = performance.now();
await new Promise((r) => setTimeout(r, 10_000));
const settled = snap();
const settleMs = performance.now() - settleStarted;
await server.close();
process.stdout.write(
  JSON.stringify({ created, errors, createMs, clockStatus: moved.status, left, start, full, swept, settled, settleMs }) + '\n',
);
process.exit(0);
