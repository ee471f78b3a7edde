/**
 * The inspector: the exchange log, flows and live events, and their routes under /api.
 */
import { Hono } from 'hono';
import type { Config } from '../config.ts';
import { playgroundErrorResponse } from '../http/playground-error.ts';
import { EventBus } from './event-bus.ts';
import { exchangeSummary, type Exchange } from './exchange.ts';
import { ExchangeLog } from './exchange-log.ts';
import { FlowTracker } from './flow-tracker.ts';
import { buildHar } from './har.ts';
import { eventsHandler } from './events-route.ts';

export interface Inspector {
  exchanges: ExchangeLog;
  flows: FlowTracker;
  bus: EventBus;
  routes: Hono;
  /** Stores an exchange (already redacted) and tells the live subscribers. */
  record(e: Exchange): void;
}

export interface InspectorOptions {
  keepAliveMs?: number;
}

export function createInspector(config: Config, options: InspectorOptions = {}): Inspector {
  const bus = new EventBus();
  const exchanges = new ExchangeLog(config.proxy.exchangeLogSize);
  const flows = new FlowTracker(config.proxy.exchangeLogSize, bus);
  const routes = new Hono();

  routes.get('/api/exchanges', (c) => {
    const limitParam = Number(c.req.query('limit') ?? '');
    const limit = Number.isInteger(limitParam) && limitParam > 0 ? limitParam : undefined;
    return c.json({ exchanges: exchanges.list({ limit, flow: c.req.query('flow') || undefined }) });
  });
  routes.get('/api/exchanges.har', (c) => {
    c.header('Content-Disposition', 'attachment; filename="playground-exchanges.har"');
    return c.body(buildHar(exchanges.list(), config.publicUrl), 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });
  routes.get('/api/exchanges/:id', (c) => {
    const e = exchanges.get(c.req.param('id'));
    return e ? c.json(e) : playgroundErrorResponse(c, 'not_found', 'No exchange has that id (the log keeps the most recent ones only).');
  });
  routes.delete('/api/exchanges', (c) => {
    const cleared = exchanges.clear();
    flows.clear();
    return c.json({ cleared });
  });
  // Whole flows: they are small (ids, not exchanges), and the SPA then needs one shape only.
  routes.get('/api/flows', (c) => c.json({ flows: flows.list() }));
  routes.get('/api/flows/:id', (c) => {
    const f = flows.get(c.req.param('id'));
    return f ? c.json(f) : playgroundErrorResponse(c, 'not_found', 'No flow has that id.');
  });
  routes.get('/api/events', eventsHandler(bus, options.keepAliveMs ?? 15_000));

  return {
    exchanges,
    flows,
    bus,
    routes,
    record(e) {
      exchanges.add(e);
      bus.emit('exchange', exchangeSummary(e));
    },
  };
}
