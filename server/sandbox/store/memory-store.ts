/**
 * The in-memory SandboxStore: one process, bounded by `maxLive` at insert and by deadlines at
 * sweep. Pending transactions are packed outside the JS heap (packed-transactions.ts: ~216 bytes
 * each); once decided, a transaction becomes a plain object in Maps with indexes. Atomicity comes
 * for free: each method runs to completion on the event loop before another starts (no await
 * inside a read-modify-write).
 */
import { PackedTransactions } from './packed-transactions.ts';
import type { FinishPatch, Login, SandboxStore, StoreCounts, TestClientRecord, Transaction } from './types.ts';

const MINUTE = 60_000;

function copy<T>(value: T): T {
  return structuredClone(value);
}

/**
 * A transaction handed out or stored is the caller's own copy. Built field by field rather than
 * with structuredClone, which was ~6% of a pending poll's CPU; only the free-form `result` still
 * goes through structuredClone. Every nested object of Transaction must be copied here.
 */
function copyTx(tx: Transaction): Transaction {
  const r = tx.request;
  return {
    ...tx,
    scopes: [...tx.scopes],
    request: {
      ...r,
      ...(r.profileFields && { profileFields: [...r.profileFields] }),
      ...(r.formData && { formData: { ...r.formData, formFields: [...r.formData.formFields] } }),
    },
    ...(tx.scenario && { scenario: { ...tx.scenario } }),
    ...(tx.result && { result: structuredClone(tx.result) }),
  };
}

