import { afterEach, describe, expect, it } from 'vitest';
import { endpoint } from '../../shared/catalogue/index.ts';
import type { Flow } from '../../shared/inspector/records.ts';
import { testConfig, TEST_CLIENT } from '../config.ts';
import { memoryLogger } from '../log.ts';
import { createSandbox } from '../sandbox/index.ts';
import { createMemoryStore } from '../sandbox/store/memory-store.ts';
import { createPlaygroundApi, type PlaygroundApi } from './index.ts';
import { startLoopback } from '../testing/loopback-upstream.ts';

const PLAYGROUND = { 'x-playground': '1', 'content-type': 'application/json' };
const apis: PlaygroundApi[] = [];
afterEach(async () => {
  for (const a of apis.splice(0)) await a.close();
});

/** The playground API over a real sandbox whose store counts the listings it is asked for. */
function start(environments = testConfig().environments) {
  const store = createMemoryStore();
  const counts = { list: 0 };
  const list = store.list.bind(store);
  store.list = (...args) => {
    counts.list++;
    return list(...args);
  };
  const config = testConfig({ environments });
  const sandbox = createSandbox({ config, log: memoryLogger(), store });
  const api = createPlaygroundApi({ config, log: memoryLogger(), sandbox });
  apis.push(api);
  const proxy = (env: string, path: string, body: unknown) =>
    api.app.request(`/proxy/${env}${path}`, { method: 'POST', headers: PLAYGROUND, body: JSON.stringify(body) });
  const control = (action: string, body: unknown) =>
    sandbox.app.request(`/_control/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-client-id': TEST_CLIENT.id, 'x-client-secret': TEST_CLIENT.secret },
      body: JSON.stringify(body),
    });
  const flow = async (id: string) => (await (await api.app.request(`/api/flows/${id}`)).json()) as Flow;
  const stateOf = async (ticketID: string) => (await sandbox.findTransaction(TEST_CLIENT.id, { ticketID }))!.state;
  const callback = (query: string) => api.app.request(`/callback?${query}`);
  return { api, sandbox, counts, proxy, control, flow, stateOf, callback };
}

async function login(s: ReturnType<typeof start>, flowId: string) {
  const res = await s.proxy('sandbox', endpoint('auth').path, {
    source: 'PC_Browser',
    scope: 'eidapi_auth eidapi_sign',
    redirect: `http://127.0.0.1:8787/callback?flow=${flowId}`,
  });
  const { token } = (await res.json()) as { token: string };
  return token;
}

describe('D8 the callback state check', () => {
  it("D8 checks the state against the flow's own transaction, found by key without listing any", async () => {
    const s = start();
    await login(s, 'cb1');
    const state = await s.stateOf((await s.flow('cb1')).ticketID!);
    await s.callback(`flow=cb1&service=auth&code=a1&state=${state}`);
    await s.callback('flow=cb1&service=auth&code=a2&state=forged');
    expect((await s.flow('cb1')).callbacks.map((c) => c.problems)).toEqual([[], ['state_mismatch']]);
    expect(s.counts.list).toBe(0);
  });

  it('D8 marks a callback unverified when its transaction cannot be looked up, never "no problem"', async () => {
    const s = start();
    await login(s, 'cb2');
    const state = await s.stateOf((await s.flow('cb2')).ticketID!);
    await s.control('reset', {});
    await s.callback(`flow=cb2&service=auth&code=b1&state=${state}`);
    expect((await s.flow('cb2')).callbacks[0].problems).toEqual(['unverified']);
  });

  it('D8 never takes a recorded callback as the reference for later ones', async () => {
    const upstream = await startLoopback((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token: 'real-token-1', url: 'https://real.example/qr/T1' }));
    });
    try {
      const s = start([{ name: 'real', baseUrl: upstream.url, clientId: 'id', clientSecret: 'real-env-secret-for-d8-test' }]);
      const res = await s.proxy('real', endpoint('auth').path, {
        source: 'PC_Browser',
        redirect: 'http://127.0.0.1:8787/callback?flow=cb3',
      });
      expect(res.headers.get('x-playground-flow-id')).toBe('cb3');
      await s.callback('flow=cb3&service=auth&code=c1&state=forged-first');
      await s.callback('flow=cb3&service=auth&code=c2&state=forged-first');
      expect((await s.flow('cb3')).callbacks.map((c) => c.problems)).toEqual([['unverified'], ['unverified']]);
    } finally {
      await upstream.close();
    }
  });

  it("D8 joins a chained signing's callback on the login's redirect to the child flow, checked against the child's state", async () => {
    const s = start();
    const token = await login(s, 'cb4');
    await s.control('approve', { token });
    const { example } = endpoint('signing');
    const chained = await s.proxy('sandbox', endpoint('signing').path, { ...example, token });
    expect(chained.status).toBe(200);
    const childId = chained.headers.get('x-playground-flow-id')!;
    const child = await s.flow(childId);
    expect(child.parent).toBe('cb4');
    const loginState = await s.stateOf((await s.flow('cb4')).ticketID!);
    const childState = (await s.sandbox.findTransaction(TEST_CLIENT.id, { id: child.transaction!.id }))!.state;
    await s.callback(`flow=cb4&service=auth&code=d1&state=${loginState}`);
    const back = await s.callback(`flow=cb4&service=signing&code=d2&state=${childState}&businessID=x`);
    expect(back.headers.get('location'), "the browser goes back to the login's page, where the family is shown").toBe('/flows/cb4');
    await s.callback(`flow=cb4&service=signing&code=d3&state=forged`);
    const parent = await s.flow('cb4');
    expect(parent.callbacks.map((c) => [c.query.service, c.problems])).toEqual([['auth', []]]);
    const joined = (await s.flow(childId)).callbacks;
    expect(joined.map((c) => [c.flowId, c.problems])).toEqual([
      [childId, []],
      [childId, ['state_mismatch']],
    ]);
    expect(joined[0].via).toBe('cb4');
    expect(s.counts.list).toBe(0);
  });

  it("D8 flags a state that belongs to another flow's transaction as a mismatch", async () => {
    const s = start();
    await login(s, 'cb5');
    await login(s, 'cb6');
    const other = await s.stateOf((await s.flow('cb6')).ticketID!);
    await s.callback(`flow=cb5&service=auth&code=e1&state=${other}`);
    expect((await s.flow('cb5')).callbacks[0].problems).toEqual(['state_mismatch']);
    expect((await s.flow('cb6')).callbacks).toEqual([]);
  });
});
