/**
 * Scale-out: what changes when REDIS_URL is set. The sandbox's state moves to Redis (so any
 * instance behind a load balancer can serve any step of a flow), so do the inspector's exchange
 * log and flows (so every instance shows the same ones), and live events are relayed between
 * instances over Redis pub/sub. Without REDIS_URL nothing here runs and the server keeps
 * its in-memory store, needing no Redis.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.ts';
import type { EventBus } from '../inspector/event-bus.ts';
import type { InspectorStores } from '../inspector/inspector-store.ts';
import { flowSafetyCap, retentionBounds } from '../inspector/index.ts';
import type { Logger } from '../log.ts';
import { connectRedis, createRedisStore } from '../sandbox/store/redis-store.ts';
import type { SandboxStore } from '../sandbox/store/types.ts';
import { relayEvents, type EventRelay } from './event-relay.ts';
import { agreeTokenKey } from './agree-token-key.ts';
import { createRedisExchangeLog } from './redis-exchange-log.ts';
import { createRedisFlowStore } from './redis-flow-store.ts';

export interface ScaleOut {
  /** This process's id on the events channel. */
  instanceId: string;
  store: SandboxStore;
  /** The inspector's exchange log and flows, shared by every instance on this Redis and prefix. */
  inspector: InspectorStores;
  /** Starts relaying this bus; resolves once the subscription was tried (it retries on reconnect). */
  relay(bus: EventBus): Promise<EventRelay>;
  /** The sandbox token key agreed by every instance on this Redis and prefix; only when none is configured. */
  sharedTokenKey?: () => Promise<string>;
  /** Resolves once every relay started so far has tried its subscription. */
  ready(): Promise<void>;
  /** Closes the relay's connections (the store is closed by the sandbox that owns it). */
  close(): Promise<void>;
}

export function createScaleOut(config: Config, log: Logger): ScaleOut | undefined {
  const url = config.redisUrl;
  if (!url) return undefined;
  const prefix = config.redisPrefix ?? 'iamsmart:';
  const instanceId = randomUUID();
  // One warning per outage, not one per reconnect attempt.
  let down = false;
  const onError = (err: Error): void => {
    if (!down) log.warn('Redis unavailable; the sandbox answers 503 until it is back', { error: err.message });
    down = true;
  };
  const store = createRedisStore({ url, prefix: `${prefix}sandbox:`, onError });
  const publisher = connectRedis(url, undefined, onError);
  const subscriber = connectRedis(url, undefined, onError);
  for (const c of [publisher, subscriber]) c.on('ready', () => (down = false));
  // The inspector's stores share the publisher connection: both are plain commands, and it pipelines.
  const bounds = retentionBounds(config);
  const inspector: InspectorStores = {
    exchanges: createRedisExchangeLog({ redis: publisher, prefix: `${prefix}inspector:`, bounds }),
    flows: createRedisFlowStore({ redis: publisher, prefix: `${prefix}inspector:`, capacity: flowSafetyCap(bounds) }),
    shared: true,
  };
  const relays: EventRelay[] = [];
  let relayStarts: Promise<unknown>[] = [];

  return {
    instanceId,
    store,
    inspector,
    // An explicit SANDBOX_TOKEN_KEY wins; without one, "point them all at one Redis" is the whole setup.
    sharedTokenKey: config.sandbox.tokenKey ? undefined : () => agreeTokenKey(publisher, `${prefix}sandbox:token-key`),
    relay(bus) {
      const started = relayEvents({ bus, publisher, subscriber, channel: `${prefix}events`, instanceId, log }).then((r) => {
        relays.push(r);
        return r;
      });
      relayStarts.push(started.catch(() => undefined));
      return started;
    },
    async ready() {
      await Promise.all(relayStarts);
    },
    async close() {
      await Promise.all(relayStarts);
      relayStarts = [];
      await Promise.all(relays.map((r) => r.close()));
      await Promise.all([publisher, subscriber].map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
