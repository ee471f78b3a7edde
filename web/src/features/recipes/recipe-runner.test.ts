import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { RecipeRunner, pollDelay, clampInterval, type RunOptions, type Send } from './recipe-runner.ts';
import { recipe } from './recipe-catalogue.ts';
import type { ProxyResult } from '../../app/api-client.ts';

const AUTH_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdmMiOiJhdXRoIn0.YXV0aA';
const FF_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdmMiOiJmZiJ9.ZmY';

function res(status: number, body: unknown, flowId?: string): ProxyResult {
  return { status, body, headers: {}, text: JSON.stringify(body), ms: 3, flowId };
}

const options = (over: Partial<RunOptions> = {}): RunOptions => ({
  env: 'sandbox',
  origin: 'http://127.0.0.1:8804',
  flowId: 'rflow1',
  scenario: 'approve',
  afterPolls: 2,
  intervalMs: 500,
  maxPolls: 50,
  ...over,
});

/** A fake upstream: initiations answer with tokens; polls follow a script per token. */
function upstream(script: Record<string, ProxyResult[]>) {
  const calls: { path: string; body: Record<string, unknown>; headers?: Record<string, string> }[] = [];
  const send: Send = vi.fn(async (_env, path, init) => {
    const body = init.body as Record<string, unknown>;
    calls.push({ path, body, headers: init.headers });
    if (path.endsWith('/request/auth')) return res(200, { token: AUTH_TOKEN, url: 'http://127.0.0.1:8804/sandbox/sim/qr/T1' }, 'rflow1');
    if (path.endsWith('/request/formfilling')) return res(200, { token: FF_TOKEN }, 'child1');
    if (path.endsWith('/request/signing'))
      return res(200, { token: FF_TOKEN, hkic: '1524', url: 'http://127.0.0.1:8804/sandbox/sim/qr/T2' }, 'child2');
    if (path.endsWith('/request/signing-anonymous')) return res(400, { status: 400, message: 'Bad Request - Invalid input parameters' });
    const queue = script[body.token as string];
    return queue.length > 1 ? queue.shift()! : queue[0];
  });
  return { send, calls };
}

function runnerFor(recipeId: string, send: Send, over: Partial<RunOptions> = {}) {
  const r = recipe(recipeId)!;
  const o = options(over);
  return new RecipeRunner(r, o, RecipeRunner.initialState(r, o, Date.now()), send);
}

