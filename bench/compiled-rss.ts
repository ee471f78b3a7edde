/**
 * RSS of the server as `npm run serve` runs it (compiled JS from dist/, no tsx in the process):
 * idle, after 200 initiations and polls over HTTP have warmed its code paths, then holding
 * `pending` pending transactions initiated over HTTP by autocannon from this process (PERF-7,
 * REL-3: the server's own figure, without a load generator in its heap). Read from
 * /proc/<pid>/status, so it is the kernel's figure for that process alone.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LIFTED_LIMITS } from './bench-server.ts';
import { assertLoopback, BENCH_PORTS } from './loopback-guard.ts';
import { CLIENT_HEADERS, initiationBody } from './sandbox-calls.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRY = 'dist/server/server/index.js';

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

export interface CompiledRss {
  idleMb: number;
  pendingMb: number;
  created: number;
  errors: number;
  createMs: number;
}

/** undefined when the server has not been built (`npm run build`). */
export async function compiledRss(pending: number): Promise<CompiledRss | undefined> {
  if (!existsSync(resolve(ROOT, ENTRY))) return undefined;
  const url = `http://127.0.0.1:${BENCH_PORTS.compiledRss}`;
  assertLoopback(url);
  const child = spawn(process.execPath, [ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...LIFTED_LIMITS,
      PORT: String(BENCH_PORTS.compiledRss),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      PLAYGROUND_CONFIG: 'bench/no-config.json',
      ENV_FILE: 'bench/.env.none',
    },
    stdio: 'ignore',
  });
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error('compiled server did not start');
      const up = await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const init = JSON.stringify(initiationBody('auth', url));
    for (let i = 0; i < 200; i++) {
      const res = await fetch(`${url}/sandbox/iamsmart/v2/request/auth`, { method: 'POST', headers: CLIENT_HEADERS, body: init });
      const { token } = (await res.json()) as { token: string };
      await (
        await fetch(`${url}/sandbox/iamsmart/v2/callback/client`, {
          method: 'POST',
          headers: CLIENT_HEADERS,
          body: JSON.stringify({ token }),
        })
      ).text();
    }
    await fetch(`${url}/sandbox/_control/reset`, { method: 'POST', headers: CLIENT_HEADERS, body: '{}' }).then((r) => r.text());
    // Let the allocator and GC settle after the burst, as an idle server would.
    await new Promise((r) => setTimeout(r, 1500));
    const idleMb = rssMb(child.pid!);
    const started = performance.now();
    const load = await autocannon({
      url: `${url}/sandbox/iamsmart/v2/request/auth`,
      method: 'POST',
      headers: CLIENT_HEADERS,
      body: init,
      connections: 32,
      amount: pending,
      timeout: 30,
    });
    const createMs = performance.now() - started;
    // A moment for the last answers' garbage to be collected, as an idle server would.
    await new Promise((r) => setTimeout(r, 1500));
    return { idleMb, pendingMb: rssMb(child.pid!), created: load['2xx'], errors: load.errors + load.timeouts + load.non2xx, createMs };
  } finally {
    child.kill('SIGTERM');
  }
}
