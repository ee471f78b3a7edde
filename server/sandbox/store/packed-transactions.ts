/**
 * Pending transactions, packed (docs/quality-targets.md PERF-7, REL-3: 100,000 pending within
 * 150 MB). A pending transaction is the bulk of the sandbox's memory under load and almost all
 * of it is either unique and short (id, ticketID, state, businessID, three deadlines, a poll
 * count) or shared by thousands (client, service, redirect, scopes, the request): so each one is
 * a fixed 192-byte slot in one Buffer, outside the JS heap, and the shared rest is one interned
 * JSON text per distinct value. Lookups by id, ticket and state go through open-addressing hash
 * tables of slot numbers (Int32Array): no per-transaction JS object, string or Map entry.
 *
 * A slot holds a transaction that is pending or timed out (a timed-out one is pending past its
 * timeoutAt: finishedAt and errorCode follow from the slot). Anything else, or identifiers that
 * do not fit (non-ASCII, longer than the slot), stays with the caller as a plain object
 * (memory-store.ts). The Buffer grows by doubling and shrinks again after a sweep empties it.
 */
import type { Transaction } from './types.ts';

const SLOT = 192;
const IDS_AT = 40;
const IDS_ROOM = SLOT - IDS_AT;
const MIN_CAPACITY = 1024;
const FREE = 0;
const PENDING = 1;
const TIMED_OUT = 2;
/** Key fields, in slot order: the first three are indexed. */
const IDS = ['id', 'ticketID', 'state', 'businessID'] as const;
const INDEXED = 3;
/** What the slot holds itself; the rest is the shared part. */
const OWN = new Set<string>([...IDS, 'status', 'createdAt', 'timeoutAt', 'deleteAt', 'pollCount', 'finishedAt', 'errorCode']);

type Shared = Omit<Transaction, (typeof IDS)[number] | 'status' | 'createdAt' | 'timeoutAt' | 'deleteAt' | 'pollCount'>;

function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function asciiFits(tx: Transaction): boolean {
  let room = IDS_ROOM;
  for (const f of IDS) {
    const v = tx[f];
    if (typeof v !== 'string' || v.length > 255) return false;
    room -= v.length + 1;
    for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 127) return false;
  }
  return room >= 0;
}

export class PackedTransactions {
  private slab = Buffer.alloc(0);
  private capacity = 0;
  private tables: Int32Array[] = [];
  private tombstones = 0;
  private freeSlots: number[] = [];
  private next = 0;
  private count = 0;
  private readonly parts: string[] = [];
  private readonly partClient: string[] = [];
  private readonly partRefs: number[] = [];
  private readonly partIds = new Map<string, number>();
  private readonly freeParts: number[] = [];

  get size(): number {
    return this.count;
  }

  /** Bytes held outside the JS heap: the slots and the three tables. */
  get bytes(): number {
    return this.slab.byteLength + this.tables.reduce((n, t) => n + t.byteLength, 0);
  }

  /** Whether `tx` can live in a slot: pending, no decision fields, identifiers that fit. */
  static fits(tx: Transaction): boolean {
    return (
      tx.status === 'pending' &&
      tx.finishedAt === undefined &&
      tx.errorCode === undefined &&
      tx.result === undefined &&
      tx.code === undefined &&
      tx.personaId === undefined &&
      asciiFits(tx)
    );
  }

  add(tx: Transaction): void {
    if (this.count + 1 > this.capacity) this.resize(Math.max(MIN_CAPACITY, this.capacity * 2));
    const slot = this.freeSlots.pop() ?? this.next++;
    const at = slot * SLOT;
    this.slab.fill(0, at, at + SLOT);
    this.slab[at] = PENDING;
    this.slab.writeUInt32LE(this.intern(tx), at + 4);
    this.slab.writeUInt32LE(tx.pollCount, at + 8);
    this.slab.writeDoubleLE(tx.createdAt, at + 16);
    this.slab.writeDoubleLE(tx.timeoutAt, at + 24);
    this.slab.writeDoubleLE(tx.deleteAt, at + 32);
    let p = at + IDS_AT;
    for (const f of IDS) {
      const v = tx[f];
      this.slab[p] = v.length;
      this.slab.write(v, p + 1, 'latin1');
      p += v.length + 1;
    }
    for (let k = 0; k < INDEXED; k++) this.place(k, slot, hashOf(tx[IDS[k]]));
    this.count++;
  }

  /** Slot of the transaction whose `IDS[field]` is `key`, or -1. */
  find(field: 0 | 1 | 2, key: string): number {
    if (this.count === 0) return -1;
    const table = this.tables[field];
    const mask = table.length - 1;
    for (let i = hashOf(key) & mask; ; i = (i + 1) & mask) {
      const v = table[i];
      if (v === 0) return -1;
      if (v > 0 && this.idEquals(v - 1, field, key)) return v - 1;
    }
  }

