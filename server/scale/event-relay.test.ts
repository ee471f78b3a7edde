import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { EventBus, type LiveEvent } from '../inspector/event-bus.ts';
import { relayEvents, type EventRelay } from './event-relay.ts';
import { sharedTestRedis } from '../testing/test-redis.ts';

let server: { url: string; stop(): Promise<void> };
const connections: Redis[] = [];
const relays: EventRelay[] = [];

beforeAll(async () => {
  server = await sharedTestRedis();
});

afterAll(async () => {
  await Promise.all(relays.map((r) => r.close()));
  await Promise.all(connections.map((c) => c.quit()));
  await server?.stop();
});

function connect(): Redis {
  const c = new Redis(server.url, { maxRetriesPerRequest: 1 });
  connections.push(c);
  return c;
}

async function instance(channel: string, id: string): Promise<{ bus: EventBus; seen: LiveEvent[]; relay: EventRelay }> {
  const bus = new EventBus();
  const seen: LiveEvent[] = [];
  bus.subscribe((e) => seen.push(e));
  const relay = await relayEvents({ bus, publisher: connect(), subscriber: connect(), channel, instanceId: id });
  relays.push(relay);
  return { bus, seen, relay };
}

/** Waits for Redis to deliver (pub/sub is asynchronous); polls instead of a fixed sleep. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('relayEvents', () => {
  it('re-emits another instance’s events once, and never echoes them back', async () => {
    const channel = `test:${randomUUID()}:events`;
    const a = await instance(channel, 'A');
    const b = await instance(channel, 'B');
    a.bus.emit('callback', { ticketID: 't1' });
    await until(() => b.seen.length === 1, 'B to see the callback');
    expect(b.seen).toEqual([{ event: 'callback', data: { ticketID: 't1' } }]);
    // A's own event came back on the channel: ignored; B did not republish it.
    b.bus.emit('flow', { id: 'f1' });
    await until(() => a.seen.length === 2, 'A to see the flow');
    expect(a.seen).toEqual([
      { event: 'callback', data: { ticketID: 't1' } },
      { event: 'flow', data: { id: 'f1' } },
    ]);
    expect(b.seen).toHaveLength(2);
    expect(a.relay.stats).toMatchObject({ published: 1, received: 1 });
    expect(b.relay.stats).toMatchObject({ published: 1, received: 1 });
  });

  it('fans out to every other instance and ignores foreign messages on the channel', async () => {
    const channel = `test:${randomUUID()}:events`;
    const [a, b, c] = await Promise.all(['A', 'B', 'C'].map((id) => instance(channel, id)));
    const raw = connect();
    await raw.publish(channel, 'not json');
    await raw.publish(channel, JSON.stringify({ from: 'X', event: 'shutdown', data: {} }));
    c.bus.emit('exchange', { id: 'e1' });
    await until(() => a.seen.length === 1 && b.seen.length === 1, 'A and B to see the exchange');
    expect(a.seen[0]).toEqual({ event: 'exchange', data: { id: 'e1' } });
    expect(c.seen).toHaveLength(1);
    expect(a.relay.stats.received).toBe(1);
  });

  it('stops relaying after close', async () => {
    const channel = `test:${randomUUID()}:events`;
    const a = await instance(channel, 'A');
    const b = await instance(channel, 'B');
    await b.relay.close();
    a.bus.emit('callback', { n: 1 });
    const probe = await instance(channel, 'P');
    a.bus.emit('callback', { n: 2 });
    await until(() => probe.seen.length === 1, 'the probe to see the second event');
    expect(b.seen).toEqual([]);
  });
});
