import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { endpoint, MESSAGES } from '../../shared/catalogue/index.ts';
import { approve, CLIENT_HEADERS, initiate, openResult, poll, startCluster, type Instance } from '../testing/instance-pair.ts';
import { forgetPrefix, sharedTestRedis } from '../testing/test-redis.ts';
import type { SandboxSettings } from '../config.ts';

let redis: { url: string; stop(): Promise<void> };
let running: Instance[] = [];

beforeAll(async () => {
  redis = await sharedTestRedis();
});

afterEach(async () => {
  await Promise.all(running.map((i) => i.server.close()));
  for (const prefix of new Set(running.map((i) => i.prefix))) if (prefix) await forgetPrefix(redis.url, prefix);
  running = [];
});

afterAll(async () => {
  await redis?.stop();
});

async function pair(settings: Partial<SandboxSettings> = {}): Promise<[Instance, Instance]> {
  const [a, b] = await startCluster(redis.url, 2, settings);
  running.push(a, b);
  return [a, b];
}

describe('sandbox flows spread over two instances', () => {
  it('chains form filling on B from a login approved on A', async () => {
    const [a, b] = await pair();
    const login = await initiate(a);
    expect((await approve(b, login)).status).toBe(200);
    expect((await poll(a, login)).status).toBe(200);

    const spec = endpoint('formfilling');
    const started = await b.post(spec.path, { ...spec.example, token: login });
    expect(started.status).toBe(200);
    const form = ((await started.json()) as { token: string }).token;
    expect((await approve(a, form)).status).toBe(200);
    const res = await poll(b, form);
    expect(res.status).toBe(200);
    const result = await openResult((await res.json()) as { data: string });
    expect(result.formFilling).toBeTypeOf('object');
  });

  it('applies one initiation rate limit to the client across instances', async () => {
    const [a, b] = await pair({ initsPerMinute: 4 });
    for (const instance of [a, b, a, b]) await initiate(instance);
    const over = await b.post(endpoint('auth').path, endpoint('auth').example);
    expect(over.status).toBe(429);
    expect((await a.post(endpoint('auth').path, endpoint('auth').example)).status).toBe(429);
  });

  it('applies one bound on live transactions across instances (503 at the cap)', async () => {
    const [a, b] = await pair({ maxLiveTransactions: 3 });
    for (const instance of [a, b, a]) await initiate(instance);
    const full = await b.post(endpoint('auth').path, endpoint('auth').example);
    expect(full.status).toBe(503);
    expect(await full.json()).toMatchObject({ status: 503, message: MESSAGES.unavailable });
  });

  it('lists and resets the client’s transactions from either instance', async () => {
    const [a, b] = await pair();
    await initiate(a);
    await initiate(b);
    const listed = await b.server.app.request('/sandbox/_control/transactions', { headers: CLIENT_HEADERS });
    expect(((await listed.json()) as { transactions: unknown[] }).transactions).toHaveLength(2);
    const reset = await a.post('/_control/reset', {});
    expect(await reset.json()).toEqual({ removed: 2 });
  });

  it('runs a scenario set on A while B answers the polls', async () => {
    const [a, b] = await pair();
    const res = await a.post(endpoint('auth').path, endpoint('auth').example, { 'x-sandbox-scenario': 'approve-after-polls=1' });
    const { token } = (await res.json()) as { token: string };
    expect((await poll(b, token)).status).toBe(202);
    expect((await poll(b, token)).status).toBe(200);
    expect((await poll(a, token)).status).toBe(410);
  });
});