  read(slot: number): Transaction {
    const at = slot * SLOT;
    const shared = JSON.parse(this.parts[this.slab.readUInt32LE(at + 4)]) as Shared;
    const ids = this.ids(slot);
    const timeoutAt = this.slab.readDoubleLE(at + 24);
    const tx: Transaction = {
      ...shared,
      id: ids[0],
      ticketID: ids[1],
      state: ids[2],
      businessID: ids[3],
      status: 'pending',
      createdAt: this.slab.readDoubleLE(at + 16),
      timeoutAt,
      deleteAt: this.slab.readDoubleLE(at + 32),
      pollCount: this.slab.readUInt32LE(at + 8),
    };
    if (this.slab[at] === TIMED_OUT) Object.assign(tx, { status: 'timed_out', finishedAt: timeoutAt, errorCode: tx.timedOutCode });
    return tx;
  }

  timeoutAt(slot: number): number {
    return this.slab.readDoubleLE(slot * SLOT + 24);
  }

  deleteAt(slot: number): number {
    return this.slab.readDoubleLE(slot * SLOT + 32);
  }

  isPending(slot: number): boolean {
    return this.slab[slot * SLOT] === PENDING;
  }

  clientOf(slot: number): string {
    return this.partClient[this.slab.readUInt32LE(slot * SLOT + 4)];
  }

  markTimedOut(slot: number): void {
    this.slab[slot * SLOT] = TIMED_OUT;
  }

  countPoll(slot: number): void {
    const at = slot * SLOT + 8;
    this.slab.writeUInt32LE(this.slab.readUInt32LE(at) + 1, at);
  }

  remove(slot: number): void {
    const ids = this.ids(slot);
    for (let k = 0; k < INDEXED; k++) {
      const table = this.tables[k];
      const mask = table.length - 1;
      for (let i = hashOf(ids[k]) & mask; table[i] !== 0; i = (i + 1) & mask) {
        if (table[i] === slot + 1) {
          table[i] = -1;
          this.tombstones++;
          break;
        }
      }
    }
    this.release(this.slab.readUInt32LE(slot * SLOT + 4));
    this.slab[slot * SLOT] = FREE;
    this.freeSlots.push(slot);
    this.count--;
    if (this.tombstones > this.tables[0].length / 4) this.reindex();
  }

  /** Every occupied slot, in slot order (callers sort when order matters). */
  slots(): number[] {
    const out: number[] = [];
    for (let s = 0; s < this.next; s++) if (this.slab[s * SLOT] !== FREE) out.push(s);
    return out;
  }

  /** Gives memory back once most slots are empty (after a sweep): live slots move down, tables are rebuilt. */
  shrink(): void {
    if (this.capacity <= MIN_CAPACITY || this.count > this.capacity / 4) return;
    this.resize(Math.max(MIN_CAPACITY, 2 ** Math.ceil(Math.log2(Math.max(1, this.count) * 2))));
  }

  clear(): void {
    this.slab = Buffer.alloc(0);
    this.capacity = this.next = this.count = this.tombstones = 0;
    this.tables = [];
    this.freeSlots = [];
    this.parts.length = this.partClient.length = this.partRefs.length = 0;
    this.partIds.clear();
    this.freeParts.length = 0;
  }

  private ids(slot: number): string[] {
    const out: string[] = [];
    let p = slot * SLOT + IDS_AT;
    for (let k = 0; k < IDS.length; k++) {
      const len = this.slab[p];
      out.push(this.slab.toString('latin1', p + 1, p + 1 + len));
      p += len + 1;
    }
    return out;
  }

  private idEquals(slot: number, field: number, key: string): boolean {
    let p = slot * SLOT + IDS_AT;
    for (let k = 0; k < field; k++) p += this.slab[p] + 1;
    if (this.slab[p] !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.slab[p + 1 + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private place(field: number, slot: number, hash: number): void {
    const table = this.tables[field];
    const mask = table.length - 1;
    let i = hash & mask;
    while (table[i] > 0) i = (i + 1) & mask;
    table[i] = slot + 1;
  }

  /** Moves every live slot into a new Buffer of `capacity` slots (renumbered from 0) and rebuilds the tables. */
  private resize(capacity: number): void {
    const old = this.slab;
    const live = this.slots();
    this.slab = Buffer.alloc(capacity * SLOT);
    live.forEach((from, to) => old.copy(this.slab, to * SLOT, from * SLOT, (from + 1) * SLOT));
    this.capacity = capacity;
    this.next = live.length;
    this.freeSlots = [];
    this.reindex();
  }

  private reindex(): void {
    this.tables = Array.from({ length: INDEXED }, () => new Int32Array(this.capacity * 2));
    this.tombstones = 0;
    for (let s = 0; s < this.next; s++) {
      if (this.slab[s * SLOT] === FREE) continue;
      const ids = this.ids(s);
      for (let k = 0; k < INDEXED; k++) this.place(k, s, hashOf(ids[k]));
    }
  }

  private intern(tx: Transaction): number {
    const shared: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(tx)) if (!OWN.has(k) && v !== undefined) shared[k] = v;
    const text = JSON.stringify(shared);
    let id = this.partIds.get(text);
    if (id === undefined) {
      id = this.freeParts.pop() ?? this.parts.length;
      this.parts[id] = text;
      this.partClient[id] = tx.clientId;
      this.partRefs[id] = 0;
      this.partIds.set(text, id);
    }
    this.partRefs[id]++;
    return id;
  }

  private release(id: number): void {
    if (--this.partRefs[id] > 0) return;
    this.partIds.delete(this.parts[id]);
    this.parts[id] = '';
    this.freeParts.push(id);
  }
}
