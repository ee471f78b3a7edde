// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { useFlowsStore } from './flows-store.ts';
import { FakeEventSource } from '../../app/fake-event-source.ts';
import { disconnectLiveEvents } from '../../app/live-events.ts';
import type { Exchange, Flow } from './flow-types.ts';

const at = '2026-01-01T00:00:00Z';
const flow = (id: string, over: Partial<Flow> = {}): Flow => ({
  id,
  env: 'sandbox',
  endpointId: 'auth',
  createdAt: at,
  updatedAt: at,
  status: 'pending',
  exchanges: [],
  callbacks: [],
  children: [],
  ...over,
});
const exchange = (id: string, flowId: string, over: Partial<Exchange> = {}): Exchange => ({
  id,
  env: 'sandbox',
  endpointId: 'poll',
  flowId,
  startedAt: at,
  request: { method: 'POST', path: '/iamsmart/v2/callback/client', headers: {} },
  timings: { totalMs: 1 },
  ...over,
});
const summary = (e: Exchange) => ({
  id: e.id,
  env: e.env,
  endpointId: e.endpointId,
  flowId: e.flowId,
  method: 'POST',
  path: e.request.path,
  status: 202,
  startedAt: e.startedAt,
  timings: e.timings,
});

let server: { flows: Record<string, Flow>; exchanges: Record<string, Exchange> };
let requests: string[];

