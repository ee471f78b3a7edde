import { serve, type ServerType } from '@hono/node-server';
import type { Server as HttpServer } from 'node:http';
import type { Config } from './config.ts';
import type { Logger } from './log.ts';
import { installLastResort } from './last-resort.ts';

interface Closable {
  app: { fetch: (req: Request, ...rest: never[]) => Response | Promise<Response> };
  close(): Promise<void>;
}

/**
 * Listens with the limits of docs/quality-targets.md REL-1 (slow headers and slow bodies are cut off) and
 * shuts down cleanly on SIGINT / SIGTERM: stop accepting, finish in-flight requests, then exit.
 */
export function listen(server: Closable, config: Config, log: Logger, what: string): Promise<ServerType> {
  installLastResort(log);
  return new Promise((resolveListen) => {
    const http = serve({ fetch: server.app.fetch as never, hostname: config.host, port: config.port }, (info) => {
      log.info(`${what} listening`, { url: `http://${config.host}:${info.port}`, open: config.publicUrl });
      resolveListen(http);
    });
    const node = http as HttpServer;
    node.headersTimeout = 10_000;
    node.requestTimeout = 30_000;
    node.keepAliveTimeout = 5_000;
    let closing = false;
    const shutdown = (signal: string) => {
      if (closing) return;
      closing = true;
      log.info('shutting down', { signal });
      node.close(() => void server.close().then(() => process.exit(0)));
      node.closeIdleConnections?.();
      setTimeout(() => process.exit(0), 5_000).unref();
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
  });
}
