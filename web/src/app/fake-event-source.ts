/**
 * A stand-in for the browser's EventSource in unit tests: the test plays the server, sending named
 * events (and reconnects) to whatever the SPA subscribed.
 */
import type { LiveEventMap, LiveEventName } from '../../../shared/inspector/live-events.ts';

type Handler = (e: { data?: string }) => void;

export class FakeEventSource {
  static instances: FakeEventSource[] = [];
  readonly handlers = new Map<string, Handler[]>();
  closed = false;

  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
    // Like the browser: it opens a moment after it is made.
    queueMicrotask(() => this.open());
  }

  static get current(): FakeEventSource {
    const s = FakeEventSource.instances.at(-1);
    if (!s) throw new Error('no EventSource was opened');
    return s;
  }

  addEventListener(name: string, handler: Handler): void {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
  }

  close(): void {
    this.closed = true;
  }

  send<N extends LiveEventName>(name: N, data: LiveEventMap[N]): void {
    for (const h of this.handlers.get(name) ?? []) h({ data: JSON.stringify(data) });
  }

  open(): void {
    for (const h of this.handlers.get('open') ?? []) h({});
  }
}
