/**
 * One shared EventSource on /api/events for the whole SPA; features subscribe by event name.
 * The server sends `exchange`, `callback` and `flow` events with JSON data.
 */
type Listener = (data: unknown) => void;

const listeners = new Map<string, Set<Listener>>();
let source: EventSource | undefined;

function ensureConnected(): void {
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource('/api/events');
  for (const name of listeners.keys()) attach(name);
}

function attach(name: string): void {
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
export function onLiveEvent(name: 'exchange' | 'callback' | 'flow', listener: Listener): () => void {
  const isNew = !listeners.has(name);
  if (isNew) listeners.set(name, new Set());
  listeners.get(name)!.add(listener);
  if (source && isNew) attach(name);
  ensureConnected();
  return () => listeners.get(name)?.delete(listener);
}
