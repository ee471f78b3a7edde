/**
 * The embedded sandbox: a Hono sub-app mounted at /sandbox (docs/sandbox-contract.md §1). It emulates the
 * Fill Easy iAM Smart API v2 (api-routes.ts), the simulated iAM Smart pages (sim/) and the control
 * API (control/). State lives behind the SandboxStore interface (in memory unless a store is given).
 */
import { Hono } from 'hono';
import type { Config, SandboxClient } from '../config.ts';
import { registerSecret, type Logger } from '../log.ts';
import { MESSAGES } from '../../shared/catalogue/index.ts';
import { apiRoutes } from './api-routes.ts';
import { MovableClock } from './clock.ts';
import type { SandboxContext } from './context.ts';
import { controlRoutes } from './control/control-routes.ts';
import { createTokenIssuer, tokenKey } from './crypto/tokens.ts';
import { keyGate } from './crypto/key-gate.ts';
import { errorResponse } from './http/api-error.ts';
import { faultInjection } from './http/fault.ts';
import { hostGuard } from './http/host-guard.ts';
import { hostPolicy } from '../http/host-policy.ts';
import { simRoutes } from './sim/sim-routes.ts';
import { createMemoryStore } from './store/memory-store.ts';
import type { SandboxStore } from './store/types.ts';
import { isStoreUnavailable, STORE_UNAVAILABLE_MESSAGE } from './store/store-unavailable.ts';
import { SandboxChanges } from './changes/sandbox-changes.ts';
import { observedStore } from './changes/observed-store.ts';
import { findTransaction, type TransactionKey } from './changes/find-transaction.ts';
import type { TransactionView } from './changes/transaction-view.ts';

export interface SandboxOptions {
  config: Config;
  log: Logger;
  /** Defaults to a fresh in-memory store. */
  store?: SandboxStore;
  /** Defaults to wall time. */
  clock?: MovableClock;
  /** The token key shared with other instances (server/scale), when config.sandbox.tokenKey is unset. */
  sharedTokenKey?: () => Promise<string>;
}

export interface Sandbox {
  app: Hono;
  /** The movable base clock; each client also has its own offset in the store (POST /_control/clock). */
  clock: MovableClock;
  /** The store as given; the sandbox's own handlers use it through a wrapper that reports changes. */
  store: SandboxStore;
  /** Every change of a transaction's state and of a client's clock, for whoever watches that client. */
  changes: SandboxChanges;
  /** One transaction of `clientId` by id (the token's `sub`), ticket or state, in O(1). */
  findTransaction(clientId: string, key: TransactionKey): Promise<TransactionView | undefined>;
  clients: readonly SandboxClient[];
  /** Verifies a token this sandbox issued (HS256, sandbox key, not expired) and returns its payload; throws otherwise. */
  verifyToken(compact: string): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export function createSandbox({
  config,
  log,
  store: given = createMemoryStore(),
  clock = new MovableClock(),
  sharedTokenKey,
}: SandboxOptions): Sandbox {
  const changes = new SandboxChanges(given, clock, (err) => log.warn('sandbox change watch failed', { error: String(err) }));
  const store = observedStore(given, changes, clock);
  for (const client of config.clients) registerSecret(client.secret, client.id);
  const key = tokenKey(config.sandbox.tokenKey);
  const ctx: SandboxContext = {
    settings: config.sandbox,
    publicUrl: config.publicUrl,
    clients: config.clients,
    store,
    clock,
    tokens: createTokenIssuer(key),
    tokenKey: key,
    log,
  };

  const gate = sharedTokenKey
    ? keyGate(sharedTokenKey, (shared) => {
        ctx.tokenKey = tokenKey(shared);
        ctx.tokens = createTokenIssuer(ctx.tokenKey);
      })
    : undefined;

  const app = new Hono();
  app.use('*', hostGuard(hostPolicy(config.publicUrl.replace(/\/+$/, ''), config.allowedHosts)));
  if (gate) {
    app.use('*', async (_c, next) => {
      await gate.ready();
      await next();
    });
  }
  app.use('*', faultInjection(config.sandbox.maxFaultDelayMs));
  app.route('/_control', controlRoutes(ctx));
  app.route('/sim', simRoutes(ctx));
  app.route('/', apiRoutes(ctx));
  // A route, not app.notFound: a mounted sub-app's notFound is ignored by the parent (the proxy
  // and the main server mount this app), and the sandbox must answer in its own error body.
  app.all('*', () =>
    errorResponse(404, MESSAGES.notFound, {
      errors: [{ path: '(path)', message: 'no such sandbox endpoint; see /openapi.json for the API paths' }],
    }),
  );
  app.onError((err) => {
    // The shared store (Redis) is down or restarting: the request was fine, the client may retry.
    if (isStoreUnavailable(err)) return errorResponse(503, STORE_UNAVAILABLE_MESSAGE);
    log.error('sandbox error', { error: String(err) });
    return errorResponse(500, MESSAGES[500]);
  });

  const sweeper = setInterval(() => {
    store.sweep(clock.now()).catch((err: unknown) => log.warn('sandbox sweep failed', { error: String(err) }));
  }, config.sandbox.sweepIntervalMs);
  sweeper.unref();

  return {
    app,
    clock,
    store: given,
    changes,
    findTransaction: (clientId, key) => findTransaction(given, clock, clientId, key),
    clients: config.clients,
    verifyToken: async (compact) => {
      await gate?.ready();
      return ctx.tokens.verify(compact, clock.now());
    },
    async close() {
      clearInterval(sweeper);
      changes.close();
      await store.close();
    },
  };
}
