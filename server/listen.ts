import { serve, type ServerType } from '@hono/node-server';
import type { Server as HttpServer } from 'node:http';
import type { Config } from './config.ts';
import type { Logger } from './log.ts';
import { installLastResort } from './last-resort.ts';

interface Closable {
  app: { fetch: (req: Request, ...rest: never[]) => Response | Promise<Response> };
  close(): Promise<void>;
}

/** The longest a connection may take to send its headers, and its whole request (docs/quality-targets.md REL-1). */
export interface HttpLimits {
  headersMs: number;
  requestMs: number;
}

export const HTTP_LIMITS: HttpLimits = { headersMs: 10_000, requestMs: 30_000 };

/**
 * Node checks headersTimeout and requestTimeout only every connectionsCheckingInterval (30 s by
 * default), so a slow client could hold a socket for the timeout plus up to one interval: 13 s for
 * headers and 51 s for a stalled body were measured. The check runs often instead, and each timeout
 * is shortened by two, so the connection is closed within the stated limit.
 */
function serverOptions({ headersMs, requestMs }: HttpLimits) {
  const interval = Math.max(50, Math.min(1_000, Math.floor(headersMs / 4)));
  // Two intervals of slack: one for where the check falls, one for the event loop being busy.
  return {
    connectionsCheckingInterval: interval,
    headersTimeout: headersMs - 2 * interval,
    requestTimeout: requestMs - 2 * interval,
    keepAliveTimeout: 5_000,
  };
}

/**
 * Listens with those limits and shuts down cleanly on SIGINT / SIGTERM: stop accepting, finish
 * in-flight requests, then exit. A port that cannot be bound ends the process with a message
 * saying so (it used to surface as an "uncaught exception", then exit code 13).
 */
export function listen(server: Closable, config: Config, log: Logger, what: string, limits: HttpLimits = HTTP_LIMITS): Promise<ServerType> {
  installLastResort(log);
  return new Promise((resolveListen) => {
    const http = serve(
      { fetch: server.app.fetch as never, hostname: config.host, port: config.port, serverOptions: serverOptions(limits) },
      (info) => {
        log.info(`${what} listening`, { url: `http://${config.host}:${info.port}`, open: config.publicUrl });
        resolveListen(http);
      },
    );
    const node = http as HttpServer;
    node.once('error', (err: NodeJS.ErrnoException) => {
      const why =
        err.code === 'EADDRINUSE'
          ? `port ${config.port} on ${config.host} is already in use (another ${what}, or another program, listens there); stop it or set PORT to a free port`
          : `cannot listen on ${config.host}:${config.port} (${err.code ?? err.message}); set HOST and PORT to an address this machine has`;
      log.error(`${what} not started: ${why}`);
      process.exit(1);
    });
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
