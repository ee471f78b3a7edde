import { afterEach, describe, expect, it, vi } from 'vitest';
import { playground } from '../testing/playground-fixture.ts';

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, needle: string): Promise<string> {
  let text = '';
  const dec = new TextDecoder();
  while (!text.includes(needle)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += dec.decode(value);
  }
  return text;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('GET /api/events', () => {
  it('streams exchange and flow events as they happen', async () => {
    const f = playground();
    const res = await f.app.request('/api/events');
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    await readUntil(reader, ': connected');
    await f.post('/proxy/sandbox/iamsmart/v2/request/auth', {
      source: 'PC_Browser',
      redirect: 'http://127.0.0.1:8787/callback?flow=live1',
    });
    const text = await readUntil(reader, 'event: exchange');
    expect(text).toContain('event: flow');
    expect(text).toContain('"id":"live1"');
    await reader.cancel();
    await f.api.close();
  });

  it('sends a keep-alive comment on each interval', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const f = playground({ keepAliveMs: 15_000 });
    const res = await f.app.request('/api/events');
    const reader = res.body!.getReader();
    await readUntil(reader, ': connected');
    vi.advanceTimersByTime(15_000);
    expect(await readUntil(reader, ': keep-alive')).toContain(': keep-alive');
    await reader.cancel();
  });

  it('releases its subscription and timer when the client goes away', async () => {
    const f = playground();
    const readers = [];
    for (let i = 0; i < 3; i++) {
      const reader = (await f.app.request('/api/events')).body!.getReader();
      await readUntil(reader, ': connected');
      readers.push(reader);
    }
    expect(f.api.inspector.bus.size).toBe(3);
    for (const r of readers) await r.cancel();
    await vi.waitFor(() => expect(f.api.inspector.bus.size).toBe(0));
    // Emitting after the clients left must not throw or write anywhere.
    f.api.inspector.bus.emit('flow', {});
  });
});
