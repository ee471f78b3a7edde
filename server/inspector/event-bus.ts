/**
 * Fan-out of live events to the SSE subscribers. A plain Set rather than EventEmitter so the
 * number of listeners is observable and a leak shows up in tests. The names and their data are
 * defined once in shared/inspector/live-events.ts.
 */
import type { LiveEventName } from '../../shared/inspector/live-events.ts';

export type { LiveEventName };

export interface LiveEvent {
  event: LiveEventName;
  data: unknown;
}

export type LiveListener = (e: LiveEvent) => void;

export class EventBus {
  private readonly listeners = new Set<LiveListener>();

  subscribe(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: LiveEventName, data: unknown): void {
    for (const l of this.listeners) {
      try {
        l({ event, data });
      } catch {
        // One broken subscriber must not stop the others or the request that emitted.
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