beforeEach(() => {
  vi.useFakeTimers();
  setActivePinia(createPinia());
  FakeEventSource.instances = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  requests = [];
  server = { flows: {}, exchanges: {} };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requests.push(url);
      const path = url.split('?')[0];
      if (path === '/api/flows') return Response.json({ flows: Object.values(server.flows) });
      const f = /^\/api\/flows\/(.+)$/.exec(path);
      if (f)
        return server.flows[f[1]]
          ? Response.json(server.flows[f[1]])
          : Response.json({ error: { code: 'not_found', message: 'no such flow' } }, { status: 404 });
      const one = /^\/api\/exchanges\/(.+)$/.exec(path);
      if (one) return Response.json(server.exchanges[one[1]]);
      if (path === '/api/exchanges') {
        const id = new URLSearchParams(url.split('?')[1]).get('flow');
        return Response.json({ exchanges: Object.values(server.exchanges).filter((e) => e.flowId === id) });
      }
      return new Response('{}', { status: 404 });
    }),
  );
});
afterEach(() => {
  disconnectLiveEvents();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function watched(id: string) {
  const store = useFlowsStore();
  store.watch(id);
  await flushPromises();
  requests = [];
  return store;
}

describe('useFlowsStore, live by events', () => {
  it('loads a watched flow, its exchanges and its children once', async () => {
    server.flows.f1 = flow('f1', { children: ['c1'], exchanges: ['e1'] });
    server.flows.c1 = flow('c1', { parent: 'f1', endpointId: 'formfilling' });
    server.exchanges.e1 = exchange('e1', 'f1');
    const store = useFlowsStore();
    store.watch('f1');
    await flushPromises();
    expect(requests.sort()).toEqual([
      '/api/exchanges?flow=c1&limit=500',
      '/api/exchanges?flow=f1&limit=500',
      '/api/flows/c1',
      '/api/flows/f1',
    ]);
    expect(store.family('f1').map((f) => f.id)).toEqual(['f1', 'c1']);
    expect(store.exchangesOf('f1').map((e) => e.id)).toEqual(['e1']);
  });

  it('reads a flow only once the event stream is open, and never lets an older copy replace a newer one', async () => {
    server.flows.f1 = flow('f1', { status: 'approved', updatedAt: '2026-01-01T00:00:05Z' });
    const store = useFlowsStore();
    store.watch('f1');
    expect(requests).toEqual([]);
    await flushPromises();
    expect(requests[0]).toBe('/api/flows/f1');
    FakeEventSource.current.send('flow', flow('f1', { status: 'collected', updatedAt: '2026-01-01T00:00:09Z' }));
    FakeEventSource.current.send('flow', flow('f1', { status: 'approved', updatedAt: '2026-01-01T00:00:05Z' }));
    expect(store.flows.f1.status).toBe('collected');
  });

  it('takes a flow event whole, and fetches only the exchanges it names that are new', async () => {
    server.flows.f1 = flow('f1', { exchanges: ['e1'] });
    server.exchanges.e1 = exchange('e1', 'f1');
    const store = await watched('f1');
    server.exchanges.e2 = exchange('e2', 'f1');
    FakeEventSource.current.send('flow', flow('f1', { exchanges: ['e1', 'e2'], status: 'approved' }));
    await flushPromises();
    expect(store.flows.f1.status).toBe('approved');
    expect(requests).toEqual(['/api/exchanges/e2']);
  });

  it('fetches an exchange of a flow on screen once by id, and ignores exchanges of other flows', async () => {
    server.flows.f1 = flow('f1');
    const store = await watched('f1');
    const mine = exchange('e9', 'f1');
    server.exchanges.e9 = mine;
    FakeEventSource.current.send('exchange', summary(mine));
    FakeEventSource.current.send('exchange', summary(mine));
    FakeEventSource.current.send('exchange', summary(exchange('x1', 'other')));
    FakeEventSource.current.send('exchange', { ...summary(exchange('x2', 'other')), flowId: undefined });
    await flushPromises();
    expect(requests).toEqual(['/api/exchanges/e9']);
    expect(store.exchangesOf('f1').map((e) => e.id)).toEqual(['e9']);
  });

  it('adopts a new chained flow of a flow on screen from its event', async () => {
    server.flows.f1 = flow('f1');
    const store = await watched('f1');
    server.exchanges.e5 = exchange('e5', 'c2', { endpointId: 'signing' });
    FakeEventSource.current.send('flow', flow('c2', { parent: 'f1', endpointId: 'signing', exchanges: ['e5'] }));
    FakeEventSource.current.send('flow', flow('f1', { children: ['c2'] }));
    await flushPromises();
    expect(store.family('f1').map((f) => f.id)).toEqual(['f1', 'c2']);
    expect(requests).toEqual(['/api/exchanges/e5']);
  });

  it('keeps a flow event of another flow out of the page, but in the list once the list is shown', async () => {
    server.flows.f1 = flow('f1');
    const store = await watched('f1');
    FakeEventSource.current.send('flow', flow('z1', { exchanges: ['zz'] }));
    await flushPromises();
    expect(store.flows.z1).toBeUndefined();
    expect(requests).toEqual([]);
    await store.loadList();
    requests = [];
    FakeEventSource.current.send('flow', flow('z2', { createdAt: '2026-01-02T00:00:00Z' }));
    FakeEventSource.current.send('flow', flow('f1', { status: 'collected' }));
    await flushPromises();
    expect(store.list.map((f) => [f.id, f.status])).toEqual([
      ['z2', 'pending'],
      ['f1', 'collected'],
    ]);
    expect(requests).toEqual([]);
  });

  it('applies a transaction event to its flow without asking the server', async () => {
    server.flows.f1 = flow('f1', { ticketID: 'T1', transaction: { id: 'tx1', status: 'pending', at: 1, timeoutAt: 300_001 } });
    const store = await watched('f1');
    FakeEventSource.current.send('transaction', {
      id: 'tx1',
      ticketID: 'T1',
      service: 'auth',
      status: 'approved',
      persona: 'p1',
      at: 5,
      deleteAt: 9,
    });
    await flushPromises();
    expect(store.flows.f1.transaction).toMatchObject({ id: 'tx1', status: 'approved', persona: 'p1', at: 5, deleteAt: 9 });
    // An older event arriving late does not undo a newer state.
    FakeEventSource.current.send('transaction', { id: 'tx1', ticketID: 'T1', service: 'auth', status: 'pending', at: 2 });
    expect(store.flows.f1.transaction?.status).toBe('approved');
    expect(requests).toEqual([]);
  });

  it('runs no timer: an hour with nothing happening costs no request', async () => {
    server.flows.f1 = flow('f1', { status: 'collected' });
    await watched('f1');
    FakeEventSource.current.send('flow', flow('f1', { status: 'collected' }));
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(requests).toEqual([]);
  });

  it('catches up once on the flows on screen after the stream reconnects', async () => {
    server.flows.f1 = flow('f1');
    await watched('f1');
    FakeEventSource.current.open();
    await flushPromises();
    expect(requests).toEqual(['/api/flows/f1', '/api/exchanges?flow=f1&limit=500']);
  });

  it("finds the redirect a flow sent, or its login's for a chained call", async () => {
    server.flows.f1 = flow('f1', { exchanges: ['i1'], children: ['c1'] });
    server.flows.c1 = flow('c1', { parent: 'f1', endpointId: 'signing', exchanges: ['i2'] });
    server.exchanges.i1 = exchange('i1', 'f1', {
      endpointId: 'auth',
      request: { method: 'POST', path: '/iamsmart/v2/request/auth', headers: {}, body: { redirect: 'http://x/callback?flow=f1' } },
    });
    server.exchanges.i2 = exchange('i2', 'c1', {
      endpointId: 'signing',
      request: { method: 'POST', path: '/iamsmart/v2/request/signing', headers: {}, body: { token: 't' } },
    });
    const store = await watched('f1');
    expect(await store.redirectOf('c1')).toBe('http://x/callback?flow=f1');
    expect(await store.redirectOf('f1')).toBe('http://x/callback?flow=f1');
    expect(requests).toEqual([]);
  });
});
