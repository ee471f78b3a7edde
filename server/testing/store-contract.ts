/**
 * The behaviour every SandboxStore must show, as a reusable vitest suite: the memory store runs it
 * in memory-store.test.ts, and a Redis store can run the same suite against a live Redis.
 */
import { describe, expect, it } from 'vitest';
import type { SandboxStore, TestClientRecord, Transaction } from '../sandbox/store/types.ts';

let seq = 0;

export function sampleTransaction(overrides: Partial<Transaction> = {}): Transaction {
  seq++;
  return {
    id: `tx${seq}-${Math.random().toString(36).slice(2)}`,
    clientId: 'client-a',
    service: 'auth',
    source: 'PC_Browser',
    lang: 'en-US',
    redirect: 'https://www.yourwebsite.com/callback',
    scopes: ['eidapi_auth'],
    ticketID: `ticket${seq}${Math.random().toString(36).slice(2)}`,
    state: `state${seq}${Math.random().toString(36).slice(2)}`,
    businessID: `biz${seq}`,
    status: 'pending',
    createdAt: 1000,
    timeoutAt: 1000 + 300_000,
    timedOutCode: 'D40003',
    deleteAt: 1000 + 300_000 + 1_080_000,
    request: {},
    pollCount: 0,
    ...overrides,
  };
}

function sampleTestClient(overrides: Partial<TestClientRecord> = {}): TestClientRecord {
  seq++;
  return {
    id: `test-${seq}-${Math.random().toString(36).slice(2)}`,
    parentId: 'client-a',
    redirects: [],
    createdAt: 1000,
    expiresAt: 1000 + 3_600_000,
    ...overrides,
  };
}

