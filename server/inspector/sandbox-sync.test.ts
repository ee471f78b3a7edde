import { afterEach, describe, expect, it } from 'vitest';
import { endpoint } from '../../shared/catalogue/index.ts';
import type { Flow } from '../../shared/inspector/records.ts';
import { createServer, type Server } from '../app.ts';
import { testConfig } from '../config.ts';
import { memoryLogger } from '../log.ts';
import { OTHER_CLIENT } from '../testing/test-harness.ts';
import type { LiveEvent } from './event-bus.ts';

const MIN = 60_000;
const PLAYGROUND = { 'x-playground': '1', 'content-type': 'application/json' };
const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

/** A whole server, with every live event it publishes collected in order. */
function start() {
  const config = testConfig({ clients: [testConfig().clients[0], OTHER_CLIENT] });
  const server = createServer({ config, log: memoryLogger() });
  servers.push(server);
  const events: LiveEvent[] = [];
  server.playground.inspector.bus.subscribe((e) => events.push(e));
  const proxy = (path: string, body?: unknown, headers: Record<string, string> = {}) =>
    server.app.request(
      `/proxy/sandbox${path}`,
      body === undefined ? { headers: PLAYGROUND } : { method: 'POST', headers: { ...PLAYGROUND, ...headers }, body: JSON.stringify(body) },
    );
  const settled = async () => {
    await server.sandbox.changes.idle();
    await server.playground.sandboxSync!.idle();
  };
  const flow = async (id: string) => (await (await server.app.request(`/api/flows/${id}`)).json()) as Flow;
  const of = (name: string) => events.filter((e) => e.event === name).map((e) => e.data as Record<string, unknown>);
  return { server, events, proxy, settled, flow, of };
}

async function initiate(s: ReturnType<typeof start>, flowId: string, headers: Record<string, string> = {}) {
  const res = await s.proxy(
    endpoint('auth').path,
    { source: 'PC_Browser', redirect: `http://127.0.0.1:8787/callback?flow=${flowId}` },
    headers,
  );
  expect(res.status).toBe(200);
  const body = (await res.json()) as { token: string; url: string };
  return { token: body.token, ticketID: new URL(body.url).pathname.split('/').at(-1)! };
}

describe('sandbox changes reach the inspector', () => {
  it('opens a sandbox flow with the transaction as the sandbox holds it', async () => {
    const s = start();
    await initiate(s, 'sync0');
    const f = await s.flow('sync0');
    expect(f.transaction).toMatchObject({ status: 'pending', timeoutAt: expect.any(Number), deleteAt: expect.any(Number) });
    expect(f.transaction!.deleteAt! - f.transaction!.timeoutAt!).toBe(18 * MIN);
  });

  it('publishes an approval on the control API as a transaction event naming its flow, and the flow reads approved, not collected', async () => {
    const s = start();
    const { token, ticketID } = await initiate(s, 'sync1');
    await s.proxy('/_control/approve', { token, persona: 'wong-siu-ling' });
    await s.settled();
    expect(s.of('transaction').at(-1)).toMatchObject({
      ticketID,
      service: 'auth',
      status: 'approved',
      persona: 'wong-siu-ling',
      flowId: 'sync1',
    });
    expect(s.of('transaction').at(-1)).not.toHaveProperty('state');
    const f = await s.flow('sync1');
    expect(f.status).toBe('approved');
    expect(f.transaction).toMatchObject({ status: 'approved', persona: 'wong-siu-ling' });
    expect(s.of('flow').at(-1)).toMatchObject({ id: 'sync1', status: 'approved' });
    expect((await s.proxy(endpoint('poll').path, { token })).status).toBe(200);
    await s.settled();
    expect((await s.flow('sync1')).transaction?.status).toBe('collected');
  });

  it("publishes an approval on the sandbox's own phone page", async () => {
    const s = start();
    const { ticketID } = await initiate(s, 'sync2');
    const res = await s.server.app.request(`/sandbox/sim/app/${ticketID}/reject`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(res.status).toBe(303);
    await s.settled();
    expect(s.of('transaction').at(-1)).toMatchObject({ ticketID, status: 'rejected', errorCode: 'D40001', flowId: 'sync2' });
    expect((await s.flow('sync2')).status).toBe('rejected');
  });

  it('opens a flow decided by a scenario header as decided', async () => {
    const s = start();
    await initiate(s, 'sync3', { 'x-sandbox-scenario': 'approve' });
    await s.settled();
    expect((await s.flow('sync3')).transaction?.status).toBe('approved');
    expect((await s.flow('sync3')).status).toBe('approved');
  });

  it('turns an open flow timed out at 5 minutes and deleted at 18 more when the clock moves, with clock events', async () => {
    const s = start();
    await initiate(s, 'sync4');
    await s.proxy('/_control/clock', { advanceMs: 5 * MIN });
    await s.settled();
    expect(await s.flow('sync4')).toMatchObject({ status: 'timed_out', transaction: { status: 'timed_out', errorCode: 'D40003' } });
    await s.proxy('/_control/clock', { advanceMs: 18 * MIN });
    await s.settled();
    expect(await s.flow('sync4')).toMatchObject({ status: 'deleted', transaction: { status: 'deleted' } });
    expect(s.of('clock').map((c) => c.offsetMs)).toEqual([5 * MIN, 23 * MIN]);
    // The new transaction is told before the proxy has opened its flow; later changes name the flow.
    expect(s.of('transaction').map((t) => [t.status, t.flowId])).toEqual([
      ['pending', undefined],
      ['timed_out', 'sync4'],
      ['deleted', 'sync4'],
    ]);
  });

  it("does not record the playground's own control reads, but records a control action and joins it to its flow", async () => {
    const s = start();
    const { token } = await initiate(s, 'sync5');
    const read = await s.proxy('/_control/transactions');
    expect(read.status).toBe(200);
    expect(read.headers.get('x-playground-exchange-id')).toBeNull();
    expect((await s.proxy('/_control/clock')).status).toBe(200);
    const act = await s.proxy('/_control/approve', { token });
    expect(act.headers.get('x-playground-flow-id')).toBe('sync5');
    const { exchanges } = (await (await s.server.app.request('/api/exchanges')).json()) as { exchanges: { request: { path: string } }[] };
    expect(exchanges.map((e) => e.request.path)).toEqual(['/_control/approve', endpoint('auth').path]);
    expect(s.of('exchange')).toHaveLength(2);
    expect((await s.flow('sync5')).exchanges).toHaveLength(2);
  });

  it("publishes nothing of another sandbox client's transactions", async () => {
    const s = start();
    const headers = { 'x-client-id': OTHER_CLIENT.id, 'x-client-secret': OTHER_CLIENT.secret, 'content-type': 'application/json' };
    const init = await s.server.app.request(`/sandbox${endpoint('auth').path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ source: 'PC_Browser', redirect: OTHER_CLIENT.redirects[0] }),
    });
    const { token } = (await init.json()) as { token: string };
    await s.server.app.request('/sandbox/_control/approve', { method: 'POST', headers, body: JSON.stringify({ token }) });
    await s.server.app.request('/sandbox/_control/clock', { method: 'POST', headers, body: JSON.stringify({ advanceMs: 30 * MIN }) });
    await s.settled();
    expect(s.events.filter((e) => e.event === 'transaction' || e.event === 'clock')).toEqual([]);
  });
});