export function createMemoryStore(): SandboxStore {
  const packed = new PackedTransactions();
  const txs = new Map<string, Transaction>();
  const byTicket = new Map<string, string>();
  const byState = new Map<string, string>();
  const byClient = new Map<string, Set<string>>();
  const logins = new Map<string, Login>();
  const offsets = new Map<string, number>();
  /** Sliding-window rate limit from two fixed one-minute buckets: O(1) memory per client whatever the limit. */
  const initWindows = new Map<string, { start: number; count: number; previous: number }>();
  const testClients = new Map<string, TestClientRecord>();

  function resetClient(clientId: string): number {
    const ids = [...(byClient.get(clientId) ?? [])];
    ids.forEach(remove);
    byClient.delete(clientId);
    const slots = packed.slots().filter((slot) => packed.clientOf(slot) === clientId);
    for (const slot of slots) packed.remove(slot);
    for (const [id, login] of logins) if (login.clientId === clientId) logins.delete(id);
    return ids.length + slots.length;
  }

  function forgetTestClient(id: string): boolean {
    if (!testClients.delete(id)) return false;
    resetClient(id);
    offsets.delete(id);
    initWindows.delete(id);
    return true;
  }

  function addLoose(tx: Transaction): void {
    txs.set(tx.id, tx);
    byTicket.set(tx.ticketID, tx.id);
    byState.set(tx.state, tx.id);
    let set = byClient.get(tx.clientId);
    if (!set) byClient.set(tx.clientId, (set = new Set()));
    set.add(tx.id);
  }

  /** The packed slot after applying the deadlines at `now`, or -1 (absent or just deleted). */
  function livePacked(slot: number, now: number): number {
    if (slot < 0) return -1;
    if (now >= packed.deleteAt(slot)) {
      packed.remove(slot);
      return -1;
    }
    if (packed.isPending(slot) && now >= packed.timeoutAt(slot)) packed.markTimedOut(slot);
    return slot;
  }

  /** A copy of the transaction found by `field` (0 id, 1 ticket, 2 state), deadlines applied. */
  function lookup(field: 0 | 1 | 2, key: string, now: number): Transaction | undefined {
    const slot = livePacked(packed.find(field, key), now);
    if (slot >= 0) return packed.read(slot);
    const id = field === 0 ? key : (field === 1 ? byTicket : byState).get(key);
    return out(live(id, now));
  }

  function remove(id: string): void {
    const tx = txs.get(id);
    if (!tx) return;
    txs.delete(id);
    byTicket.delete(tx.ticketID);
    byState.delete(tx.state);
    byClient.get(tx.clientId)?.delete(id);
  }

  /** Applies the deadlines at `now`: the live record, or undefined once deleted. */
  function live(id: string | undefined, now: number): Transaction | undefined {
    if (id === undefined) return undefined;
    const tx = txs.get(id);
    if (!tx) return undefined;
    if (now >= tx.deleteAt) {
      remove(id);
      return undefined;
    }
    if (tx.status === 'pending' && now >= tx.timeoutAt) {
      tx.status = 'timed_out';
      tx.finishedAt = tx.timeoutAt;
      tx.errorCode = tx.timedOutCode;
    }
    return tx;
  }

  function out(tx: Transaction | undefined): Transaction | undefined {
    return tx && copyTx(tx);
  }

  return {
    async insert(tx, maxLive) {
      if (txs.size + packed.size >= maxLive) return false;
      const taken = txs.has(tx.id) || byTicket.has(tx.ticketID) || byState.has(tx.state);
      if (taken || packed.find(0, tx.id) >= 0 || packed.find(1, tx.ticketID) >= 0 || packed.find(2, tx.state) >= 0)
        throw new Error('duplicate transaction identifiers');
      if (PackedTransactions.fits(tx)) packed.add(tx);
      else addLoose(copyTx(tx));
      return true;
    },
    async get(id, now) {
      return lookup(0, id, now);
    },
    async getByTicket(ticketID, now) {
      return lookup(1, ticketID, now);
    },
    async getByState(state, now) {
      return lookup(2, state, now);
    },
    async finish(id, now, patch: FinishPatch) {
      const slot = livePacked(packed.find(0, id), now);
      if (slot >= 0) {
        if (!packed.isPending(slot)) return undefined;
        // Decided: it leaves the packed table for a plain object (it may now carry a result).
        const decided = packed.read(slot);
        packed.remove(slot);
        addLoose(Object.assign(decided, copy(patch)));
        return copyTx(decided);
      }
      const tx = live(id, now);
      if (!tx || tx.status !== 'pending') return undefined;
      Object.assign(tx, copy(patch));
      return copyTx(tx);
    },
    async recordPoll(id, now) {
      const slot = livePacked(packed.find(0, id), now);
      if (slot >= 0) {
        packed.countPoll(slot);
        return packed.read(slot);
      }
      const tx = live(id, now);
      if (!tx) return undefined;
      tx.pollCount += 1;
      return copyTx(tx);
    },
    async takeResult(id, now) {
      const tx = live(id, now);
      if (!tx || tx.status !== 'approved' || !tx.result) return undefined;
      const result = tx.result;
      tx.result = undefined;
      tx.status = 'collected';
      return { tx: copyTx(tx), result };
    },
    async list(clientId, now) {
      const ids = [...(byClient.get(clientId) ?? [])];
      const loose = ids
        .map((id) => live(id, now))
        .filter((tx): tx is Transaction => tx !== undefined)
        .map(copyTx);
      const slots = packed.slots().filter((slot) => packed.clientOf(slot) === clientId);
      const pending = slots
        .map((slot) => livePacked(slot, now))
        .filter((slot) => slot >= 0)
        .map((slot) => packed.read(slot));
      return [...loose, ...pending].sort((a, b) => a.createdAt - b.createdAt);
    },
    async reset(clientId) {
      return resetClient(clientId);
    },
    async saveTestClient(client, baseNow, max) {
      for (const [id, c] of testClients) if (baseNow >= c.expiresAt) forgetTestClient(id);
      if (testClients.size >= max && !testClients.has(client.id)) return false;
      testClients.set(client.id, copy(client));
      return true;
    },
    async getTestClient(id, baseNow) {
      const c = testClients.get(id);
      if (!c) return undefined;
      if (baseNow >= c.expiresAt) {
        forgetTestClient(id);
        return undefined;
      }
      return copy(c);
    },
    async removeTestClient(id) {
      return forgetTestClient(id);
    },
    async saveLogin(login) {
      logins.set(login.id, copy(login));
    },
    async getLogin(id, now) {
      const login = logins.get(id);
      if (!login) return undefined;
      if (now >= login.expiresAt) {
        logins.delete(id);
        return undefined;
      }
      return copy(login);
    },
    async clockOffset(clientId) {
      return offsets.get(clientId) ?? 0;
    },
    async advanceClock(clientId, ms) {
      const next = (offsets.get(clientId) ?? 0) + ms;
      offsets.set(clientId, next);
      return next;
    },
    async takeInitSlot(clientId, now, perMinute) {
      const start = Math.floor(now / MINUTE) * MINUTE;
      let w = initWindows.get(clientId);
      if (!w || start - w.start >= 2 * MINUTE) w = { start, count: 0, previous: 0 };
      else if (start > w.start) w = { start, count: 0, previous: w.count };
      // The previous minute counts for the part of it still inside the last 60 s.
      const estimate = w.previous * (1 - (now - start) / MINUTE) + w.count;
      initWindows.set(clientId, w);
      if (estimate >= perMinute) return false;
      w.count++;
      return true;
    },
    async sweep(baseNow) {
      let removed = 0;
      for (const [id, c] of testClients) if (baseNow >= c.expiresAt && forgetTestClient(id)) removed++;
      for (const [id, tx] of txs) {
        if (baseNow + (offsets.get(tx.clientId) ?? 0) >= tx.deleteAt) {
          remove(id);
          removed++;
        }
      }
      for (const slot of packed.slots()) {
        if (baseNow + (offsets.get(packed.clientOf(slot)) ?? 0) >= packed.deleteAt(slot)) {
          packed.remove(slot);
          removed++;
        }
      }
      packed.shrink();
      for (const [id, login] of logins) {
        if (baseNow + (offsets.get(login.clientId) ?? 0) >= login.expiresAt) {
          logins.delete(id);
          removed++;
        }
      }
      for (const [clientId, w] of initWindows) {
        if (baseNow + (offsets.get(clientId) ?? 0) - w.start >= 2 * MINUTE) initWindows.delete(clientId);
      }
      return removed;
    },
    async counts(): Promise<StoreCounts> {
      let pending = 0;
      for (const tx of txs.values()) if (tx.status === 'pending') pending++;
      const clients = new Set(byClient.keys());
      for (const slot of packed.slots()) {
        if (packed.isPending(slot)) pending++;
        clients.add(packed.clientOf(slot));
      }
      return { transactions: txs.size + packed.size, pending, logins: logins.size, clients: clients.size };
    },
    async close() {
      packed.clear();
      txs.clear();
      byTicket.clear();
      byState.clear();
      byClient.clear();
      logins.clear();
      testClients.clear();
    },
  };
}
