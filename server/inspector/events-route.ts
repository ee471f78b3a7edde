/**
 * GET /api/events: Server-Sent Events of the event bus. A comment line every `keepAliveMs` keeps
 * proxies and the browser from timing the stream out; the subscription and the timer are released
 * when the client goes away, so a closed tab leaves nothing behind.
 */
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { EventBus, LiveEvent } from './event-bus.ts';

export function eventsHandler(bus: EventBus, keepAliveMs: number) {
  return (c: Context) =>
    streamSSE(c, async (stream) => {
      const queue: LiveEvent[] = [];
      let wake: (() => void) | undefined;
      const unsubscribe = bus.subscribe((e) => {
        queue.push(e);
        wake?.();
      });
      const timer = setInterval(() => {
        void stream.write(': keep-alive\n\n').catch(() => undefined);
      }, keepAliveMs);
      let done = false;
      const stop = () => {
        done = true;
        unsubscribe();
        clearInterval(timer);
        wake?.();
      };
      stream.onAbort(stop);
      c.req.raw.signal?.addEventListener('abort', stop, { once: true });
      try {
        await stream.write(': connected\n\n');
        while (!done) {
          const next = queue.shift();
          if (next) {
            await stream.writeSSE({ event: next.event, data: JSON.stringify(next.data) });
            continue;
          }
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      } finally {
        stop();
      }
    });
}
