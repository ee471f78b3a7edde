import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { rebuildRun } from './recipe-resume.ts';
import { RecipeRunner, type RunOptions, type Send } from './recipe-runner.ts';
import { recipe } from './recipe-catalogue.ts';
import type { Exchange, Flow } from '../flows/flow-types.ts';
import type { ProxyResult } from '../../app/api-client.ts';

const AUTH = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.YQ';
const SIGN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzIn0.cw';
const t0 = Date.parse('2026-01-01T00:00:00Z');
const iso = (ms: number) => new Date(t0 + ms).toISOString();
const options: RunOptions = {
  env: 'sandbox',
  origin: 'http://127.0.0.1:1',
  flowId: 'root',
  scenario: 'manual',
  afterPolls: 0,
  persona: 'lee-ka-ho',
  intervalMs: 250,
  maxPolls: 50,
};

const flow = (id: string, over: Partial<Flow>): Flow => ({
  id,
  env: 'sandbox',
  endpointId: 'auth',
  createdAt: iso(0),
  updatedAt: iso(0),
  status: 'pending',
  exchanges: [],
  callbacks: [],
  children: [],
  ...over,
});
function ex(
  id: string,
  flowId: string,
  endpointId: Exchange['endpointId'],
  at: number,
  body: unknown,
  status: number,
  response: unknown,
): Exchange {
  const path = endpointId === 'poll' ? '/iamsmart/v2/callback/client' : `/iamsmart/v2/request/${endpointId}`;
  return {
    id,
    env: 'sandbox',
    endpointId,
    flowId,
    startedAt: iso(at),
    request: { method: 'POST', path, headers: {}, body },
    response: { status, headers: {}, body: response },
    timings: { totalMs: 2 },
  };
}

/** The server's records of an Auth → Signing recipe reloaded while the signing step waits for the user. */
function midRecipe() {
  const exchanges = [
    ex('e1', 'root', 'auth', 0, { source: 'PC_Browser', redirect: 'http://127.0.0.1:1/callback?flow=root' }, 200, {
      token: AUTH,
      url: 'http://127.0.0.1:1/sandbox/sim/qr/T1',
    }),
    ex('e2', 'root', 'poll', 300, { token: AUTH }, 202, { status: 202 }),
    ex('e3', 'root', 'poll', 600, { token: AUTH }, 200, { data: 'jwe' }),
    ex('e4', 'child', 'signing', 700, { token: AUTH, source: 'PC_Browser' }, 200, { token: SIGN, hkic: '1234' }),
    ex('e5', 'child', 'poll', 900, { token: SIGN }, 202, { status: 202 }),
  ];
  const flows = {
    root: flow('root', { token: AUTH, status: 'collected', exchanges: ['e1', 'e2', 'e3', 'e4'], children: ['child'] }),
    child: flow('child', { endpointId: 'signing', token: SIGN, parent: 'root', exchanges: ['e5'] }),
  };
  return { flows, exchangesOf: (id: string) => exchanges.filter((e) => e.flowId === id) };
}

describe('rebuildRun', () => {
  it('rebuilds the steps, their polls and outcomes from the server, on the step that is still pending', () => {
    const state = rebuildRun(recipe('auth-signing')!, options, t0, midRecipe());
    expect(state.status).toBe('running');
    expect(state.current).toBe(1);
    expect(state.steps.map((s) => [s.endpointId, s.flowId, s.token, s.outcome])).toEqual([
      ['auth', 'root', AUTH, 'collected'],
      ['signing', 'child', SIGN, undefined],
    ]);
    expect(state.steps[0].polls.map((p) => p.outcome)).toEqual(['pending', 'collected']);
    expect(state.steps[1]).toMatchObject({ hkic: '1234', body: { token: AUTH, source: 'PC_Browser' } });
  });

  it('says done once the last step has an outcome, and that a login refused ends the run', () => {
    const data = midRecipe();
    const finished = {
      ...data,
      exchangesOf: (id: string) => [
        ...data.exchangesOf(id),
        ...(id === 'child' ? [ex('e6', 'child', 'poll', 990, { token: SIGN }, 200, { data: 'x' })] : []),
      ],
    };
    expect(rebuildRun(recipe('auth-signing')!, options, t0, finished).status).toBe('done');
    const refused = {
      flows: { root: data.flows.root },
      exchangesOf: (id: string) => [data.exchangesOf(id)[0], ex('e9', 'root', 'poll', 300, { token: AUTH }, 403, { errorCode: 'D40001' })],
    };
    expect(rebuildRun(recipe('auth-signing')!, options, t0, refused)).toMatchObject({ status: 'done', current: 0 });
  });
});

describe('RecipeRunner.continue after a reload', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('polls the pending step again, and starts the chained call when the login was approved before the reload', async () => {
    const calls: { path: string; body: Record<string, unknown> }[] = [];
    const send: Send = vi.fn(async (_env: string, path: string, init: { body?: unknown }) => {
      calls.push({ path, body: init.body as Record<string, unknown> });
      const r = (status: number, body: unknown, flowId?: string): ProxyResult => ({ status, body, headers: {}, text: '', ms: 1, flowId });
      return path.endsWith('/request/signing') ? r(200, { token: SIGN, hkic: '4321' }, 'child') : r(200, { data: 'jwe' });
    });
    const data = midRecipe();
    const pending = rebuildRun(recipe('auth-signing')!, options, t0, data);
    const run = new RecipeRunner(recipe('auth-signing')!, options, pending, send);
    await run.continue();
    await vi.runAllTimersAsync();
    expect(calls.map((c) => c.path)).toEqual(['/iamsmart/v2/callback/client']);
    expect(run.state.status).toBe('done');

    calls.length = 0;
    const beforeChain = rebuildRun(recipe('auth-signing')!, options, t0, {
      flows: { root: { ...data.flows.root, children: [] } },
      exchangesOf: (id) => data.exchangesOf(id).filter((e) => e.endpointId !== 'signing'),
    });
    expect(beforeChain).toMatchObject({ status: 'running', current: 0 });
    const chain = new RecipeRunner(recipe('auth-signing')!, options, beforeChain, send);
    await chain.continue();
    await vi.runAllTimersAsync();
    expect(calls.map((c) => c.path)).toEqual(['/iamsmart/v2/request/signing', '/iamsmart/v2/callback/client']);
    expect(calls[0].body.token).toBe(AUTH);
    expect(chain.state.status).toBe('done');
  });
});
