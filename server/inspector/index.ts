/**
 * The inspector: the exchange log, flows and live events, and their routes under /api. The log
 * and the flows live in memory unless `stores` are given (the Redis ones, shared by instances).
 * The proxy's recording runs through its RecordingQueue, off the answer's path; every read here
 * waits for what was queued before it, so what an answer named is there to read.
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
import type { ExchangeStore, InspectorStores, RetentionBounds } from './inspector-store.ts';
import { MemoryFlowStore } from './memory-flow-store.ts';
import { newExchangeId } from './record-ids.ts';
import { isStoreUnavailable } from '../sandbox/store/store-unavailable.ts';
import { releaseMemory } from './release-memory.ts';
import { RecordingQueue } from './recording-queue.ts';
import { settledReads } from './settled-reads.ts';

/** A page of GET /api/exchanges: 100 unless `limit` says otherwise, never more than 500. */
const PAGE = { default: 100, max: 500 };

export interface Inspector {
  exchanges: ExchangeStore;
  flows: FlowTracker;
  bus: EventBus;
  routes: Hono;
  /** A fresh exchange id, unique across instances. */
  nextExchangeId(): string;
  /** Stores an exchange (already redacted) and tells the live subscribers. */
  record(e: Exchange): Promise<void>;
  /** Where the proxy's recording jobs wait their turn (GET /api/recording shows its counters). */
  recording: RecordingQueue;
  /**
   * Queues a recording job. Undefined when queued at once; a promise to wait for when the queue
   * is full (back-pressure). With shared stores (Redis, several instances) the job runs at once
   * and the promise is its completion: another instance must read it as soon as the answer is
   * out, so it is written first, and it rejects when the write failed.
   */
  enqueue(job: () => Promise<void>): Promise<void> | undefined;
  /** False with shared stores: recording then happens before the answer, not in the queue. */
  queued: boolean;
  /** Resolves once every queued recording job has run. */
  settled(): Promise<void>;
}

/** Recording jobs that may wait at once before the proxy's answers wait for room (~2 KB each). */
export const RECORDING_QUEUE_CAPACITY = 10_000;

export interface InspectorOptions {
  keepAliveMs?: number;
  recordingCapacity?: number;
  stores?: InspectorStores;
  log?: Logger;
}

export function retentionBounds(config: Config): RetentionBounds {
  const p = config.proxy;
  return {
    maxBytes: p.logMaxBytes,
    maxFlows: p.logMaxFlows,
    maxLooseExchanges: p.logMaxLooseExchanges,
    maxExchangesPerFlow: p.logMaxExchangesPerFlow,
  };
}

/** The flow store's own cap is a safety bound only: flows leave with their exchanges, by retention. */
export const flowSafetyCap = (bounds: RetentionBounds): number => 2 * bounds.maxFlows;

export function memoryInspectorStores(config: Config): InspectorStores {
  const bounds = retentionBounds(config);
  return { exchanges: new ExchangeLog(bounds), flows: new MemoryFlowStore(flowSafetyCap(bounds)) };
}

/** `[json, json]` as one JSON array without parsing the stored exchanges again. */
const jsonArray = (items: string[]): string => `[${items.join(',')}]`;

export function createInspector(config: Config, options: InspectorOptions = {}): Inspector {
  const bus = new EventBus();
  const stores = options.stores ?? memoryInspectorStores(config);
  const recording = new RecordingQueue(options.recordingCapacity ?? RECORDING_QUEUE_CAPACITY, (err) =>
    options.log?.warn('proxy: exchange not recorded, inspector store unavailable', {
      error: String((err as Error)?.message ?? err).slice(0, 200),
    }),
  );
  const settled = () => recording.settled();
  const exchanges = settledReads(stores.exchanges, settled);
  const flows = new FlowTracker(stores.flows, bus, settled);
  const routes = new Hono();

  // The store may be Redis, and Redis may be down: that is a 503 saying so. Anything else is a
  // fault of ours (issue 13 D4: never reported as "Redis cannot be reached"), answered as such.
  const guarded =
    (handler: (c: Context) => Promise<Response>) =>
    async (c: Context): Promise<Response> => {
      try {
        return await handler(c);
      } catch (err) {
        const error = String((err as Error)?.message ?? err).slice(0, 200);
        if (isStoreUnavailable(err)) {
          options.log?.warn('inspector store unavailable', { path: c.req.path, error });
          return playgroundErrorResponse(c, 'store_unavailable');
        }
        options.log?.error('inspector store failed', { path: c.req.path, error });
        return playgroundErrorResponse(c, 'internal', 'The exchange log could not answer this request; the server log has the reason.');
      }
    };

  routes.get(
    '/api/exchanges',
    guarded(async (c) => {
      const limitParam = Number(c.req.query('limit') ?? '');
      const limit = Number.isInteger(limitParam) && limitParam > 0 ? Math.min(limitParam, PAGE.max) : undefined;
      const flow = c.req.query('flow');
      const json = (body: string) => c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
      // One flow: all of its exchanges (retention keeps a flow whole), `limit` honoured when given.
      if (flow) return json(`{"exchanges":${jsonArray((await exchanges.ofFlow(flow)).slice(0, limit))}}`);
      const before = c.req.query('before');
      if (before !== undefined && !/^\d{1,16}$/.test(before))
        return playgroundErrorResponse(c, 'bad_request', 'before: use the `next` value of the previous page.');
      const page = await exchanges.page(limit ?? PAGE.default, before);
      return json(`{"exchanges":${jsonArray(page.items)}${page.next ? `,"next":${JSON.stringify(page.next)}` : ''}}`);
    }),
  );
  routes.get(
    '/api/exchanges.har',
    guarded(async (c) => {
      c.header('Content-Disposition', 'attachment; filename="playground-exchanges.har"');
      return c.body(await buildHar(exchanges, config.publicUrl), 200, { 'Content-Type': 'application/json; charset=utf-8' });
    }),
  );
  routes.get(
    '/api/exchanges/:id',
    guarded(async (c) => {
      const e = await exchanges.get(c.req.param('id') ?? '');
      return e
        ? c.json(e)
        : playgroundErrorResponse(
            c,
            'not_found',
            'No exchange has that id (the log keeps whole flows, oldest evicted first, within its bounds).',
          );
    }),
  );
  routes.delete(
    '/api/exchanges',
    guarded(async (c) => {
      const cleared = await exchanges.clear();
      await flows.clear();
      releaseMemory();
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
  routes.get('/api/recording', (c) => c.json(recording.stats()));

  return {
    exchanges,
    flows,
    bus,
    routes,
    nextExchangeId: newExchangeId,
    async record(e) {
      const evicted = await stores.exchanges.add(e);
      // Retention is by flow: a flow the log let go of goes with its exchanges.
      if (evicted.length) await flows.store.remove(evicted);
      bus.emit('exchange', exchangeSummary(e));
    },
    recording,
    // Shared stores: many calls record side by side (Redis pipelines them), as before the queue.
    enqueue: (job) => (stores.shared ? job() : recording.add(job)),
    queued: !stores.shared,
    settled,
  };
}
