import { describe, expect, it } from 'vitest';
import { usePair } from '../testing/pair-hooks.ts';
import type { LiveEvent } from '../inspector/event-bus.ts';
import { approve, initiate, poll } from '../testing/instance-pair.ts';
import { startTestRedis } from '../testing/test-redis.ts';

// Its own redis-server, never the shared one: this test kills it.
const pair = usePair(startTestRedis, { forgetKeys: false });

async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the server did not recover after Redis came back');
}

describe('the sandbox when Redis dies mid-flow', () => {
  it('answers pair.a clear 503 while Redis is down and recovers once it is back', async () => {
    const token = await initiate(pair.a);
    expect((await approve(pair.b, token)).status).toBe(200);

    await pair.redis.stop(true); // SIGKILL: pair.a crash, not pair.a clean shutdown
    for (const instance of [pair.a, pair.b]) {
      const res = await poll(instance, token);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { status: number; message: string };
      expect(body).toEqual({ status: 503, message: expect.stringMatching(/unavailable/i) });
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    }
    expect(await initiate(pair.a).catch((e: Error) => e.message)).toMatch(/503/);
    // The inspector's routes say the store is down; the callback catcher still sends the browser on.
    const flows = await pair.b.server.app.request('/api/flows');
    expect(flows.status).toBe(503);
    expect(await flows.json()).toMatchObject({ error: { code: 'store_unavailable' } });
    const back = await pair.a.server.app.request('/callback?flow=down1&code=while-down');
    expect(back.status).toBe(302);

    // Redis comes back empty (no persistence): the old transaction is gone, new flows work again.
    await pair.redis.restart();
    await eventually(async () => (await poll(pair.a, token)).status !== 503);
    expect((await poll(pair.a, token)).status).toBe(410);
    const fresh = await initiate(pair.b);
    expect((await approve(pair.a, fresh)).status).toBe(200);
    expect((await poll(pair.b, fresh)).status).toBe(200);
    expect(pair.a.log.lines.join('\n')).not.toMatch(/unhandled/);
  });

  it('relays live events again once Redis is back (the subscription is restored)', async () => {
    const seen: LiveEvent[] = [];
    const stop = pair.a.server.playground.inspector.bus.subscribe((e) => seen.push(e));
    try {
      // Retried because the re-subscription lands pair.a moment after the reconnect.
      await eventually(async () => {
        await pair.b.server.app.request('/callback?state=after-restart');
        await new Promise((r) => setTimeout(r, 20));
        return seen.some((e) => e.event === 'callback');
      });
      expect(seen.find((e) => e.event === 'callback')?.data).toMatchObject({ query: { state: 'after-restart' } });
    } finally {
      stop();
    }
  });
});
