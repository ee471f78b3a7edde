import { describe, expect, it } from 'vitest';
import { usePair } from '../testing/pair-hooks.ts';
import type { LiveEvent } from '../inspector/event-bus.ts';
import { approve, initiate, openResult, poll } from '../testing/instance-pair.ts';
import { sharedTestRedis } from '../testing/test-redis.ts';

const pair = usePair(sharedTestRedis);

describe('two server instances on one Redis', () => {
  it('uses the Redis store when REDIS_URL is set', () => {
    expect(pair.a.server.scale).toBeDefined();
    expect(pair.a.server.sandbox.store).toBe(pair.a.server.scale?.store);
  });

  it('initiates on A, approves through B, and releases the result once: A gets it, B then gets 410', async () => {
    const token = await initiate(pair.a);
    expect((await poll(pair.b, token)).status).toBe(202);
    const approved = await approve(pair.b, token);
    expect(approved.status).toBe(200);
    const first = await poll(pair.a, token);
    expect(first.status).toBe(200);
    const result = await openResult((await first.json()) as { data: string });
    expect(result.iAMSMART).toMatchObject({ tokenType: expect.any(String) });
    const second = await poll(pair.b, token);
    expect(second.status).toBe(410);
    expect(await second.json()).toMatchObject({ status: 410, message: expect.stringContaining('deleted') });
    expect((await poll(pair.a, token)).status).toBe(410);
  });

  it('releases pair.a result exactly once when both instances poll at the same time (100 flows)', async () => {
    for (let i = 0; i < 100; i++) {
      const token = await initiate(i % 2 ? pair.a : pair.b);
      expect((await approve(i % 2 ? pair.b : pair.a, token)).status).toBe(200);
      const polls = await Promise.all([poll(pair.a, token), poll(pair.b, token), poll(pair.a, token), poll(pair.b, token)]);
      const statuses = polls.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 410, 410, 410]);
    }
  });

  it('shows B pair.a clock moved through A, so deadlines agree across instances', async () => {
    const token = await initiate(pair.a);
    const moved = await pair.a.post('/_control/clock', { advanceMs: 6 * 60_000 });
    expect(moved.status).toBe(200);
    const late = await poll(pair.b, token);
    expect(late.status).toBe(410);
    expect(await late.json()).toMatchObject({ errorCode: 'D40003' });
  });

  it('relays live events: pair.a callback that reached B shows on A’s event stream', async () => {
    const seen: LiveEvent[] = [];
    const stop = pair.a.server.playground.inspector.bus.subscribe((e) => seen.push(e));
    try {
      const res = await pair.b.server.app.request('/callback?state=relay-probe&code=abc');
      expect(res.status).toBe(302);
      for (let i = 0; i < 200 && !seen.some((e) => e.event === 'callback'); i++) await new Promise((r) => setTimeout(r, 10));
      const callback = seen.find((e) => e.event === 'callback');
      expect(callback?.data).toMatchObject({ query: { state: 'relay-probe', code: 'abc' } });
    } finally {
      stop();
    }
  });
});
