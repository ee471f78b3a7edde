import { describe, expect, it } from 'vitest';
import { endpoint } from '../../shared/catalogue/index.ts';
import type { Flow } from '../inspector/flow.ts';
import { usePair } from '../testing/pair-hooks.ts';
import { sharedTestRedis } from '../testing/test-redis.ts';

const pair = usePair(sharedTestRedis);
const PLAYGROUND = { 'x-playground': '1', 'content-type': 'application/json' };

/** Reads an SSE stream until `done` holds for the text so far. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, done: (text: string) => boolean): Promise<string> {
  let text = '';
  const dec = new TextDecoder();
  while (!done(text)) {
    const { value, done: ended } = await reader.read();
    if (ended) break;
    text += dec.decode(value);
  }
  return text;
}

describe('sandbox change events across instances on one Redis', () => {
  it("tells A's event stream of an approval and a clock move made on B, and both see the flow approved", async () => {
    const res = await pair.a.server.app.request(`/proxy/sandbox${endpoint('auth').path}`, {
      method: 'POST',
      headers: PLAYGROUND,
      body: JSON.stringify({ source: 'PC_Browser', redirect: 'http://127.0.0.1:8787/callback?flow=xevents1' }),
    });
    const { token } = (await res.json()) as { token: string };
    const reader = (await pair.a.server.app.request('/api/events')).body!.getReader();
    await readUntil(reader, (t) => t.includes(': connected'));

    expect((await pair.b.post('/_control/approve', { token })).status).toBe(200);
    const approved = await readUntil(reader, (t) => /event: transaction\ndata: [^\n]*"status":"approved"/.test(t));
    const data = JSON.parse(/event: transaction\ndata: ([^\n]*"status":"approved"[^\n]*)/.exec(approved)![1]) as Record<string, unknown>;
    expect(data).toMatchObject({ flowId: 'xevents1', service: 'auth', status: 'approved' });
    expect(data).not.toHaveProperty('state');

    expect((await pair.b.post('/_control/clock', { advanceMs: 1000 })).status).toBe(200);
    expect(await readUntil(reader, (t) => t.includes('event: clock'))).toMatch(/event: clock\ndata: \{"now":\d+,"offsetMs":1000\}/);
    await reader.cancel();

    const fromA = (await (await pair.a.server.app.request('/api/flows/xevents1')).json()) as Flow;
    expect(fromA).toMatchObject({ status: 'approved', transaction: { status: 'approved' } });
  });
});