export function describeStoreContract(name: string, make: () => SandboxStore | Promise<SandboxStore>): void {
  describe(`${name} (SandboxStore contract)`, () => {
    it('finds a transaction by id, ticketID and state', async () => {
      const store = await make();
      const tx = sampleTransaction();
      expect(await store.insert(tx, 10)).toBe(true);
      expect((await store.get(tx.id, 2000))?.ticketID).toBe(tx.ticketID);
      expect((await store.getByTicket(tx.ticketID, 2000))?.id).toBe(tx.id);
      expect((await store.getByState(tx.state, 2000))?.id).toBe(tx.id);
      expect(await store.get('nope', 2000)).toBeUndefined();
    });

    it('refuses inserts beyond maxLive', async () => {
      const store = await make();
      expect(await store.insert(sampleTransaction(), 2)).toBe(true);
      expect(await store.insert(sampleTransaction(), 2)).toBe(true);
      expect(await store.insert(sampleTransaction(), 2)).toBe(false);
      expect((await store.counts()).transactions).toBe(2);
    });

    it('times a pending transaction out at timeoutAt and forgets it at deleteAt', async () => {
      const store = await make();
      const tx = sampleTransaction();
      await store.insert(tx, 10);
      expect((await store.get(tx.id, tx.timeoutAt - 1))?.status).toBe('pending');
      const timedOut = await store.get(tx.id, tx.timeoutAt);
      expect(timedOut).toMatchObject({ status: 'timed_out', errorCode: 'D40003', finishedAt: tx.timeoutAt });
      expect(
        await store.finish(tx.id, tx.timeoutAt + 1, { status: 'approved', finishedAt: tx.timeoutAt + 1, deleteAt: tx.deleteAt }),
      ).toBeUndefined();
      expect(await store.get(tx.id, tx.deleteAt)).toBeUndefined();
    });

    it('finishes only a pending transaction (compare-and-set)', async () => {
      const store = await make();
      const tx = sampleTransaction();
      await store.insert(tx, 10);
      const done = await store.finish(tx.id, 2000, {
        status: 'rejected',
        finishedAt: 2000,
        deleteAt: 9000,
        errorCode: 'D40001',
        personaId: 'p1',
      });
      expect(done).toMatchObject({ status: 'rejected', errorCode: 'D40001', personaId: 'p1', deleteAt: 9000 });
      expect(await store.finish(tx.id, 2001, { status: 'approved', finishedAt: 2001, deleteAt: 9000 })).toBeUndefined();
    });

    it('hands a result to exactly one of many concurrent takers and keeps a collected tombstone', async () => {
      const store = await make();
      const tx = sampleTransaction();
      await store.insert(tx, 10);
      await store.finish(tx.id, 2000, { status: 'approved', finishedAt: 2000, deleteAt: 9000, result: { a: 1 } });
      const takes = await Promise.all(Array.from({ length: 20 }, () => store.takeResult(tx.id, 2001)));
      const winners = takes.filter((t) => t !== undefined);
      expect(winners).toHaveLength(1);
      expect(winners[0]?.result).toEqual({ a: 1 });
      const after = await store.get(tx.id, 2002);
      expect(after?.status).toBe('collected');
      expect(after?.result).toBeUndefined();
    });

    it('counts polls', async () => {
      const store = await make();
      const tx = sampleTransaction();
      await store.insert(tx, 10);
      await store.recordPoll(tx.id, 2000);
      expect((await store.recordPoll(tx.id, 2000))?.pollCount).toBe(2);
    });

    it('returns copies that do not write through', async () => {
      const store = await make();
      const tx = sampleTransaction();
      await store.insert(tx, 10);
      const got = await store.get(tx.id, 2000);
      got!.status = 'approved';
      expect((await store.get(tx.id, 2000))?.status).toBe('pending');
    });

    it('lists and resets per client only', async () => {
      const store = await make();
      await store.insert(sampleTransaction({ clientId: 'a', createdAt: 2 }), 10);
      await store.insert(sampleTransaction({ clientId: 'a', createdAt: 1 }), 10);
      await store.insert(sampleTransaction({ clientId: 'b' }), 10);
      await store.saveLogin({ id: 'l1', clientId: 'a', personaId: 'p', scopes: ['eidapi_auth'], approvedAt: 0, expiresAt: 10_000 });
      const listed = await store.list('a', 2000);
      expect(listed.map((t) => t.createdAt)).toEqual([1, 2]);
      expect(await store.reset('a')).toBe(2);
      expect(await store.list('a', 2000)).toEqual([]);
      expect(await store.list('b', 2000)).toHaveLength(1);
      expect(await store.getLogin('l1', 2000)).toBeUndefined();
    });

    it('expires logins at expiresAt', async () => {
      const store = await make();
      await store.saveLogin({ id: 'l2', clientId: 'a', personaId: 'p', scopes: ['eidapi_auth'], approvedAt: 0, expiresAt: 10_000 });
      expect((await store.getLogin('l2', 9_999))?.personaId).toBe('p');
      expect(await store.getLogin('l2', 10_000)).toBeUndefined();
    });

    it('keeps a clock offset per client', async () => {
      const store = await make();
      expect(await store.clockOffset('a')).toBe(0);
      expect(await store.advanceClock('a', 500)).toBe(500);
      expect(await store.advanceClock('a', 250)).toBe(750);
      expect(await store.clockOffset('b')).toBe(0);
    });

    it('rate-limits initiations per client within a minute', async () => {
      const store = await make();
      expect(await store.takeInitSlot('a', 0, 2)).toBe(true);
      expect(await store.takeInitSlot('a', 10, 2)).toBe(true);
      expect(await store.takeInitSlot('a', 20, 2)).toBe(false);
      expect(await store.takeInitSlot('b', 20, 2)).toBe(true);
      expect(await store.takeInitSlot('a', 120_000, 2)).toBe(true);
    });

    it('sweeps records past their deadlines, using each client offset', async () => {
      const store = await make();
      await store.insert(sampleTransaction({ clientId: 'a', deleteAt: 5000 }), 10);
      await store.insert(sampleTransaction({ clientId: 'b', deleteAt: 5000 }), 10);
      await store.advanceClock('b', 10_000);
      expect(await store.sweep(1000)).toBe(1);
      expect((await store.counts()).transactions).toBe(1);
      expect(await store.sweep(5000)).toBe(1);
      expect((await store.counts()).transactions).toBe(0);
    });

    it('keeps per-test clients until they expire in base time, at most max at once', async () => {
      const store = await make();
      const a = sampleTestClient({ personas: ['chan-tai-man'], redirects: ['https://app.example/cb'] });
      const b = sampleTestClient({ expiresAt: 5000 });
      expect(await store.saveTestClient(a, 1000, 2)).toBe(true);
      expect(await store.saveTestClient(b, 1000, 2)).toBe(true);
      expect(await store.saveTestClient(sampleTestClient(), 1000, 2)).toBe(false);
      expect(await store.getTestClient(a.id, 2000)).toEqual(a);
      expect(await store.getTestClient(b.id, 4999)).toEqual(b);
      expect(await store.getTestClient(b.id, 5000)).toBeUndefined();
      expect(await store.getTestClient('test-nope', 2000)).toBeUndefined();
      // b has expired by 6000, so a third fits again.
      expect(await store.saveTestClient(sampleTestClient(), 6000, 2)).toBe(true);
    });

    it("removing a per-test client forgets its transactions, logins, clock and rate limit, and nobody else's", async () => {
      const store = await make();
      const mine = sampleTestClient();
      await store.saveTestClient(mine, 1000, 10);
      const tx = sampleTransaction({ clientId: mine.id });
      const other = sampleTransaction({ clientId: 'client-b' });
      await store.insert(tx, 10);
      await store.insert(other, 10);
      await store.saveLogin({
        id: tx.id,
        clientId: mine.id,
        personaId: 'chan-tai-man',
        scopes: ['eidapi_auth'],
        approvedAt: 1000,
        expiresAt: 100_000,
      });
      await store.advanceClock(mine.id, 60_000);
      await store.advanceClock('client-b', 1_000);
      expect(await store.takeInitSlot(mine.id, 1000, 1)).toBe(true);
      expect(await store.takeInitSlot(mine.id, 1001, 1)).toBe(false);

      expect(await store.removeTestClient(mine.id)).toBe(true);
      expect(await store.getTestClient(mine.id, 1000)).toBeUndefined();
      expect(await store.get(tx.id, 2000)).toBeUndefined();
      expect(await store.getLogin(tx.id, 2000)).toBeUndefined();
      expect(await store.clockOffset(mine.id)).toBe(0);
      expect(await store.takeInitSlot(mine.id, 1002, 1)).toBe(true);
      expect((await store.get(other.id, 2000))?.id).toBe(other.id);
      expect(await store.clockOffset('client-b')).toBe(1_000);
      expect(await store.removeTestClient(mine.id)).toBe(false);
    });
  });
}
