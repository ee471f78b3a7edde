import { afterEach, describe, expect, it } from 'vitest';
import { testConfig, TEST_CLIENT } from '../../config.ts';
import { memoryLogger } from '../../log.ts';
import { MovableClock } from '../clock.ts';
import { createSandbox } from '../index.ts';
import { API, harness, OTHER_CLIENT, REDIRECT, type Harness } from '../../testing/test-harness.ts';
import type { SandboxChange } from './sandbox-changes.ts';

const MIN = 60_000;
const form = (persona?: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: persona ? `persona=${persona}` : '',
});
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A sandbox whose playground client is watched; `seen` collects every change it reports, in order. */
function watched(settings = {}): Harness & { seen: SandboxChange[]; statuses(): string[] } {
  const h = harness(settings);
  const seen: SandboxChange[] = [];
  const stop = h.sandbox.changes.watch(TEST_CLIENT.id, (c) => seen.push(c));
  closers.push(async () => {
    stop();
    await h.sandbox.close();
  });
  return Object.assign(h, { seen, statuses: () => seen.flatMap((c) => (c.kind === 'transaction' ? [c.tx.status] : [])) });
}

async function start(h: Harness, headers: Record<string, string> = {}, path = 'auth', body: Record<string, unknown> = {}) {
  const init = await h.call(`${API}/request/${path}`, { source: 'PC_Browser', redirect: REDIRECT, ...body }, headers);
  expect(init.status).toBe(200);
  const token = init.body.token as string;
  const ticketID = new URL(init.body.url as string).pathname.split('/').at(-1)!;
  return { token, ticketID };
}

/** Lets the watcher's asynchronous store reads finish. */
const settle = (h: { sandbox: { changes: { idle(): Promise<void> } } }) => h.sandbox.changes.idle();

