import { describe, expect, it } from 'vitest';
import { PERSONAS } from '../personas/personas.ts';
import { API, harness, OTHER_CLIENT, REDIRECT } from '../../testing/test-harness.ts';

interface Listed {
  transactions: {
    id: string;
    service: string;
    status: string;
    ticketID: string;
    state: string;
    businessID: string;
    createdAt: number;
    finishedAt: number | null;
    pollCount: number;
  }[];
}

describe('control API', () => {
  it('lists only the calling client transactions with the §9 fields', async () => {
    const h = harness();
    const mine = await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT });
    await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: OTHER_CLIENT.redirects[0] }, {}, OTHER_CLIENT);
    await h.call(`${API}/callback/client`, { token: mine.body.token });
    const list = (await (await h.get('/_control/transactions')).json()) as Listed;
    expect(list.transactions).toHaveLength(1);
    expect(list.transactions[0]).toMatchObject({ service: 'auth', status: 'pending', pollCount: 1, finishedAt: null });
    expect(list.transactions[0].ticketID).toMatch(/^[A-Za-z0-9]+$/);
    // The id is the token's sub, so a holder of the token alone can find its transaction.
    const sub = JSON.parse(Buffer.from(String(mine.body.token).split('.')[1], 'base64url').toString()).sub;
    expect(list.transactions[0].id).toBe(sub);
    expect(JSON.stringify(list)).not.toContain('secret');
  });

  it('lists personas with id, names and HKID', async () => {
    const h = harness();
    const body = (await (await h.get('/_control/personas')).json()) as { personas: { id: string; hkid: string }[] };
    expect(body.personas).toHaveLength(PERSONAS.length);
    expect(body.personas[0]).toEqual({ id: 'chan-tai-man', enName: 'CHAN, Tai Man', chName: '陳大文', hkid: 'A123456(3)' });
  });

  it('approves, rejects, cancels and expires by token or ticketID', async () => {
    const h = harness();
    const results: Record<string, string> = {};
    for (const action of ['approve', 'reject', 'cancel', 'expire']) {
      const init = await h.call(`${API}/request/auth`, { source: 'iOS', redirect: REDIRECT });
      const ticketID = new URL(String(init.body.url).replace('hk.gov.iamsmart.testapp://', 'x://h/')).searchParams.get('ticketID');
      const res = await h.call(`/_control/${action}`, action === 'approve' ? { token: init.body.token } : { ticketID });
      expect(res.status, action).toBe(200);
      results[action] = (res.body.transaction as { status: string }).status;
    }
    expect(results).toEqual({ approve: 'approved', reject: 'rejected', cancel: 'cancelled', expire: 'timed_out' });
  });

  it('never lets a client act on another client transaction', async () => {
    const h = harness();
    const theirs = await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: OTHER_CLIENT.redirects[0] }, {}, OTHER_CLIENT);
    expect((await h.call('/_control/approve', { token: theirs.body.token })).status).toBe(401);
    const list = (await (await h.get('/_control/transactions', OTHER_CLIENT)).json()) as Listed;
    expect((await h.call('/_control/approve', { ticketID: list.transactions[0].ticketID })).status).toBe(404);
    expect((await h.call('/_control/reset', {})).body).toEqual({ removed: 0 });
    expect(((await (await h.get('/_control/transactions', OTHER_CLIENT)).json()) as Listed).transactions).toHaveLength(1);
  });

  it('moves each client clock on its own', async () => {
    const h = harness();
    const before = (await (await h.get('/_control/clock')).json()) as { now: number; offsetMs: number };
    const moved = await h.call('/_control/clock', { advanceMs: 90_000 });
    expect(moved.body).toEqual({ now: before.now + 90_000, offsetMs: 90_000 });
    expect(((await (await h.get('/_control/clock', OTHER_CLIENT)).json()) as { offsetMs: number }).offsetMs).toBe(0);
    for (const bad of [{ advanceMs: -1 }, { advanceMs: 'soon' }, { advanceMs: 1.5 }, {}, { advanceMs: 1, x: 1 }])
      expect((await h.call('/_control/clock', bad)).status).toBe(400);
  });

  it('forgets the client transactions on reset', async () => {
    const h = harness();
    const init = await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT });
    expect((await h.call('/_control/reset', {})).body).toEqual({ removed: 1 });
    expect((await h.call(`${API}/callback/client`, { token: init.body.token })).status).toBe(410);
  });

  it('needs the client credentials and answers garbage ids with 4xx (T-S11)', async () => {
    const h = harness();
    expect((await h.sandbox.app.request('/_control/transactions')).status).toBe(401);
    for (const ticketID of ['x'.repeat(10_000), '../../etc/passwd', "' OR 1=1 --", '{"$ne":null}', '票']) {
      const res = await h.call('/_control/approve', { ticketID });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect((await h.call('/_control/approve', { ticketID: 5 })).status).toBe(400);
    expect((await h.call('/_control/approve', { token: 'x', sneaky: 1 })).status).toBe(400);
  });

  it('injects faults per request: 500, 503, capped delay, and 400 for a bad knob', async () => {
    const h = harness({ maxFaultDelayMs: 5 });
    const body = { source: 'PC_Browser', redirect: REDIRECT };
    expect(await h.call(`${API}/request/auth`, body, { 'x-sandbox-fault': 'status=500' })).toEqual({
      status: 500,
      body: { status: 500, message: 'Internal Server Error' },
    });
    expect((await h.call(`${API}/request/auth`, body, { 'x-sandbox-fault': 'status=503' })).status).toBe(503);
    // Capped at 5 ms here: uncapped, this request would outlive the test timeout.
    expect((await h.call(`${API}/request/auth`, body, { 'x-sandbox-fault': 'delay=999999' })).status).toBe(200);
    expect((await h.call(`${API}/request/auth`, body, { 'x-sandbox-fault': 'status=418' })).status).toBe(400);
    expect((await h.call(`${API}/request/auth`, body)).status).toBe(200);
  });
});
