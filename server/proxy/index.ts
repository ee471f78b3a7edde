/**
 * The playground's own API (/api), the proxy (/proxy) and the callback catcher (/callback).
 */
import { Hono } from 'hono';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Sandbox } from '../sandbox/index.ts';
import { createInspector, type Inspector } from '../inspector/index.ts';
import type { InspectorStores } from '../inspector/inspector-store.ts';
import { decodeHandler } from '../decode/index.ts';
import type { TokenVerifier } from '../decode/decode-jws.ts';
import { requestGuard } from '../http/request-guard.ts';
import { playgroundErrorResponse } from '../http/playground-error.ts';
import { createEnvironments, type Environments } from '../environments.ts';
import { createAgent } from './upstream.ts';
import { PROXY_METHODS, proxyHandler } from './proxy-route.ts';
import { callbackHandler } from './callback-route.ts';
import { followSandbox, type SandboxFollower } from '../inspector/sandbox-sync.ts';

/** The part of the sandbox the playground API uses: its routes (mounted at /sandbox), its token check, and its change events and lookups (inspector sync). */
export type ProxiedSandbox = Pick<Sandbox, 'app' | 'verifyToken' | 'findTransaction'> & { changes: Pick<Sandbox['changes'], 'watch'> };

export interface PlaygroundApiOptions {
  config: Config;
  log: Logger;
  sandbox: ProxiedSandbox;
  /** Interval of the SSE keep-alive comment; tests shorten it. */
  keepAliveMs?: number;
  /** Where the exchange log and flows live; in memory when absent (server/scale gives the Redis ones). */
  inspectorStores?: InspectorStores;
}

export interface PlaygroundApi {
  app: Hono;
  inspector: Inspector;
  environments: Environments;
  /** Keeps sandbox flows current from the sandbox's change events (for the "sandbox" environment's client). */
  sandboxSync?: SandboxFollower;
  close(): Promise<void>;
}

export function createPlaygroundApi({ config, log, sandbox, keepAliveMs, inspectorStores }: PlaygroundApiOptions): PlaygroundApi {
  const app = new Hono();
  const envs = createEnvironments(config, log);
  const inspector = createInspector(config, { keepAliveMs, stores: inspectorStores, log });
  const agent = createAgent({ timeoutMs: config.proxy.timeoutMs, maxResponseBytes: config.proxy.maxResponseBytes });
  // The sandbox seen at the same path as over HTTP, so the URLs it builds are the public ones.
  const sandboxHost = new Hono().route('/sandbox', sandbox.app);
  const sandboxClient = envs.get('sandbox')?.clientId;
  const sandboxSync = sandboxClient
    ? followSandbox(
        inspector,
        { watch: (l) => sandbox.changes.watch(sandboxClient, l), find: (key) => sandbox.findTransaction(sandboxClient, key) },
        log,
      )
    : undefined;
  const verifier = (): TokenVerifier => (compact) => sandbox.verifyToken(compact);

  app.use('/proxy/*', async (c, next) => {
    if (!PROXY_METHODS.has(c.req.method.toUpperCase())) {
      c.header('Allow', [...PROXY_METHODS].join(', '));
      return playgroundErrorResponse(
        c,
        'method_not_allowed',
        `The proxy forwards ${[...PROXY_METHODS].join(', ')}; not ${c.req.method.slice(0, 20)}.`,
      );
    }
    await next();
  });
  app.use('/proxy/*', requestGuard({ publicUrl: config.publicUrl, allowedHosts: config.allowedHosts, strict: () => true }));
  app.use(
    '/api/*',
    requestGuard({
      publicUrl: config.publicUrl,
      allowedHosts: config.allowedHosts,
      strict: (method) => method !== 'GET' && method !== 'HEAD',
    }),
  );

  app.get('/api/environments', (c) =>
    c.json({
      environments: envs
        .list()
        .map((t) => ({ name: t.name, baseUrl: t.baseUrl, credentials: Boolean(t.clientId && t.clientSecret), sandbox: t.sandbox })),
    }),
  );
  app.post('/api/decode', decodeHandler(envs, config.proxy.maxBodyBytes, verifier));
  app.route('/', inspector.routes);
  app.get('/callback', callbackHandler(inspector, log));
  app.all('/proxy/*', proxyHandler({ config, log, envs, inspector, sandboxHost, agent }));
  app.all('/proxy', (c) => playgroundErrorResponse(c, 'target_not_allowed', 'Proxy paths look like /proxy/<environment>/<API path>.'));
  // Last: an unknown /api path is a JSON 404 for whoever called it, not the SPA's page.
  app.all('/api/*', (c) => playgroundErrorResponse(c, 'not_found', 'No playground API has this path; docs/playground-api.md lists them.'));

  return {
    app,
    inspector,
    environments: envs,
    sandboxSync,
    async close() {
      // What the proxy answered is recorded before the stores go.
      await inspector.settled();
      sandboxSync?.stop();
      await agent.close();
    },
  };
}
