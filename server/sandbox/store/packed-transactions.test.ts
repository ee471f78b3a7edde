/**
 * The packed table on its own, against a plain Map as the model: every transaction reads back as
 * it went in through growth, removals (tombstones, reindexing), timeouts and the shrink after a
 * sweep; what does not fit a slot is refused so the store keeps it as an object. The whole store
 * is checked by the shared store contract (memory-store.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { newBusinessId, newState, newTicketId, newTransactionId } from '../crypto/identifiers.ts';
import { PackedTransactions } from './packed-transactions.ts';
import type { Transaction } from './types.ts';

function pending(i: number, clientId = `client-${i % 3}`): Transaction {
  return {
    id: newTransactionId(),
    clientId,
    service: i % 2 ? 'auth' : 'signing',
    source: 'PC_Browser',
    lang: 'en-US',
    redirect: 'http://127.0.0.1:8787/callback',
    scopes: ['eidapi_auth'],
    ticketID: newTicketId(),
    state: newState(),
    businessID: newBusinessId(),
    status: 'pending',
    createdAt: 1_700_000_000_000 + i,
    timeoutAt: 1_700_000_300_000 + i,
    timedOutCode: 'D40003',
    deleteAt: 1_700_001_380_000 + i,
    request: i % 2 ? {} : { name: `doc ${i}`, hash: 'a'.repeat(64) },
    pollCount: 0,
    ...(i % 5 === 0 && { hkic: String(1000 + i).slice(-4) }),
  };
}

function expectFound(table: PackedTransactions, tx: Transaction) {
  const slot = table.find(0, tx.id);
  expect(slot).toBeGreaterThanOrEqual(0);
  expect(table.find(1, tx.ticketID)).toBe(slot);
  expect(table.find(2, tx.state)).toBe(slot);
  expect(table.read(slot)).toEqual(tx);
}

describe('PackedTransactions', () => {
  it('reads every transaction back by id, ticket and state through growth, removals and the shrink', () => {
    const table = new PackedTransactions();
    const model = new Map<string, Transaction>();
    for (let i = 0; i < 6000; i++) {
      const tx = pending(i);
      table.add(tx);
      model.set(tx.id, tx);
    }
    expect(table.size).toBe(6000);
    const ids = [...model.keys()];
    for (const id of ids.filter((_, i) => i % 4 !== 0)) {
      table.remove(table.find(0, id));
      model.delete(id);
    }
    expect(table.size).toBe(model.size);
    for (const id of ids) if (!model.has(id)) expect(table.find(0, id), id).toBe(-1);
    for (const tx of model.values()) expectFound(table, tx);
    // Reused slots and the tables' tombstones do not confuse lookups.
    for (let i = 0; i < 500; i++) {
      const tx = pending(10_000 + i);
      table.add(tx);
      model.set(tx.id, tx);
    }
    table.shrink();
    expect(table.size).toBe(model.size);
    for (const tx of model.values()) expectFound(table, tx);
    expect(table.find(1, 'x'.repeat(32))).toBe(-1);
  });

  it('counts polls, turns pending into timed out with its code, and names the client', () => {
    const table = new PackedTransactions();
    const tx = pending(1, 'client-a');
    table.add(tx);
    const slot = table.find(0, tx.id);
    table.countPoll(slot);
    table.countPoll(slot);
    expect(table.read(slot).pollCount).toBe(2);
    expect(table.isPending(slot)).toBe(true);
    table.markTimedOut(slot);
    expect(table.read(slot)).toMatchObject({ status: 'timed_out', finishedAt: tx.timeoutAt, errorCode: 'D40003', pollCount: 2 });
    expect(table.clientOf(slot)).toBe('client-a');
  });

  it('grows a chunk at a time: slots take what they need, not the next power of two', () => {
    const table = new PackedTransactions();
    const all = Array.from({ length: 100_000 }, (_, i) => pending(i));
    for (const tx of all) table.add(tx);
    // 49 chunks of 2,048 slots hold 100,000 (a doubling Buffer held 131,072), plus three tables.
    const slots = 49 * 2048 * 192;
    const tables = 3 * 262_144 * 4;
    expect(table.bytes).toBe(slots + tables);
    for (const tx of [all[0], all[50_000], all[99_999]]) expectFound(table, tx);
  });

  it('gives the Buffer back once a sweep has emptied it', () => {
    const table = new PackedTransactions();
    const all = Array.from({ length: 20_000 }, (_, i) => pending(i));
    for (const tx of all) table.add(tx);
    const full = table.bytes;
    expect(full).toBeGreaterThan(20_000 * 192);
    for (const slot of table.slots()) table.remove(slot);
    const kept = pending(99_999);
    table.add(kept);
    table.shrink();
    expect(table.bytes).toBeLessThan(full / 10);
    expectFound(table, kept);
  });

  it('refuses what a slot cannot hold: a decided transaction, non-ASCII or over-long identifiers', () => {
    expect(PackedTransactions.fits(pending(1))).toBe(true);
    expect(PackedTransactions.fits({ ...pending(1), status: 'approved' })).toBe(false);
    expect(PackedTransactions.fits({ ...pending(1), result: { a: 1 } })).toBe(false);
    expect(PackedTransactions.fits({ ...pending(1), state: 'état-' + 'x'.repeat(30) })).toBe(false);
    expect(PackedTransactions.fits({ ...pending(1), businessID: 'b'.repeat(100) })).toBe(false);
  });
});