describe('sandbox change events', () => {
  it('reports a new transaction as pending, with its ticket, service, deadlines and sandbox time', async () => {
    const h = watched();
    const { ticketID } = await start(h);
    expect(h.seen).toEqual([
      expect.objectContaining({
        kind: 'transaction',
        clientId: TEST_CLIENT.id,
        tx: expect.objectContaining({
          ticketID,
          service: 'auth',
          status: 'pending',
          timeoutAt: 1_780_000_000_000 + 5 * MIN,
          deleteAt: 1_780_000_000_000 + 23 * MIN,
          at: 1_780_000_000_000,
        }),
      }),
    ]);
  });

  it.each([
    ['approve', 'approved'],
    ['reject', 'rejected'],
    ['cancel', 'cancelled'],
    ['expire', 'timed_out'],
  ])('reports the control API %s as %s', async (action, status) => {
    const h = watched();
    const { token } = await start(h);
    expect((await h.call(`/_control/${action}`, { token })).status).toBe(200);
    expect(h.statuses()).toEqual(['pending', status]);
  });

  it('names the persona who approved', async () => {
    const h = watched();
    const { token } = await start(h);
    await h.call('/_control/approve', { token, persona: 'wong-siu-ling' });
    expect(h.seen.at(-1)).toMatchObject({ tx: { status: 'approved', persona: 'wong-siu-ling' } });
  });

  it.each([
    ['approve', 'approved'],
    ['reject', 'rejected'],
    ['cancel', 'cancelled'],
  ])("reports the sandbox's own phone page %s as %s", async (action, status) => {
    const h = watched();
    const { ticketID } = await start(h);
    expect((await h.sandbox.app.request(`/sim/app/${ticketID}/${action}`, form('lee-ka-ho'))).status).toBe(303);
    expect(h.statuses()).toEqual(['pending', status]);
  });

  it('reports a scenario header decided at the initiation and one decided by a later poll', async () => {
    const h = watched();
    await start(h, { 'x-sandbox-scenario': 'reject' });
    expect(h.statuses()).toEqual(['pending', 'rejected']);
    const { token } = await start(h, { 'x-sandbox-scenario': 'approve-after-polls=1' });
    expect((await h.call(`${API}/callback/client`, { token })).status).toBe(202);
    expect(h.statuses()).toEqual(['pending', 'rejected', 'pending']);
    expect((await h.call(`${API}/callback/client`, { token })).status).toBe(200);
    expect(h.statuses()).toEqual(['pending', 'rejected', 'pending', 'approved', 'collected']);
  });

  it('reports the poll that collects the result as collected, and nothing for polls that change nothing', async () => {
    const h = watched();
    const { token } = await start(h);
    await h.call(`${API}/callback/client`, { token });
    await h.call('/_control/approve', { token });
    expect((await h.call(`${API}/callback/client`, { token })).status).toBe(200);
    expect((await h.call(`${API}/callback/client`, { token })).status).toBe(410);
    expect(h.statuses()).toEqual(['pending', 'approved', 'collected']);
  });

  it('reports the timeout at 5 minutes and the deletion at 18 more when the clock is moved, with clock events', async () => {
    const h = watched();
    await start(h);
    await h.call('/_control/clock', { advanceMs: 5 * MIN - 1 });
    await settle(h);
    expect(h.statuses()).toEqual(['pending']);
    await h.call('/_control/clock', { advanceMs: 1 });
    await settle(h);
    expect(h.statuses()).toEqual(['pending', 'timed_out']);
    expect(h.seen.filter((c) => c.kind === 'clock')).toEqual([
      { kind: 'clock', clientId: TEST_CLIENT.id, now: 1_780_000_000_000 + 5 * MIN - 1, offsetMs: 5 * MIN - 1 },
      { kind: 'clock', clientId: TEST_CLIENT.id, now: 1_780_000_000_000 + 5 * MIN, offsetMs: 5 * MIN },
    ]);
    expect(h.seen.at(-1)).toMatchObject({ tx: { status: 'timed_out', errorCode: 'D40003', at: 1_780_000_000_000 + 5 * MIN } });
    await h.call('/_control/clock', { advanceMs: 18 * MIN });
    await settle(h);
    expect(h.statuses()).toEqual(['pending', 'timed_out', 'deleted']);
  });

  it('reports the deletion of a collected result 18 minutes after approval', async () => {
    const h = watched();
    const { token, ticketID } = await start(h);
    await h.call('/_control/approve', { token });
    await h.call(`${API}/callback/client`, { token });
    await h.call('/_control/clock', { advanceMs: 18 * MIN });
    await settle(h);
    expect(h.statuses()).toEqual(['pending', 'approved', 'collected', 'deleted']);
    expect(h.seen.at(-1)).toMatchObject({ tx: { ticketID, service: 'auth', status: 'deleted' } });
  });

  it('reports each transaction of a reset as deleted', async () => {
    const h = watched();
    await start(h);
    await start(h);
    await h.call('/_control/reset', {});
    expect(h.statuses()).toEqual(['pending', 'pending', 'deleted', 'deleted']);
  });

  it("reports nothing of a client nobody watches, and the other client's clock does not move the watched one", async () => {
    const h = watched();
    const init = await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: OTHER_CLIENT.redirects[0] }, {}, OTHER_CLIENT);
    await h.call('/_control/approve', { token: init.body.token }, {}, OTHER_CLIENT);
    await h.call('/_control/clock', { advanceMs: 30 * MIN }, {}, OTHER_CLIENT);
    await settle(h);
    expect(h.seen).toEqual([]);
  });

  it('reports a timeout and a deletion as wall time passes, without any request', async () => {
    // Wall time is the clock's source; the watch's own timer notices it moved (within a second).
    let wall = 1_780_000_000_000;
    const sandbox = createSandbox({ config: testConfig(), log: memoryLogger(), clock: new MovableClock(() => wall) });
    closers.push(() => sandbox.close());
    const seen: string[] = [];
    let reached: ((status: string) => void) | undefined;
    sandbox.changes.watch(TEST_CLIENT.id, (c) => {
      if (c.kind !== 'transaction') return;
      seen.push(c.tx.status);
      reached?.(c.tx.status);
    });
    const next = (status: string) => new Promise<void>((resolve) => (reached = (s) => s === status && resolve()));
    const res = await sandbox.app.request(`${API}/request/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-client-id': TEST_CLIENT.id, 'x-client-secret': TEST_CLIENT.secret },
      body: JSON.stringify({ source: 'PC_Browser', redirect: REDIRECT }),
    });
    expect(res.status).toBe(200);
    const timedOut = next('timed_out');
    wall += 5 * MIN;
    await timedOut;
    const deleted = next('deleted');
    wall += 18 * MIN;
    await deleted;
    expect(seen).toEqual(['pending', 'timed_out', 'deleted']);
  });

  it('finds a transaction of the watched client by id, ticket or state, never one of another client', async () => {
    const h = watched();
    const { ticketID } = await start(h);
    const byTicket = await h.sandbox.findTransaction(TEST_CLIENT.id, { ticketID });
    expect(byTicket).toMatchObject({ ticketID, status: 'pending', service: 'auth' });
    expect(await h.sandbox.findTransaction(TEST_CLIENT.id, { id: byTicket!.id })).toEqual(byTicket);
    expect(await h.sandbox.findTransaction(TEST_CLIENT.id, { state: byTicket!.state })).toEqual(byTicket);
    expect(await h.sandbox.findTransaction(OTHER_CLIENT.id, { ticketID })).toBeUndefined();
    expect(await h.sandbox.findTransaction(TEST_CLIENT.id, { state: 'forged' })).toBeUndefined();
  });

  it('stops its timers when the last watcher leaves and on close', async () => {
    const h = harness();
    const stop = h.sandbox.changes.watch(TEST_CLIENT.id, () => undefined);
    await start(h);
    expect(h.sandbox.changes.tracked).toBe(1);
    stop();
    expect(h.sandbox.changes.tracked).toBe(0);
    await h.sandbox.close();
  });
});
