/**
 * The behaviour every ExchangeStore and FlowStore must show, as reusable vitest suites: the memory
 * stores run them in inspector-store.test.ts, the Redis ones against a live Redis in server/scale.
 */
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../inspector/exchange.ts';
import type { Flow } from '../inspector/flow.ts';
import type { ExchangeStore, FlowStore, RetentionBounds } from '../inspector/inspector-store.ts';
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
  return {
    id: newFlowId(),
    env: 'sandbox',
    endpointId: 'auth',
    createdAt: at,
    updatedAt: at,
    status: 'pending',
    exchanges: [],
    callbacks: [],
    children: [],
    ...overrides,
  };
}

const ROOMY: RetentionBounds = { maxBytes: 64 << 20, maxFlows: 100, maxLooseExchanges: 100, maxExchangesPerFlow: 1000 };

const idsOf = (items: string[]) => items.map((json) => (JSON.parse(json) as Exchange).id);

async function addAll(log: ExchangeStore, flows: (string | undefined)[]): Promise<{ ids: string[]; evicted: string[] }> {
  const ids: string[] = [];
  const evicted: string[] = [];
  for (const flow of flows) {
    const e = sampleExchange(flow);
    evicted.push(...(await log.add(e)));
    ids.push(e.id);
  }
  return { ids, evicted };
}

/** `make(bounds)` builds an empty store with these retention bounds (the rest roomy). */
export function describeExchangeStoreContract(
  name: string,
  make: (bounds: RetentionBounds) => ExchangeStore | Promise<ExchangeStore>,
): void {
  const build = (bounds: Partial<RetentionBounds> = {}) => make({ ...ROOMY, ...bounds });
  describe(`${name} (ExchangeStore contract)`, () => {
    it('keeps every exchange of a flow until the flow itself is evicted, oldest flow first', async () => {
      const log = await build({ maxFlows: 2 });
      const { ids, evicted } = await addAll(log, ['f1', 'f2', 'f1', 'f2', 'f1']);
      expect(evicted).toEqual([]);
      expect(idsOf(await log.ofFlow('f1'))).toEqual([ids[4], ids[2], ids[0]]);
      const third = await addAll(log, ['f3']);
      expect(third.evicted).toEqual(['f1']);
      expect(await log.ofFlow('f1')).toEqual([]);
      for (const id of [ids[0], ids[2], ids[4]]) expect(await log.get(id)).toBeUndefined();
      expect(idsOf(await log.ofFlow('f2'))).toEqual([ids[3], ids[1]]);
      expect(await log.get(ids[3])).toEqual(
        expect.objectContaining({ id: ids[3], response: expect.objectContaining({ body: { token: 't' } }) }),
      );
      expect(await log.usage()).toMatchObject({ exchanges: 3, flows: 2 });
    });

    it('bounds the exchanges of no flow on their own, so 3,000 of them leave a flow whole', async () => {
      const log = await build({ maxLooseExchanges: 5 });
      const flow = await addAll(log, ['kept', 'kept', 'kept']);
      const loose = await addAll(
        log,
        Array.from({ length: 3000 }, () => undefined),
      );
      expect(loose.evicted).toEqual([]);
      expect(idsOf(await log.ofFlow('kept'))).toEqual([...flow.ids].reverse());
      expect(idsOf((await log.page(100)).items)).toEqual([...loose.ids.slice(-5).reverse(), ...[...flow.ids].reverse()]);
    });

    it('stays within its byte budget: loose exchanges go first, then the oldest flows, never the flow being written', async () => {
      const one = Buffer.byteLength(JSON.stringify(sampleExchange('f0')));
      const log = await build({ maxBytes: one * 6 + one / 2 });
      await addAll(log, [undefined, undefined, 'f1', 'f1', 'f2', 'f2']);
      expect((await log.usage()).bytes).toBeLessThanOrEqual(one * 6 + one / 2);
      const next = await addAll(log, ['f3']);
      expect(next.evicted).toEqual([]);
      expect(await log.usage()).toMatchObject({ exchanges: 6, flows: 3 });
      const more = await addAll(log, ['f3', 'f3']);
      expect(more.evicted).toEqual(['f1']);
      expect(await log.usage()).toMatchObject({ exchanges: 5, flows: 2 });
      const lone = await addAll(
        log,
        Array.from({ length: 10 }, () => 'f3'),
      );
      expect(lone.evicted).toEqual(['f2']);
      expect((await log.usage()).bytes).toBeLessThanOrEqual(one * 6 + one / 2);
      // The flow being written keeps its first exchange (the initiation) and its newest ones.
      const f3 = idsOf(await log.ofFlow('f3'));
      expect(f3.at(-1)).toBe(next.ids[0]);
      expect(f3[0]).toBe(lone.ids.at(-1));
    });

    it("caps one flow's exchanges, keeping its first", async () => {
      const log = await build({ maxExchangesPerFlow: 3 });
      const { ids } = await addAll(log, ['f', 'f', 'f', 'f', 'f']);
      expect(idsOf(await log.ofFlow('f'))).toEqual([ids[4], ids[3], ids[0]]);
    });

    it('pages newest first with a cursor to the next page', async () => {
      const log = await build();
      const { ids } = await addAll(log, ['a', undefined, 'b', 'a', undefined]);
      const first = await log.page(2);
      expect(idsOf(first.items)).toEqual([ids[4], ids[3]]);
      expect(first.next).toBeDefined();
      const second = await log.page(2, first.next);
      expect(idsOf(second.items)).toEqual([ids[2], ids[1]]);
      const last = await log.page(2, second.next);
      expect(idsOf(last.items)).toEqual([ids[0]]);
      expect(last.next).toBeUndefined();
    });

    it('clears everything and says how much it held', async () => {
      const log = await build();
      await addAll(log, ['a', 'b', undefined]);
      expect(await log.clear()).toBe(3);
      expect((await log.page(10)).items).toEqual([]);
      expect(await log.ofFlow('a')).toEqual([]);
      expect(await log.usage()).toEqual({ exchanges: 0, flows: 0, bytes: 0 });
    });

    it('D4 keeps an exchange whose body cannot be serialised, as a note, and goes on logging', async () => {
      const log = await build();
      let deep: unknown[] = [];
      const e = sampleExchange('deep');
      e.response!.body = deep;
      for (let i = 0; i < 20_000; i++) deep = [deep];
      e.request.body = deep;
      await log.add(e);
      const kept = await log.get(e.id);
      expect(kept?.request.bodyNote).toMatch(/could not be serialised/);
      expect(kept?.request.path).toBe(e.request.path);
      await log.add(sampleExchange('deep'));
      expect(await log.ofFlow('deep')).toHaveLength(2);
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

    it('forgets removed flows and their indexes, leaving the others', async () => {
      const store = await make(10);
      const flows = [0, 1, 2].map((n) => sampleFlow({ token: `tok-r${n}`, transaction: { id: `txr-${n}`, status: 'pending', at: 0 } }));
      for (const f of flows) {
        await store.create(f);
        await store.indexToken(f.token!, f.id);
        await store.indexTransaction(f.transaction!.id, f.id);
      }
      await store.remove([flows[0].id, flows[2].id, 'never-there']);
      expect((await store.list()).map((f) => f.id)).toEqual([flows[1].id]);
      expect(await store.byToken('tok-r0')).toBeUndefined();
      expect(await store.byTransaction('txr-2')).toBeUndefined();
      expect(await store.byToken('tok-r1')).toBe(flows[1].id);
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
