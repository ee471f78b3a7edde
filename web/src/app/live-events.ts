/**
 * One shared EventSource on /api/events for the whole SPA; features subscribe by event name and get
 * the data typed by the contract (shared/inspector/live-events.ts). The browser reconnects on its
 * own after a drop; `onReconnect` tells views to catch up once on what they missed meanwhile.
 */
import type { LiveEventMap, LiveEventName } from '../../../shared/inspector/live-events.ts';

type AnyListener = (data: unknown) => void;

const listeners = new Map<LiveEventName, Set<AnyListener>>();
const reconnectListeners = new Set<() => void>();
let source: EventSource | undefined;
let opened = false;
let firstOpen: Promise<void> | undefined;

function ensureConnected(): void {
  if (source || typeof EventSource === 'undefined') return;
  const es = new EventSource('/api/events');
  source = es;
  opened = false;
  let settle: () => void = () => undefined;
  firstOpen = new Promise<void>((resolve) => (settle = resolve));
  es.addEventListener('open', () => {
    // The first open is the connection itself; later ones follow a drop, when events may have been missed.
    if (opened) for (const l of reconnectListeners) l();
    opened = true;
    settle();
  });
  // A stream that cannot open must not hold up the reads that wait for it.
  es.addEventListener('error', () => settle());
  for (const name of listeners.keys()) attach(name);
}

/**
 * Resolves once the stream is open (or could not open). A read made after this misses no change:
 * whatever changes after the read arrives as an event, so nothing shown can be older than the server.
 */
export function liveEventsOpen(): Promise<void> {
  ensureConnected();
  return firstOpen ?? Promise.resolve();
}

function attach(name: LiveEventName): void {
  source?.addEventListener(name, (e) => {
    let data: unknown;
    try {
      data = JSON.parse((e as MessageEvent).data);
    } catch {
      return;
    }
    for (const l of listeners.get(name) ?? []) l(data);
  });
}

/** Subscribes to a server event; returns the unsubscribe function. */
export function onLiveEvent<N extends LiveEventName>(name: N, listener: (data: LiveEventMap[N]) => void): () => void {
  const isNew = !listeners.has(name);
  if (isNew) listeners.set(name, new Set());
  listeners.get(name)!.add(listener as AnyListener);
  if (source && isNew) attach(name);
  ensureConnected();
  return () => listeners.get(name)?.delete(listener as AnyListener);
}

/** Called after the stream reconnects (not on the first connection). */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  ensureConnected();
  return () => reconnectListeners.delete(listener);
}

/** Closes the stream and forgets every subscriber (a new subscription opens it again). */
export function disconnectLiveEvents(): void {
  source?.close();
  source = undefined;
  firstOpen = undefined;
  listeners.clear();
  reconnectListeners.clear();
}
