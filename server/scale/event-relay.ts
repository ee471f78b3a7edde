/**
 * Live events across instances: a playground whose SSE stream is attached to instance A sees a
 * callback or exchange that reached instance B. Each instance publishes its own bus's events to
 * one Redis channel, tagged with its instance id, and re-emits the other instances' events on its
 * bus. An event that arrived from Redis is never published again (no echo loops), and an
 * instance ignores its own messages when they come back.
 * Delivery is best effort, like SSE itself: events published while Redis is down are dropped,
 * and ioredis re-subscribes when Redis comes back.
 */
import type { Redis } from 'ioredis';
import { LIVE_EVENT_NAMES } from '../../shared/inspector/live-events.ts';
import type { EventBus, LiveEventName } from '../inspector/event-bus.ts';
import type { Logger } from '../log.ts';

const EVENT_NAMES: ReadonlySet<string> = new Set<LiveEventName>(LIVE_EVENT_NAMES);

export interface EventRelayOptions {
  bus: EventBus;
  /** Publishes; may be shared with other work. */
  publisher: Redis;
  /** Enters subscriber mode, so it must be a connection of its own. */
  subscriber: Redis;
  channel: string;
  instanceId: string;
  log?: Logger;
}

export interface EventRelay {
  /** Messages published and re-emitted so far (for tests and diagnostics). */
  readonly stats: { published: number; received: number; dropped: number };
  /** Whether the channel subscription is in place (false while Redis was down at start). */
  readonly subscribed: boolean;
  /** Stops relaying; the connections stay with their owner. */
  close(): Promise<void>;
}

interface Envelope {
  from: string;
  event: LiveEventName;
  data: unknown;
}

function parse(message: string): Envelope | undefined {
  try {
    const e = JSON.parse(message) as Partial<Envelope>;
    if (typeof e.from === 'string' && typeof e.event === 'string' && EVENT_NAMES.has(e.event)) return e as Envelope;
  } catch {
    // A foreign or corrupt message on the channel: ignored below.
  }
  return undefined;
}

export async function relayEvents({ bus, publisher, subscriber, channel, instanceId, log }: EventRelayOptions): Promise<EventRelay> {
  const stats = { published: 0, received: 0, dropped: 0 };
  let reemitting = false;
  let warned = false;

  const unsubscribe = bus.subscribe(({ event, data }) => {
    // bus.emit is synchronous, so this flag is set exactly while a remote event is re-emitted.
    if (reemitting) return;
    const body = JSON.stringify({ from: instanceId, event, data } satisfies Envelope);
    publisher.publish(channel, body).then(
      () => {
        stats.published++;
        warned = false;
      },
      (err: unknown) => {
        stats.dropped++;
        if (!warned) log?.warn('live event not relayed: Redis unavailable', { error: String(err) });
        warned = true;
      },
    );
  });

  const onMessage = (from: string, message: string): void => {
    if (from !== channel) return;
    const e = parse(message);
    if (!e || e.from === instanceId) return;
    stats.received++;
    reemitting = true;
    try {
      bus.emit(e.event, e.data);
    } finally {
      reemitting = false;
    }
  };
  subscriber.on('message', onMessage);
  // ioredis re-subscribes after a reconnect only to channels it had subscribed, so a subscribe
  // that failed while Redis was down is retried whenever the connection becomes ready.
  let subscribed = false;
  const trySubscribe = (): Promise<void> =>
    subscriber.subscribe(channel).then(
      () => void (subscribed = true),
      (err: unknown) => log?.warn('live events relay could not subscribe yet', { error: String(err) }),
    );
  const onReady = (): void => void (subscribed || trySubscribe());
  subscriber.on('ready', onReady);
  await trySubscribe();

  return {
    stats,
    get subscribed() {
      return subscribed;
    },
    async close() {
      unsubscribe();
      subscriber.off('message', onMessage);
      subscriber.off('ready', onReady);
      await subscriber.unsubscribe(channel).catch(() => undefined);
    },
  };
}
