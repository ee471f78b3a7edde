// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount, flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { endpoint, EXAMPLE_TOKEN } from '../../../../shared/catalogue/index.ts';
import TokenPicker from './TokenPicker.vue';
import { useWorkbenchStore } from './workbench-store.ts';
import { disconnectLiveEvents } from '../../app/live-events.ts';
import { useSettingsStore } from '../../app/settings-store.ts';

const now = Date.now();
const jws = (sub: string, exp: number) =>
  `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub, svc: 'auth', exp: Math.floor(exp / 1000) })).replace(/=+$/, '')}.c2ln`;
const ago = (min: number) => new Date(now - min * 60_000).toISOString();
const login = (id: string, min: number, status: string, scope: string | undefined, exp = now + 3_600_000) => ({
  flow: {
    id,
    env: 'sandbox',
    endpointId: 'auth',
    createdAt: ago(min),
    updatedAt: ago(min),
    status,
    token: jws(id, exp),
    exchanges: [`x-${id}`],
    callbacks: [],
    children: [],
  },
  exchange: {
    id: `x-${id}`,
    env: 'sandbox',
    endpointId: 'auth',
    flowId: id,
    startedAt: ago(min),
    request: {
      method: 'POST',
      path: '/iamsmart/v2/request/auth',
      headers: {},
      body: scope ? { source: 'PC_Browser', scope } : { source: 'PC_Browser' },
    },
    timings: { totalMs: 1 },
  },
});
const records = [
  login('flow-aaaaaa-plain', 1, 'collected', undefined),
  login('flow-bbbbbb-signer', 3, 'collected', 'eidapi_auth eidapi_sign'),
  login('flow-cccccc-waiting', 0, 'pending', 'eidapi_auth eidapi_sign'),
  login('flow-dddddd-expired', 300, 'collected', 'eidapi_sign', now - 1000),
  login('flow-eeeeee-oldsign', 45, 'collected', 'eidapi_auth eidapi_sign'),
];

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
  vi.stubGlobal('EventSource', undefined);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url === '/api/flows') return Response.json({ flows: records.map((r) => r.flow) });
      const ex = records.find((r) => url === `/api/exchanges/${r.exchange.id}`);
      if (ex) return Response.json(ex.exchange);
      if (url.endsWith('/_control/clock')) return Response.json({ now });
      return new Response('{}', { status: 404 });
    }),
  );
});
afterEach(() => {
  disconnectLiveEvents();
  vi.unstubAllGlobals();
});

describe('TokenPicker', () => {
  it('lists the tokens that fit first, newest first, each row saying what it is; expired last and marked', async () => {
    const w = mount(TokenPicker, { props: { spec: endpoint('signing') }, attachTo: document.body });
    await w.get('[data-testid=token-picker]').trigger('click');
    await flushPromises();
    const rows = w.findAll('.item');
    expect(rows.map((r) => [r.attributes('data-testid'), r.attributes('data-fits')])).toEqual([
      ['token-flow-bbbbbb-signer', 'true'],
      ['token-flow-eeeeee-oldsign', 'true'],
      ['token-flow-cccccc-waiting', 'false'],
      ['token-flow-aaaaaa-plain', 'false'],
      ['token-flow-dddddd-expired', 'false'],
    ]);
    const first = rows[0].text();
    expect(first).toContain('Authentication');
    expect(first).toContain('collected');
    expect(first).toMatch(/3 min\. ago|3 minutes ago/);
    expect(first).toContain('…signer');
    expect(first).toContain('eidapi_auth eidapi_sign');
    expect(first).toContain('fits this endpoint');
    expect(rows[2].text()).toContain('not approved yet');
    expect(rows[3].text()).toContain('did not grant');
    expect(rows[4].text()).toContain('expired');
    w.unmount();
  });

  it('speaks the UI language in its rows', async () => {
    useSettingsStore().lang = 'zh-HK';
    const w = mount(TokenPicker, { props: { spec: endpoint('signing') } });
    await w.get('[data-testid=token-picker]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid=token-flow-bbbbbb-signer]').text()).toContain('適用於此端點');
    expect(w.get('[data-testid=token-flow-bbbbbb-signer]').text()).toContain('已取回');
    w.unmount();
  });

  it('gives the token to the editor and puts focus back on the button that opened the list', async () => {
    const w = mount(TokenPicker, { props: { spec: endpoint('signing') }, attachTo: document.body });
    const opener = w.get('[data-testid=token-picker]');
    await opener.trigger('click');
    await flushPromises();
    await w.get('[data-testid=token-flow-bbbbbb-signer]').trigger('click');
    await flushPromises();
    expect(w.emitted('pick')).toEqual([[records[1].flow.token]]);
    expect(document.activeElement).toBe(opener.element);
    w.unmount();
  });
});

describe('Insert example', () => {
  it("uses the playground's own callback, the UI language and the newest token that fits", async () => {
    useSettingsStore().lang = 'zh-HK';
    const store = useWorkbenchStore();
    await store.insertExample();
    const auth = JSON.parse(store.text);
    expect(auth.redirect).toMatch(new RegExp(`^${location.origin}/callback\\?flow=r[a-z0-9]+$`));
    expect(auth.lang).toBe('zh-HK');
    store.select('signing');
    await store.insertExample();
    expect(JSON.parse(store.text).token).toBe(records[1].flow.token);
  });

  it('keeps the placeholder token when no login fits (the editor flags it)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ flows: [] })),
    );
    const store = useWorkbenchStore();
    store.select('formfilling');
    await store.insertExample();
    expect(JSON.parse(store.text).token).toBe(EXAMPLE_TOKEN);
  });
});
