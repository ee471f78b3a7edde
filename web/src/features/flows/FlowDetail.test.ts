// @vitest-environment happy-dom
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { mount, flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import FlowDetail from './FlowDetail.vue';
import type { Exchange, Flow } from './flow-types.ts';
import { FakeEventSource } from '../../app/fake-event-source.ts';
import { disconnectLiveEvents } from '../../app/live-events.ts';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0eDEiLCJzdmMiOiJhdXRoIn0.c2ln';
const flow: Flow = {
  id: 'f1',
  env: 'sandbox',
  endpointId: 'auth',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:01Z',
  token: TOKEN,
  status: 'pending',
  exchanges: ['e1', 'e2'],
  children: [],
  callbacks: [{ at: '2026-01-01T00:00:00.800Z', query: { service: 'auth', state: 'S' }, flowId: 'f1', problems: ['state_mismatch'] }],
  transaction: { id: 'tx1', status: 'pending', at: Date.parse('2026-01-01T00:00:00Z'), timeoutAt: Date.parse('2026-01-01T00:05:00Z') },
};
const exchanges: Exchange[] = [
  {
    id: 'e1',
    env: 'sandbox',
    endpointId: 'auth',
    flowId: 'f1',
    startedAt: '2026-01-01T00:00:00Z',
    request: { method: 'POST', path: '/iamsmart/v2/request/auth', headers: {}, body: { source: 'PC_Browser' } },
    response: { status: 200, headers: {}, body: { token: TOKEN, url: 'http://127.0.0.1/sandbox/sim/qr/TICKET1' } },
    timings: { totalMs: 4 },
  },
  {
    id: 'e2',
    env: 'sandbox',
    endpointId: 'poll',
    flowId: 'f1',
    startedAt: '2026-01-01T00:00:00.500Z',
    request: { method: 'POST', path: '/iamsmart/v2/callback/client', headers: {}, body: { token: TOKEN } },
    error: { code: 'upstream_timeout', message: 'the sandbox did not answer in 10 s' },
    timings: { totalMs: 10000 },
  },
];

function server(url: string, init?: RequestInit): Response {
  if (url.startsWith('/api/flows/f1')) return Response.json(flow);
  if (url.startsWith('/api/exchanges')) return Response.json({ exchanges });
  if (url.endsWith('/_control/personas')) return Response.json({ personas: [{ id: 'p1', enName: 'CHAN, Tai Man' }] });
  if (url.endsWith('/_control/clock')) return Response.json({ now: Date.parse('2026-01-01T00:01:00Z') });
  if (url.endsWith('/_control/approve')) return Response.json({ transaction: { status: 'approved', body: init?.body } });
  return new Response('{}', { status: 404 });
}

describe('FlowDetail', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    setActivePinia(createPinia());
    fetchMock = vi.fn(async (url: string, init?: RequestInit) => server(url, init));
    vi.stubGlobal('fetch', fetchMock);
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    disconnectLiveEvents();
    vi.unstubAllGlobals();
  });

  const requested = () => fetchMock.mock.calls.map((c) => String(c[0]));

  it('shows the timeline with the QR, the callback problem, the error in place and the pending countdown', async () => {
    const w = mount(FlowDetail, { props: { id: 'f1' } });
    await flushPromises();
    await flushPromises();
    const tl = w.get('[data-testid=flow-timeline-f1]');
    expect(tl.find('[data-testid=timeline-initiation]').exists()).toBe(true);
    expect(tl.get('[data-testid=qr-text]').text()).toBe('http://127.0.0.1/sandbox/sim/qr/TICKET1');
    expect(tl.get('[data-testid=callback-problems]').text()).toContain('state does not match');
    expect(tl.get('[data-testid=entry-error]').text()).toContain('upstream_timeout');
    expect(tl.get('[data-testid=countdown]').text()).toMatch(/Times out in: [34] min/);
    expect(w.get('[data-testid=open-phone-page]').attributes('href')).toBe('/sandbox/sim/app/TICKET1');
    expect(tl.get('[data-testid=flow-status]').text()).toBe('pending');
    expect(requested().filter((u) => u.includes('/transactions'))).toEqual([]);
    w.unmount();
  });

  it('follows the sandbox: a transaction event turns the chip to "approved, not collected", with no request', async () => {
    const w = mount(FlowDetail, { props: { id: 'f1' } });
    await flushPromises();
    const before = requested().length;
    FakeEventSource.current.send('transaction', {
      id: 'tx1',
      ticketID: 'TICKET1',
      service: 'auth',
      status: 'approved',
      persona: 'p1',
      at: Date.parse('2026-01-01T00:00:30Z'),
      deleteAt: Date.parse('2026-01-01T00:18:30Z'),
      flowId: 'f1',
    });
    await flushPromises();
    const tl = w.get('[data-testid=flow-timeline-f1]');
    expect(tl.get('[data-testid=flow-status]').text()).toBe('approved, not collected');
    expect(tl.get('[data-testid=countdown]').text()).toMatch(/Result deleted in/);
    expect(w.find('[data-testid=poll-until-done]').exists()).toBe(true);
    expect(requested().length).toBe(before);
    w.unmount();
  });

  it('approves on the phone with the flow token and the chosen persona', async () => {
    const w = mount(FlowDetail, { props: { id: 'f1' } });
    await flushPromises();
    await flushPromises();
    expect(w.get('[data-testid=phone-approve]').text()).toBe('Approve as CHAN, Tai Man');
    await w.get('[data-testid=phone-approve]').trigger('click');
    await flushPromises();
    const call = fetchMock.mock.calls.find((c) => String(c[0]).endsWith('/_control/approve'))!;
    expect(JSON.parse(String((call[1] as RequestInit).body))).toEqual({ token: TOKEN, persona: 'p1' });
    expect(w.get('[data-testid=phone-last]').text()).toContain('HTTP 200');
    w.unmount();
  });
});
