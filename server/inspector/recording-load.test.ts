import { describe, expect, it } from 'vitest';
import { endpoint } from '../../shared/catalogue/index.ts';
import type { Exchange } from './exchange.ts';
import type { Flow } from './flow.ts';
import { ORIGIN, PLAYGROUND, qualityServer } from '../testing/quality-server.ts';

const FLOWS = 200;

describe('the recording queue under 200 concurrent flows through the proxy', () => {
  it('records every exchange once, in its own flow, in the order the flow made them', async () => {
    const q = qualityServer();
    const inspector = q.server.playground.inspector;
    const auth = endpoint('auth');
    const run = async (i: number) => {
      const flowId = `rec-${i}`;
      const ids: string[] = [];
      const send = async (path: string, body: unknown, status: number) => {
        const res = await q.post(`/proxy/sandbox${path}`, body, PLAYGROUND);
        expect(res.status, `${flowId} ${path}`).toBe(status);
        expect(res.headers.get('x-playground-flow-id')).toBe(flowId);
        ids.push(res.headers.get('x-playground-exchange-id')!);
        return (await res.json()) as { token?: string };
      };
      const { token } = await send(auth.path, { ...auth.example, redirect: `${ORIGIN}/callback?flow=${flowId}` }, 200);
      await send(endpoint('poll').path, { token }, 202);
      await send('/_control/approve', { token }, 200);
      await send(endpoint('poll').path, { token }, 200);
      return { flowId, token: token!, ids };
    };
    const flows = await Promise.all(Array.from({ length: FLOWS }, (_, i) => run(i)));

    const all = flows.flatMap((f) => f.ids);
    expect(new Set(all).size).toBe(FLOWS * 4);
    // The log holds each exchange once: none lost, none written twice.
    const logged: Exchange[] = [];
    let next: string | undefined;
    do {
      const page = (await (await q.request(`/api/exchanges?limit=500${next ? `&before=${next}` : ''}`)).json()) as {
        exchanges: Exchange[];
        next?: string;
      };
      logged.push(...page.exchanges);
      next = page.next;
    } while (next);
    expect(logged.map((e) => e.id).sort()).toEqual([...all].sort());
    for (const f of flows) {
      const flow = (await (await q.request(`/api/flows/${f.flowId}`)).json()) as Flow;
      // In order, and nothing of another flow.
      expect(flow.exchanges).toEqual(f.ids);
      expect(flow.status).toBe('collected');
      for (const e of logged.filter((x) => f.ids.includes(x.id))) {
        expect(e.flowId).toBe(f.flowId);
        const sent = e.request.body as { token?: string } | undefined;
        if (sent?.token) expect(sent.token).toBe(f.token);
      }
    }
    expect(inspector.recording.stats()).toMatchObject({ queued: 0, failed: 0, recorded: expect.any(Number) });
    expect(inspector.recording.stats().recorded).toBeGreaterThanOrEqual(FLOWS * 4);
    await q.server.close();
  });

  it('makes answers wait for room when the queue is full, counts it, and still loses nothing', async () => {
    const q = qualityServer();
    const inspector = q.server.playground.inspector;
    // A small queue: 200 flows at once outrun it.
    (inspector.recording as unknown as { capacity: number }).capacity = 4;
    const auth = endpoint('auth');
    const answers = await Promise.all(
      Array.from({ length: FLOWS }, (_, i) =>
        q.post(`/proxy/sandbox${auth.path}`, { ...auth.example, redirect: `${ORIGIN}/callback?flow=full-${i}` }, PLAYGROUND),
      ),
    );
    expect(answers.every((r) => r.status === 200)).toBe(true);
    const stats = (await (await q.request('/api/recording')).json()) as { waitedForRoom: number; queued: number; failed: number };
    expect(stats.waitedForRoom).toBeGreaterThan(0);
    for (let i = 0; i < FLOWS; i++) expect((await inspector.flows.get(`full-${i}`))?.exchanges).toHaveLength(1);
    expect((await inspector.exchanges.usage()).exchanges).toBe(FLOWS);
    await q.server.close();
  });
});
