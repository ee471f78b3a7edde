/**
 * `import { createSandbox } from 'iamsmart-playground/sandbox'`: the sandbox inside a partner's own
 * test server, as a Hono app (`app`, `fetch`) or a Node request listener (`handler`). The API is
 * at <publicUrl>/sandbox, so mount the app at the root of the origin given as `publicUrl`
 * (the QR pages and callbacks it builds point there).
 *
 *   const sandbox = createSandbox({ publicUrl: 'http://127.0.0.1:8799' });
 *   http.createServer(sandbox.handler).listen(8799);
 */
import { getRequestListener } from '@hono/node-server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hono } from 'hono';
import { testConfig, TEST_CLIENT, type SandboxClient, type SandboxSettings } from '../config.ts';
import { logger, type Logger } from '../log.ts';
import { createSandboxServer } from '../sandbox-server.ts';

export interface CreateSandboxOptions {
  /** The origin the sandbox is reached at (default http://127.0.0.1:8787); its API is <publicUrl>/sandbox. */
  publicUrl?: string;
  /** Clients besides the public test client, with their registered redirects. */
  clients?: SandboxClient[];
  /** Overrides of the sandbox settings (timeouts, TTLs, limits); see docs/configuration.md. */
  settings?: Partial<SandboxSettings>;
  /** Shared state for several instances (redis://…); in memory when absent. */
  redisUrl?: string;
  /** Log lines on stderr (default: silent). */
  log?: boolean;
}

export interface EmbeddedSandbox {
  /** Hono app: GET /healthz and the sandbox at /sandbox. */
  app: Hono;
  fetch: (request: Request) => Response | Promise<Response>;
  /** For node:http's createServer. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** The API base URL: <publicUrl>/sandbox. */
  url: string;
  /** Stops timers and closes connections (Redis). */
  close(): Promise<void>;
}

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export function createSandbox(options: CreateSandboxOptions = {}): EmbeddedSandbox {
  const base = testConfig();
  const publicUrl = (options.publicUrl ?? base.publicUrl).replace(/\/+$/, '');
  const config = testConfig({
    publicUrl,
    clients: [TEST_CLIENT, ...(options.clients ?? [])],
    sandbox: { ...base.sandbox, ...options.settings },
    redisUrl: options.redisUrl,
  });
  const server = createSandboxServer(config, options.log ? logger : silent);
  return {
    app: server.app,
    fetch: (request) => server.app.fetch(request),
    handler: getRequestListener((request) => server.app.fetch(request)) as EmbeddedSandbox['handler'],
    url: `${publicUrl}/sandbox`,
    close: () => server.close(),
  };
}

export type { SandboxClient, SandboxSettings } from '../config.ts';
export { TEST_CLIENT } from '../config.ts';
