/**
 * The inspector: the exchange log, flows and live events, and their routes under /api. The log
 * and the flows live in memory unless `stores` are given (the Redis ones, shared by instances).
 */
import { Hono, type Context } from 'hono';
import type { Config } from '../config.ts';
import { playgroundErrorResponse } from '../http/playground-error.ts';
import type { Logger } from '../log.ts';
import { EventBus } from './event-bus.ts';
import { exchangeSummary, type Exchange } from './exchange.ts';
import { ExchangeLog } from './exchange-log.ts';
import { FlowTracker } from './flow-tracker.ts';
import { buildHar } from './har.ts';
import { eventsHandler } from './events-route.ts';
import type { ExchangeStore, InspectorStores } from './inspector-store.ts';
import { MemoryFlowStore } from './memory-flow-store.ts';
import { newExchangeId } from './record-ids.ts';

export interface Inspector {
  exchanges: ExchangeStore;
  flows: FlowTracker;
  bus: EventBus;
  routes: Hono;
  /** A fresh exchange id, unique across instances. */
  nextExchangeId(): string;
  /** Stores an exchange (already redacted) and tells the live subscribers. */
  record(e: Exchange): Promise<void>;
}

export interface InspectorOptions {
  keepAliveMs?: number;
  stores?: InspectorStores;
  log?: Logger;
}

export function memoryInspectorStores(config: Config): InspectorStores {
  return { exchanges: new ExchangeLog(config.proxy.exchangeLogSize), flows: new MemoryFlowStore(config.proxy.exchangeLogSize) };
}

export function createInspector(config: Config, options: InspectorOptions = {}): Inspector {
  const bus = new EventBus();
  const stores = options.stores ?? memoryInspectorStores(config);
  const exchanges = stores.exchanges;
  const flows = new FlowTracker(stores.flows, bus);
  const routes = new Hono();

  // The store may be Redis, and Redis may be down: that is a 503 saying so, not a 500.
  const guarded =
    (handler: (c: Context) => Promise<Response>) =>
    async (c: Context): Promise<Response> => {
      try {
        return await handler(c);
      } catch (err) {
        options.log?.warn('inspector store unavailable', { path: c.req.path, error: String((err as Error)?.message ?? err).slice(0, 200) });
        return playgroundErrorResponse(c, 'store_unavailable');
      }
    };

  routes.get(
    '/api/exchanges',
    guarded(async (c) => {
      const limitParam = Number(c.req.query('limit') ?? '');
      const limit = Number.isInteger(limitParam) && limitParam > 0 ? limitParam : undefined;
      return c.json({ exchanges: await exchanges.list({ limit, flow: c.req.query('flow') || undefined }) });
    }),
  );
  routes.get(
    '/api/exchanges.har',
    guarded(async (c) => {
      c.header('Content-Disposition', 'attachment; filename="playground-exchanges.har"');
      return c.body(buildHar(await exchanges.list(), config.publicUrl), 200, { 'Content-Type': 'application/json; charset=utf-8' });
    }),
  );
  routes.get(
    '/api/exchanges/:id',
    guarded(async (c) => {
      const e = await exchanges.get(c.req.param('id') ?? '');
      return e ? c.json(e) : playgroundErrorResponse(c, 'not_found', 'No exchange has that id (the log keeps the most recent ones only).');
    }),
  );
  routes.delete(
    '/api/exchanges',
    guarded(async (c) => {
      const cleared = await exchanges.clear();
      await flows.clear();
      return c.json({ cleared });
    }),
  );
  // Whole flows: they are small (ids, not exchanges), and the SPA then needs one shape only.
  routes.get(
    '/api/flows',
    guarded(async (c) => c.json({ flows: await flows.list() })),
  );
  routes.get(
    '/api/flows/:id',
    guarded(async (c) => {
      const f = await flows.get(c.req.param('id') ?? '');
      return f ? c.json(f) : playgroundErrorResponse(c, 'not_found', 'No flow has that id.');
    }),
  );
  routes.get('/api/events', eventsHandler(bus, options.keepAliveMs ?? 15_000));

  return {
    exchanges,
    flows,
    bus,
    routes,
    nextExchangeId: newExchangeId,
    async record(e) {
      await exchanges.add(e);
      bus.emit('exchange', exchangeSummary(e));
    },
  };
}
