/**
 * Starts the real server (server/index.ts) in a child process on a bench port, on 127.0.0.1 only,
 * with the sandbox's per-client limits lifted so the load is not turned away with 429 / 503:
 * SANDBOX_INITS_PER_MINUTE and SANDBOX_MAX_LIVE_TRANSACTIONS are raised, nothing else changes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { assertLoopback } from './loopback-guard.ts';

export interface BenchServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export const LIFTED_LIMITS = { SANDBOX_INITS_PER_MINUTE: '100000000', SANDBOX_MAX_LIVE_TRANSACTIONS: '5000000' };

export async function startBenchServer(port: number, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const url = `http://127.0.0.1:${port}`;
  assertLoopback(url);
  const root = resolve(import.meta.dirname, '..');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: {
      ...process.env,
      ...LIFTED_LIMITS,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      PLAYGROUND_CONFIG: 'bench/no-config.json',
      ENV_FILE: 'bench/.env.none',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bench server exited (${child.exitCode}): ${stderr}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL');
    throw new Error(`bench server did not start on ${url}: ${stderr}`);
  }
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((r) => {
        if (child.exitCode !== null) return r();
        child.once('exit', () => r());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
