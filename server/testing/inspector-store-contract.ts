/**
 * The behaviour every ExchangeStore and FlowStore must show, as reusable vitest suites: the memory
 * stores run them in inspector-store.test.ts, the Redis ones against a live Redis in server/scale.
 */
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../inspector/exchange.ts';
import type { Flow } from '../inspector/flow.ts';
import type { ExchangeStore, FlowStore } from '../inspector/inspector-store.ts';
import { newExchangeId, newFlowId } from '../inspector/record-ids.ts';

export function sampleExchange(flowId?: string): Exchange {
  return {
    id: newExchangeId(),
    env: 'sandbox',
    flowId,
    startedAt: new Date(0).toISOString(),
    request: { method: 'POST', path: '/iamsmart/v2/request/auth', headers: {} },
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: { token: 't' } },
    timings: { totalMs: 1, upstreamMs: 0.5 },
  };
}

export function sampleFlow(overrides: Partial<Flow> = {}): Flow {
  const at = new Date(0).toISOString();
  return { id: newFlowId(), env: 'sandbox', endpointId: 'auth', createdAt: at, updatedAt: at, status: 'pending', exchanges: [], callbacks: [], children: [], ...overrides };
}

/** `make(capacity)` builds an empty store that keeps at most `capacity` exchanges. */
export function describeExchangeStoreContract(name: string, make: (capacity: number) => ExchangeStore | Promise<ExchangeStore>): void {
  describe(`${name} (ExchangeStore contract)`, () => {
    it('keeps only the newest exchanges up to its capacity, newest first', async () => {
      const log = await make(3);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const e = sampleExchange();
        await log.add(e);
        ids.push(e.id);
      }
      expect((await log.list()).map((e) => e.id)).toEqual(ids.slice(2).reverse());
      expect(await log.get(ids[0])).toBeUndefined();
      expect(await log.get(ids[4])).toEqual(expect.objectContaining({ id: ids[4], response: expect.objectContaining({ body: { token: 't' } }) }));
      expect(await log.list({ limit: 1 })).toHaveLength(1);
    });

    it('filters by flow and clears', async () => {
      const log = await make(10);
      await log.add(sampleExchange('a'));
      await log.add(sampleExchange('b'));
      await log.add(sampleExchange('a'));
      expect(await log.list({ flow: 'a' })).toHaveLength(2);
      expect(await log.list({ flow: 'a', limit: 1 })).toHaveLength(1);
      expect(await log.clear()).toBe(3);
      expect(await log.list()).toEqual([]);
    });
  });
}

export function describeFlowStoreContract(name: string, make: (capacity: number) => FlowStore | Promise<FlowStore>): void {
  describe(`${name} (FlowStore contract)`, () => {
    it('creates a flow once per id and lists flows newest first', async () => {
      const store = await make(10);
      const a = sampleFlow();
      const b = sampleFlow();
      expect(await store.create(a)).toBe(true);
      expect(await store.create(b)).toBe(true);
      expect(await store.create({ ...a, env: 'other' })).toBe(false);
      expect((await store.get(a.id))?.env).toBe('sandbox');
      expect((await store.list()).map((f) => f.id)).toEqual([b.id, a.id]);
    });

    it('drops the oldest flow and its token past capacity', async () => {
      const store = await make(2);
      const flows = [sampleFlow({ token: 'tok-0' }), sampleFlow({ token: 'tok-1' }), sampleFlow({ token: 'tok-2' })];
      for (const f of flows) {
        await store.create(f);
        await store.indexToken(f.token!, f.id);
      }
      expect(await store.get(flows[0].id)).toBeUndefined();
      expect(await store.byToken('tok-0')).toBeUndefined();
      expect(await store.byToken('tok-2')).toBe(flows[2].id);
      expect(await store.list()).toHaveLength(2);
    });

    it('finds a sandbox flow by its transaction id, and forgets it with the flow and on clear', async () => {
      const store = await make(2);
      const flows = [0, 1, 2].map((n) => sampleFlow({ token: `tok-t${n}`, transaction: { id: `tx-${n}`, status: 'pending', at: 0 } }));
      for (const f of flows) {
        await store.create(f);
        await store.indexTransaction(f.transaction!.id, f.id);
      }
      expect(await store.byTransaction('tx-0')).toBeUndefined();
      expect(await store.byTransaction('tx-2')).toBe(flows[2].id);
      await store.clear();
      expect(await store.byTransaction('tx-2')).toBeUndefined();
    });

    it('applies updates, leaves a flow alone when the change declines, and ignores unknown ids', async () => {
      const store = await make(10);
      const f = sampleFlow();
      await store.create(f);
      const changed = await store.update(f.id, (flow) => void flow.exchanges.push('e1'));
      expect(changed?.exchanges).toEqual(['e1']);
      expect(await store.update(f.id, () => false)).toBeUndefined();
      expect(await store.update('nobody', (flow) => void flow.exchanges.push('x'))).toBeUndefined();
      expect((await store.get(f.id))?.exchanges).toEqual(['e1']);
    });

    it('loses no change when many land on one flow at once', async () => {
      const store = await make(10);
      const f = sampleFlow();
      await store.create(f);
      await Promise.all(Array.from({ length: 30 }, (_, i) => store.update(f.id, (flow) => void flow.exchanges.push(`e${i}`))));
      expect(new Set((await store.get(f.id))?.exchanges)).toEqual(new Set(Array.from({ length: 30 }, (_, i) => `e${i}`)));
    });

    it('remembers callback codes for replay detection, across a clear', async () => {
      const store = await make(10);
      const code = `code-${newFlowId()}`;
      expect(await store.seenCode(code)).toBe(false);
      expect(await store.seenCode(code)).toBe(true);
      const f = sampleFlow({ token: 'tok-c' });
      await store.create(f);
      await store.indexToken('tok-c', f.id);
      await store.clear();
      expect(await store.list()).toEqual([]);
      expect(await store.byToken('tok-c')).toBeUndefined();
      expect(await store.seenCode(code)).toBe(true);
    });
  });
}
