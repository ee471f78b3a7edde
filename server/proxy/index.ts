/**
 * The playground's own API (/api), the proxy (/proxy) and the callback catcher (/callback).
 * Placeholder until the proxy issue lands.
 */
import { Hono } from 'hono';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Sandbox } from '../sandbox/index.ts';

export interface PlaygroundApiOptions {
  config: Config;
  log: Logger;
  sandbox: Sandbox;
}

export interface PlaygroundApi {
  app: Hono;
  close(): Promise<void>;
}

export function createPlaygroundApi({ config }: PlaygroundApiOptions): PlaygroundApi {
  const app = new Hono();
  app.get('/api/environments', (c) =>
    c.json({ environments: [{ name: 'sandbox', baseUrl: `${config.publicUrl}/sandbox`, credentials: true }, ...config.environments.map((e) => ({ name: e.name, baseUrl: e.baseUrl, credentials: Boolean(e.clientId && e.clientSecret) }))] }),
  );
  return { app, close: async () => {} };
}
