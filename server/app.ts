/**
 * The one server: the embedded sandbox at /sandbox, the proxy at /proxy, the playground's own API
 * at /api, the callback catcher at /callback, and the SPA everywhere else.
 */
import { Hono } from 'hono';
import type { Config } from './config.ts';
import { buildOpenApi, buildSandboxOpenApi } from '../shared/openapi/build-openapi.ts';
import { createSandbox, type Sandbox } from './sandbox/index.ts';
import { createPlaygroundApi, type PlaygroundApi } from './proxy/index.ts';
import { securityHeaders } from './http/security-headers.ts';
import { guideRoute } from './guide/guide-route.ts';
import { staticSite } from './http/static-site.ts';
import { scrubOutgoing } from './http/scrub-outgoing.ts';
import { playgroundErrorResponse, PlaygroundError } from './http/playground-error.ts';
import { logger, type Logger } from './log.ts';
import { createScaleOut, type ScaleOut } from './scale/index.ts';

export interface AppOptions {
  config: Config;
  log?: Logger;
}

export interface Server {
  app: Hono;
  sandbox: Sandbox;
  playground: PlaygroundApi;
  /** Set when config.redisUrl is: the shared Redis stores (sandbox, inspector) and the live-events relay. */
  scale?: ScaleOut;
  /** Stops timers and closes connections; the HTTP listener is closed by the caller. */
  close(): Promise<void>;
}

export function createServer({ config, log = logger }: AppOptions): Server {
  const app = new Hono();
  const scale = createScaleOut(config, log);
  const sandbox = createSandbox({ config, log, store: scale?.store, sharedTokenKey: scale?.sharedTokenKey });
  const playground = createPlaygroundApi({ config, log, sandbox, inspectorStores: scale?.inspector });
  void scale?.relay(playground.inspector.bus);

  // First, so it wraps every route below: the one redaction on everything that leaves.
  app.use('*', scrubOutgoing);
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/openapi.json', (c) => c.json(buildOpenApi(`${config.publicUrl}/sandbox`)));
  app.get('/openapi-sandbox.json', (c) => c.json(buildSandboxOpenApi(`${config.publicUrl}/sandbox`)));
  app.route('/sandbox', sandbox.app);
  app.route('/', playground.app);

  app.use('*', securityHeaders);
  app.route('/', guideRoute());
  app.route('/', staticSite(config.staticRoot));

  app.notFound((c) => playgroundErrorResponse(c, 'not_found'));
  // Last resort: a generic body with no stack, and the process lives on (docs/quality-targets.md REL-2).
  app.onError((err, c) => {
    if (err instanceof PlaygroundError) return playgroundErrorResponse(c, err.code, err.message, err.details);
    const requestId = crypto.randomUUID();
    log.error('unhandled error', { requestId, path: c.req.path, error: String(err) });
    return c.json({ error: { code: 'internal', message: 'Something went wrong in the playground.', requestId } }, 500);
  });

  return {
    app,
    sandbox,
    playground,
    scale,
    async close() {
      await playground.close();
      await sandbox.close();
      await scale?.close();
    },
  };
}
