/**
 * The sandbox alone as a server app: /healthz and the sandbox at /sandbox, as on the main server,
 * so the base URL is the same (http://<host>:<port>/sandbox). With config.redisUrl it keeps its
 * state in Redis through server/scale, so several can share it. Used by `npm run sandbox`, the
 * `iamsmart-sandbox` command and the package's `iamsmart-playground/sandbox` entry.
 */
import { Hono } from 'hono';
import type { Config } from './config.ts';
import type { Logger } from './log.ts';
import { createSandbox, type Sandbox } from './sandbox/index.ts';
import { createScaleOut } from './scale/index.ts';

export interface SandboxServer {
  app: Hono;
  sandbox: Sandbox;
  close(): Promise<void>;
}

export function createSandboxServer(config: Config, log: Logger): SandboxServer {
  const scale = createScaleOut(config, log);
  const sandbox = createSandbox({ config, log, store: scale?.store, sharedTokenKey: scale?.sharedTokenKey });
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.route('/sandbox', sandbox.app);
  return {
    app,
    sandbox,
    async close() {
      await sandbox.close();
      await scale?.close();
    },
  };
}
