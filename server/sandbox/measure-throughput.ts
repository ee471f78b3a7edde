/**
 * In-process throughput of full sandbox flows (init → approve via the control API → poll with
 * the JWE), through app.request() with no sockets, plus the memory of 100,000 pending
 * transactions. A quick measurement, not a test:  npx tsx server/sandbox/measure-throughput.ts
 */
import { testConfig, TEST_CLIENT } from '../config.ts';
import { memoryLogger } from '../log.ts';
import { createSandbox } from './index.ts';

const headers = { 'content-type': 'application/json', 'x-client-id': TEST_CLIENT.id, 'x-client-secret': TEST_CLIENT.secret };
const config = testConfig();
config.sandbox = { ...config.sandbox, initsPerMinute: 1e9, maxLiveTransactions: 1e9 };
const sandbox = createSandbox({ config, log: memoryLogger() });

async function post(path: string, body: unknown): Promise<Response> {
  return sandbox.app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
}

async function flow(): Promise<void> {
  const init = (await (await post('/iamsmart/v2/request/auth', { source: 'PC_Browser', redirect: 'https://www.yourwebsite.com/callback' })).json()) as { token: string };
  await post('/_control/approve', { token: init.token });
  const res = await post('/iamsmart/v2/callback/client', { token: init.token });
  if (res.status !== 200) throw new Error(`poll answered ${res.status}`);
  await res.arrayBuffer();
}

async function measure(seconds: number, concurrency: number): Promise<number> {
  let done = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        await flow();
        done++;
      }
    }),
  );
  return done / seconds;
}

await measure(1, 10); // warm-up
for (const c of [1, 10]) console.log(`full flows/s at concurrency ${c}: ${(await measure(3, c)).toFixed(0)}`);

async function pendingPolls(seconds: number, concurrency: number): Promise<number> {
  const init = (await (await post('/iamsmart/v2/request/auth', { source: 'PC_Browser', redirect: 'https://www.yourwebsite.com/callback' })).json()) as { token: string };
  let done = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const res = await post('/iamsmart/v2/callback/client', { token: init.token });
        if (res.status !== 202) throw new Error(`pending poll answered ${res.status}`);
        done++;
      }
    }),
  );
  return done / seconds;
}
console.log(`pending polls/s at concurrency 10: ${(await pendingPolls(3, 10)).toFixed(0)}`);

await sandbox.store.reset(TEST_CLIENT.id);
global.gc?.();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < 100_000; i++) await post('/iamsmart/v2/request/auth', { source: 'PC_Browser', redirect: 'https://www.yourwebsite.com/callback' });
global.gc?.();
const counts = await sandbox.store.counts();
console.log(`100,000 pending transactions: ${counts.pending} held, heap +${((process.memoryUsage().heapUsed - before) / 2 ** 20).toFixed(0)} MB, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
sandbox.clock.advance(config.sandbox.pendingTimeoutMs + config.sandbox.resultTtlMs);
const swept = await sandbox.store.sweep(sandbox.clock.now());
global.gc?.();
console.log(`after TTL: swept ${swept}, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
await sandbox.close();
