import { afterEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '../config.ts';
import { memoryLogger } from '../log.ts';
import { MovableClock } from './clock.ts';
import { createSandbox } from './index.ts';
import { sampleTransaction } from '../testing/store-contract.ts';
import { harness, REDIRECT } from '../testing/test-harness.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('createSandbox', () => {
  it('sweeps 20,000 abandoned transactions by TTL on its timer and stops the timer on close (T-S12)', async () => {
    vi.useFakeTimers();
    const config = testConfig();
    config.sandbox = { ...config.sandbox, sweepIntervalMs: 1_000 };
    const clock = new MovableClock(() => 0);
    const sandbox = createSandbox({ config, log: memoryLogger(), clock });
    for (let i = 0; i < 20_000; i++)
      await sandbox.store.insert(
        sampleTransaction({ clientId: 'sandbox-client', createdAt: 0, timeoutAt: 300_000, deleteAt: 300_000 + 1_080_000 }),
        100_000,
      );
    expect((await sandbox.store.counts()).transactions).toBe(20_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await sandbox.store.counts()).transactions).toBe(20_000);
    clock.advance(300_000 + 1_080_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await sandbox.store.counts()).transactions).toBe(0);
    await sandbox.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('verifies its own tokens for the decoder and refuses others', async () => {
    const h = harness();
    const init = await h.call('/iamsmart/v2/request/auth', { source: 'PC_Browser', redirect: REDIRECT });
    expect(await h.sandbox.verifyToken(init.body.token as string)).toMatchObject({ cid: 'sandbox-client', svc: 'auth' });
    await expect(harness().sandbox.verifyToken(init.body.token as string)).rejects.toThrow();
  });

  it('shares tokens between instances configured with the same tokenKey', async () => {
    const a = harness({ tokenKey: 'shared' });
    const b = harness({ tokenKey: 'shared' });
    const init = await a.call('/iamsmart/v2/request/auth', { source: 'PC_Browser', redirect: REDIRECT });
    expect((await b.sandbox.verifyToken(init.body.token as string)).sub).toBeTypeOf('string');
  });

  it('answers unknown sandbox paths with a JSON 404 and never leaks a secret in any answer', async () => {
    const h = harness();
    const res = await h.sandbox.app.request('/nope');
    expect(res.status).toBe(404);
    const bodies = [await res.text()];
    for (const path of ['/iamsmart/v2/request/auth', '/_control/approve', '/iamsmart/v2/callback/client'])
      bodies.push(await (await h.post(path, '{bad')).text());
    bodies.push(await (await h.get('/_control/transactions')).text());
    for (const body of bodies) expect(body).not.toContain(testConfig().clients[0].secret);
  });
});
