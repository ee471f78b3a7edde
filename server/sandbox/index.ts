/**
 * The embedded sandbox: a Hono sub-app mounted at /sandbox (sandbox contract §1).
 * Placeholder until the sandbox issue lands: every API path answers 501.
 */
import { Hono } from 'hono';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';

export interface SandboxOptions {
  config: Config;
  log: Logger;
}

export interface Sandbox {
  app: Hono;
  close(): Promise<void>;
}

export function createSandbox(_options: SandboxOptions): Sandbox {
  const app = new Hono();
  app.all('*', (c) => c.json({ status: 501, message: 'The sandbox is not built yet' }, 501));
  return { app, close: async () => {} };
}
