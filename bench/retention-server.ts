/**
 * The server the retention rows measure: the compiled one (`node dist/server/server/index.js`, as
 * `npm start` runs it) when it has been built, so RSS has no tsx in it; else server/index.ts under
 * tsx (bench-server.ts), and the row says which.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { LIFTED_LIMITS, startBenchServer } from './bench-server.ts';
import { assertLoopback } from './loopback-guard.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRY = 'dist/server/server/index.js';

export interface RetentionServer {
  url: string;
  pid: number;
  kind: 'compiled' | 'tsx';
  stop(): Promise<void>;
}

export async function startRetentionServer(port: number, env: Record<string, string>): Promise<RetentionServer> {
  if (!existsSync(resolve(ROOT, ENTRY))) {
    const s = await startBenchServer(port, env);
    return { url: s.url, pid: s.child.pid!, kind: 'tsx', stop: s.stop };
  }
  const url = `http://127.0.0.1:${port}`;
  assertLoopback(url);
  const child = spawn(process.execPath, [ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...LIFTED_LIMITS,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      PLAYGROUND_CONFIG: 'bench/no-config.json',
      ENV_FILE: 'bench/.env.none',
      ...env,
    },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`compiled server did not start on ${url}`);
    }
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  return { url, pid: child.pid!, kind: 'compiled', stop };
}