describe('RecipeRunner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('chains auth into form filling with the real auth token, the callback redirect and the chained scope', async () => {
    const pending = res(202, { status: 202 });
    const { send, calls } = upstream({
      [AUTH_TOKEN]: [pending, res(200, { status: 200, data: 'jwe' })],
      [FF_TOKEN]: [res(200, { status: 200, data: 'jwe2' })],
    });
    const run = runnerFor('auth-formfilling', send);
    await run.start();
    await vi.runAllTimersAsync();
    expect(run.state.status).toBe('done');
    expect(calls[0].body).toMatchObject({
      redirect: 'http://127.0.0.1:8804/callback?flow=rflow1',
      scope: 'eidapi_auth eidapi_formFilling',
    });
    expect(calls[0].headers).toEqual({ 'x-sandbox-scenario': 'approve' });
    const ff = calls.find((c) => c.path.endsWith('/request/formfilling'))!;
    expect(ff.body.token).toBe(AUTH_TOKEN);
    expect(ff.body).not.toHaveProperty('redirect');
    expect(run.state.steps.map((s) => [s.endpointId, s.outcome, s.flowId])).toEqual([
      ['auth', 'collected', 'rflow1'],
      ['formfilling', 'collected', 'child1'],
    ]);
    expect(run.state.steps[0].polls.map((p) => p.status)).toEqual([202, 200]);
  });

  it('sends the UI language as lang on every step whose endpoint has one', async () => {
    const { send, calls } = upstream({ [AUTH_TOKEN]: [res(200, { data: 'x' })], [FF_TOKEN]: [res(200, { data: 'y' })] });
    const run = runnerFor('auth-formfilling', send, { lang: 'zh-HK' });
    await run.start();
    await vi.runAllTimersAsync();
    // The chained call has no lang of its own: it reuses the login's (shared/catalogue/endpoints.ts).
    const initiations = calls.filter((c) => c.path.includes('/request/'));
    expect(initiations.map((c) => [c.path.split('/').pop(), c.body.lang])).toEqual([
      ['auth', 'zh-HK'],
      ['formfilling', undefined],
    ]);
  });

  it('sends the UI language on an anonymous flow too', async () => {
    const { send, calls } = upstream({ [FF_TOKEN]: [res(200, { data: 'y' })] });
    await runnerFor('formfilling-anonymous', send, { lang: 'zh-CN' }).start();
    expect(calls[0].body.lang).toBe('zh-CN');
  });

  it('sends the chosen scenario only on the last step and stops on a rejection', async () => {
    const { send, calls } = upstream({
      [AUTH_TOKEN]: [res(200, { data: 'x' })],
      [FF_TOKEN]: [res(403, { status: 403, errorCode: 'D60001' })],
    });
    const run = runnerFor('auth-formfilling', send, { scenario: 'reject', persona: 'p2' });
    await run.start();
    await vi.runAllTimersAsync();
    expect(calls[0].headers).toEqual({ 'x-sandbox-scenario': 'approve', 'x-sandbox-persona': 'p2' });
    expect(calls.find((c) => c.path.endsWith('/request/formfilling'))!.headers).toEqual({
      'x-sandbox-scenario': 'reject',
      'x-sandbox-persona': 'p2',
    });
    expect(run.state.steps[1].outcome).toBe('rejected');
  });

  it('tells a cancel from a reject by the errorCode', async () => {
    const { send } = upstream({ [AUTH_TOKEN]: [res(403, { errorCode: 'D40000' })] });
    const run = runnerFor('auth-signing', send, { scenario: 'cancel' });
    await run.start();
    await vi.runAllTimersAsync();
    expect(run.state.steps[0].outcome).toBe('cancelled');
    expect(run.state.steps).toHaveLength(1);
  });

  it('polls at the interval with gentle backoff and stops at the cap', async () => {
    const { send, calls } = upstream({ [AUTH_TOKEN]: [res(202, { status: 202 })] });
    const run = runnerFor('auth-reauth', send, { scenario: 'manual', maxPolls: 3, intervalMs: 400 });
    await run.start();
    expect(calls[0].headers).toEqual({});
    await vi.advanceTimersByTimeAsync(399);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    // The second wait has grown by the backoff: 400 × 1.15.
    await vi.advanceTimersByTimeAsync(459);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    await vi.runAllTimersAsync();
    expect(run.state.status).toBe('failed');
    expect(run.state.steps[0].outcome).toBe('cap');
    expect(run.state.steps[0].polls.map((p) => p.sinceLastMs)).toEqual([400, 460, 529]);
  });

  it('pauses and resumes polling', async () => {
    const { send, calls } = upstream({ [AUTH_TOKEN]: [res(202, {}), res(200, { data: 'x' })] });
    const run = runnerFor('auth-reauth', send, { scenario: 'manual' });
    await run.start();
    run.pause();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
    run.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    run.nudge();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.filter((c) => c.path.endsWith('/callback/client'))).toHaveLength(2);
    expect(run.state.steps[0].outcome).toBe('collected');
  });

  it('reports a failed initiation in place and does not poll', async () => {
    const { send, calls } = upstream({});
    const run = runnerFor('signing-anonymous', send);
    await run.start();
    await vi.runAllTimersAsync();
    expect(run.state.status).toBe('failed');
    expect(run.state.steps[0]).toMatchObject({ outcome: 'init_failed', initiation: { status: 400 } });
    expect(calls).toHaveLength(1);
  });

  it('polls a finished step again to show the deletion', async () => {
    const { send } = upstream({
      [AUTH_TOKEN]: [res(200, { data: 'x' }), res(410, { status: 410, message: 'deleted' })],
      [FF_TOKEN]: [res(200, {})],
    });
    const run = runnerFor('auth-formfilling', send);
    await run.start();
    await vi.runAllTimersAsync();
    const again = await run.pollAgain(0);
    expect(again).toMatchObject({ status: 410, outcome: 'deleted' });
  });
});

describe('RecipeRunner app source', () => {
  it('fetches the app code after a 400 and polls again with it', async () => {
    vi.useFakeTimers();
    const bodies: unknown[] = [];
    const send: Send = vi.fn(async (_env, path, init) => {
      if (path.endsWith('/request/formfilling-anonymous'))
        return res(200, { token: FF_TOKEN, url: 'hk.gov.iamsmart.testapp://profile?ticketID=T9' }, 'rflow1');
      bodies.push(init.body);
      return (init.body as { code?: string }).code === 'c0de'
        ? res(200, { data: 'x' })
        : res(400, { status: 400, message: 'code required' });
    });
    const r = recipe('formfilling-anonymous')!;
    const o = options({ source: 'App_Link' });
    const run = new RecipeRunner(r, o, RecipeRunner.initialState(r, o, Date.now()), send, undefined, async (key) =>
      key.url?.endsWith('T9') ? 'c0de' : undefined,
    );
    await run.start();
    await vi.runAllTimersAsync();
    vi.useRealTimers();
    expect(run.state.steps[0].body.source).toBe('App_Link');
    expect(bodies).toEqual([{ token: FF_TOKEN }, { token: FF_TOKEN, code: 'c0de' }]);
    expect(run.state.steps[0].outcome).toBe('collected');
  });
});

describe('pollDelay', () => {
  it('waits the interval first, then 15 % longer each poll, never more than 2 s', () => {
    expect([0, 1, 2, 3].map((n) => pollDelay(400, n))).toEqual([400, 460, 529, 608]);
    expect([0, 1].map((n) => pollDelay(1000, n))).toEqual([1000, 1150]);
    expect(pollDelay(1000, 4)).toBe(1749);
    expect(pollDelay(1000, 5)).toBe(2000);
    expect(pollDelay(400, 100)).toBe(2000);
    expect(pollDelay(10, 0)).toBe(250);
  });
});

describe('clampInterval', () => {
  it('keeps the interval within 250-1000 ms', () => {
    expect([clampInterval(10), clampInterval(700), clampInterval(5000), clampInterval(NaN)]).toEqual([250, 700, 1000, 500]);
  });
});
