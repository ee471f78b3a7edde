/**
 * A throw-away redis-server for tests: loopback only, no persistence, on a free port of its own.
 * Tests that only need *a* Redis use `REDIS_TEST_URL` when CI provides one (see .ci/run); tests
 * that kill and restart Redis always start their own. A missing redis-server is a failure with a
 * message saying how to fix it, never a silent skip.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { freePort as anyFreePort } from './free-port.ts';

const CANDIDATES = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'];

export interface TestRedis {
  url: string;
  port: number;
  /** Stops the server (SIGKILL when `hard`: a crash, not a clean shutdown). */
  stop(hard?: boolean): Promise<void>;
  /** Starts it again on the same port, empty (no persistence). */
  restart(): Promise<void>;
}

function redisBinary(): string {
  const found = CANDIDATES.find((p) => existsSync(p)) ?? (spawnSync('which', ['redis-server']).stdout?.toString().trim() || undefined);
  if (!found)
    throw new Error(
      'redis-server is not installed: the Redis store tests need it (apt-get install redis-server), or set REDIS_TEST_URL to a loopback Redis',
    );
  return found;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A free port, from the 6390-6399 range first (the project's test range), then any. */
async function freePort(): Promise<number> {
  const start = 6390 + Math.floor(Math.random() * 10);
  for (let i = 0; i < 10; i++) {
    const port = 6390 + ((start - 6390 + i) % 10);
    if (await portIsFree(port)) return port;
  }
  return anyFreePort();
}

function launch(binary: string, port: number): Promise<ChildProcess> {
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--protected-mode',
    'yes',
    '--loglevel',
    'notice',
  ];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`redis-server did not start on port ${port}: ${output.slice(-500)}`)), 5000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (/Ready to accept connections/i.test(output)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.off('exit', onEarlyExit);
        child.stdout?.resume();
        child.stderr?.resume();
        // A test run that dies without its afterAll must not leave a redis-server behind.
        const reap = (): void => void child.kill('SIGKILL');
        process.once('exit', reap);
        child.once('exit', () => process.off('exit', reap));
        resolve(child);
      }
    };
    function fail(err: Error): void {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const onEarlyExit = (code: number | null): void =>
      fail(new Error(`redis-server exited (${code}) before it was ready: ${output.slice(-500)}`));
    child.once('exit', onEarlyExit);
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts a private redis-server (never the shared one: callers may kill it). */
export async function startTestRedis(): Promise<TestRedis> {
  const binary = redisBinary();
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    try {
      let child = await launch(binary, port);
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        async stop(hard = false) {
          const done = exited(child);
          child.kill(hard ? 'SIGKILL' : 'SIGTERM');
          await done;
        },
        async restart() {
          child = await launch(binary, port);
        },
      };
    } catch (err) {
      lastError = err; // Another test took the port between the probe and the bind: try another.
    }
  }
  throw lastError;
}

/** A Redis any test may share: REDIS_TEST_URL when set, else a private one (stopped by the caller). */
export async function sharedTestRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const url = process.env.REDIS_TEST_URL;
  if (url) return { url, stop: async () => {} };
  const own = await startTestRedis();
  return { url: own.url, stop: () => own.stop() };
}

/** Deletes every key under a test's prefix, so a shared Redis does not fill up run after run. */
export async function forgetPrefix(url: string, prefix: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await client.connect();
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length) await client.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}
