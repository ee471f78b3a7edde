import { afterAll, describe, expect, it } from 'vitest';
import type { Flow } from '../inspector/flow.ts';
import { playground } from '../testing/playground-fixture.ts';

const f = playground();
afterAll(() => f.api.close());

const cb = (flow: string) => `http://127.0.0.1:8787/callback?flow=${flow}`;

async function init(flow: string, endpoint = 'auth', extra: Record<string, unknown> = {}) {
  const res = await f.post(`/proxy/sandbox/iamsmart/v2/request/${endpoint}`, { source: 'PC_Browser', redirect: cb(flow), ...extra });
  expect(res.headers.get('x-playground-flow-id')).toBe(flow);
  return ((await res.json()) as { token: string }).token;
}

const poll = (token: string) => f.post('/proxy/sandbox/iamsmart/v2/callback/client', { token });
const flow = async (id: string) => (await (await f.app.request(`/api/flows/${id}`)).json()) as Flow;

describe('flows through the proxy', () => {
  it('groups two interleaved flows with their polls, control calls and callbacks', async () => {
    const a = await init('flowA');
    const b = await init('flowB');
    expect((await poll(a)).status).toBe(202);
    expect((await poll(b)).status).toBe(202);
    expect((await flow('flowA')).status).toBe('pending');

    await f.post('/proxy/sandbox/_control/approve', { token: a });
    const stateA = f.sandbox.txs.get(a)!.state;
    const back = await f.app.request(`/callback?flow=flowA&service=auth&code=c0ffee&state=${stateA}`);
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe('/flows/flowA');
    expect((await flow('flowA')).status).toBe('approved');
    const polled = await poll(a);
    expect(polled.status).toBe(200);
    expect(polled.headers.get('x-playground-flow-id')).toBe('flowA');
    expect((await flow('flowA')).status).toBe('collected');
    expect((await poll(a)).status).toBe(410);
    expect((await flow('flowA')).status).toBe('collected');

    await f.post('/proxy/sandbox/_control/reject', { token: b });
    expect((await poll(b)).status).toBe(403);

    const A = await flow('flowA');
    const B = await flow('flowB');
    expect(B.status).toBe('rejected');
    expect(A.exchanges).toHaveLength(5); // init, poll 202, approve, poll 200, poll 410
    expect(B.exchanges).toHaveLength(4);
    expect(A.exchanges.some((id) => B.exchanges.includes(id))).toBe(false);
    expect(A.callbacks).toHaveLength(1);
    expect(A.callbacks[0].problems).toEqual([]);
    expect(A.token).toBe(a);
    const listed = (await (await f.app.request('/api/exchanges?flow=flowB')).json()) as { exchanges: { id: string }[] };
    expect(listed.exchanges.map((e) => e.id)).toEqual([...B.exchanges].reverse());
  });

  it('flags a wrong state, a replayed code and an unknown flow on the callback', async () => {
    await init('flowC');
    await f.app.request('/callback?flow=flowC&service=auth&code=abc123&state=forged');
    await f.app.request('/callback?flow=flowC&service=auth&code=abc123&state=forged');
    const C = await flow('flowC');
    expect(C.callbacks[0].problems).toEqual(['state_mismatch']);
    expect(C.callbacks[1].problems).toEqual(['state_mismatch', 'replay']);
    const stray = await f.app.request('/callback?flow=nobody&code=zzz');
    expect(stray.headers.get('location')).toBe('/flows');
    const garbage = await f.app.request(`/callback?flow=${'%00'.repeat(50)}&state=${'x'.repeat(5000)}&code=%ff%fe`);
    expect(garbage.status).toBe(302);
  });

  it('opens a child flow for a call chained on an approved login token', async () => {
    const login = await init('parent1', 'auth', { scope: 'eidapi_auth eidapi_formFilling' });
    const res = await f.post('/proxy/sandbox/iamsmart/v2/request/formfilling', {
      token: login,
      source: 'PC_Browser',
      redirect: cb('child1'),
    });
    expect(res.headers.get('x-playground-flow-id')).toBe('child1');
    expect((await flow('child1')).parent).toBe('parent1');
    expect((await flow('parent1')).children).toEqual(['child1']);
  });

  it('makes its own flow id when the redirect names none', async () => {
    const res = await f.post('/proxy/sandbox/iamsmart/v2/request/auth', {
      source: 'PC_Browser',
      redirect: 'https://www.yourwebsite.com/callback',
    });
    const id = res.headers.get('x-playground-flow-id')!;
    expect(id).toMatch(/^flow-/);
    expect((await flow(id)).status).toBe('pending');
  });

  it('marks a failed initiation as an error flow and reuses its id when the fixed request is sent again', async () => {
    const bad = await f.post('/proxy/sandbox/iamsmart/v2/request/auth', { redirect: cb('retry1') });
    expect(bad.status).toBe(400);
    expect((await flow('retry1')).status).toBe('error');
    await init('retry1');
    const again = await flow('retry1');
    expect(again.status).toBe('pending');
    expect(again.exchanges).toHaveLength(2);
  });

  it('clears exchanges and flows together', async () => {
    const res = await f.app.request('/api/exchanges', { method: 'DELETE', headers: { 'x-playground': '1' } });
    expect(((await res.json()) as { cleared: number }).cleared).toBeGreaterThan(0);
    expect(((await (await f.app.request('/api/flows')).json()) as { flows: unknown[] }).flows).toEqual([]);
    expect((await f.app.request('/api/flows/flowA')).status).toBe(404);
  });
});
