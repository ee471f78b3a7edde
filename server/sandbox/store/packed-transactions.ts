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
 * (memory-store.ts). The slots live in fixed 2,048-slot Buffers added as needed, so growing copies
 * nothing and leaves no garbage behind: a doubling Buffer held up to twice what the slots needed
 * plus its old copies until a full collection (compiled server after 100k pending: array buffers
 * 28.6 MB, 49.7 MB in a run where the copies had not been collected yet; chunked 24.1 MB). A sweep
 * that empties most of them moves the live slots down and gives the rest back.
 */
import type { Transaction } from './types.ts';

const SLOT = 192;
const IDS_AT = 40;
const IDS_ROOM = SLOT - IDS_AT;
/** Slots per chunk: the store grows a chunk (384 KB) at a time, never copying (a doubled Buffer left the old one as garbage). */
const CHUNK_SLOTS = 2048;
const CHUNK_SHIFT = 11;
const MIN_CAPACITY = CHUNK_SLOTS;
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
  private chunks: Buffer[] = [];
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
    return this.chunks.length * CHUNK_SLOTS * SLOT + this.tables.reduce((n, t) => n + t.byteLength, 0);
  }

  /** The chunk holding `slot`; `at(slot)` is the slot's offset in it. */
  private chunk(slot: number): Buffer {
    return this.chunks[slot >> CHUNK_SHIFT];
  }

  private at(slot: number): number {
    return (slot & (CHUNK_SLOTS - 1)) * SLOT;
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
    if (this.count + 1 > this.capacity) this.grow();
    const slot = this.freeSlots.pop() ?? this.next++;
    const b = this.chunk(slot);
    const at = this.at(slot);
    b.fill(0, at, at + SLOT);
    b[at] = PENDING;
    b.writeUInt32LE(this.intern(tx), at + 4);
    b.writeUInt32LE(tx.pollCount, at + 8);
    b.writeDoubleLE(tx.createdAt, at + 16);
    b.writeDoubleLE(tx.timeoutAt, at + 24);
    b.writeDoubleLE(tx.deleteAt, at + 32);
    let p = at + IDS_AT;
    for (const f of IDS) {
      const v = tx[f];
      b[p] = v.length;
      b.write(v, p + 1, 'latin1');
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
    const b = this.chunk(slot);
    const at = this.at(slot);
    const shared = JSON.parse(this.parts[b.readUInt32LE(at + 4)]) as Shared;
    const ids = this.ids(slot);
    const timeoutAt = b.readDoubleLE(at + 24);
    const tx: Transaction = {
      ...shared,
      id: ids[0],
      ticketID: ids[1],
      state: ids[2],
      businessID: ids[3],
      status: 'pending',
      createdAt: b.readDoubleLE(at + 16),
      timeoutAt,
      deleteAt: b.readDoubleLE(at + 32),
      pollCount: b.readUInt32LE(at + 8),
    };
    if (b[at] === TIMED_OUT) Object.assign(tx, { status: 'timed_out', finishedAt: timeoutAt, errorCode: tx.timedOutCode });
    return tx;
  }

  timeoutAt(slot: number): number {
    return this.chunk(slot).readDoubleLE(this.at(slot) + 24);
  }

  deleteAt(slot: number): number {
    return this.chunk(slot).readDoubleLE(this.at(slot) + 32);
  }

  isPending(slot: number): boolean {
    return this.chunk(slot)[this.at(slot)] === PENDING;
  }

  clientOf(slot: number): string {
    return this.partClient[this.chunk(slot).readUInt32LE(this.at(slot) + 4)];
  }

  markTimedOut(slot: number): void {
    this.chunk(slot)[this.at(slot)] = TIMED_OUT;
  }

  countPoll(slot: number): void {
    const b = this.chunk(slot);
    const at = this.at(slot) + 8;
    b.writeUInt32LE(b.readUInt32LE(at) + 1, at);
  }

  private state(slot: number): number {
    return this.chunk(slot)[this.at(slot)];
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
    this.release(this.chunk(slot).readUInt32LE(this.at(slot) + 4));
    this.chunk(slot)[this.at(slot)] = FREE;
    this.freeSlots.push(slot);
    this.count--;
    if (this.tombstones > this.tables[0].length / 4) this.reindex();
  }

  /** Every occupied slot, in slot order (callers sort when order matters). */
  slots(): number[] {
    const out: number[] = [];
    for (let s = 0; s < this.next; s++) if (this.state(s) !== FREE) out.push(s);
    return out;
  }

  /** Gives memory back once most slots are empty (after a sweep): live slots move down, tables are rebuilt. */
  shrink(): void {
    if (this.capacity <= MIN_CAPACITY || this.count > this.capacity / 4) return;
    this.compact();
  }

  clear(): void {
    this.chunks = [];
    this.capacity = this.next = this.count = this.tombstones = 0;
    this.tables = [];
    this.freeSlots = [];
    this.parts.length = this.partClient.length = this.partRefs.length = 0;
    this.partIds.clear();
    this.freeParts.length = 0;
  }

  private ids(slot: number): string[] {
    const b = this.chunk(slot);
    const out: string[] = [];
    let p = this.at(slot) + IDS_AT;
    for (let k = 0; k < IDS.length; k++) {
      const len = b[p];
      out.push(b.toString('latin1', p + 1, p + 1 + len));
      p += len + 1;
    }
    return out;
  }

  private idEquals(slot: number, field: number, key: string): boolean {
    const b = this.chunk(slot);
    let p = this.at(slot) + IDS_AT;
    for (let k = 0; k < field; k++) p += b[p] + 1;
    if (b[p] !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (b[p + 1 + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private place(field: number, slot: number, hash: number): void {
    const table = this.tables[field];
    const mask = table.length - 1;
    let i = hash & mask;
    while (table[i] > 0) i = (i + 1) & mask;
    table[i] = slot + 1;
  }

  /** One more chunk; the tables are rebuilt only when they would be more than half full. */
  private grow(): void {
    this.chunks.push(Buffer.alloc(CHUNK_SLOTS * SLOT));
    this.capacity += CHUNK_SLOTS;
    if (this.tables.length === 0 || this.tables[0].length < this.capacity * 2) this.reindex();
  }

  /** Moves every live slot into as few chunks as hold them (renumbered from 0) and rebuilds the tables. */
  private compact(): void {
    const old = this.chunks;
    const live = this.slots();
    const chunks = Math.max(1, Math.ceil(live.length / CHUNK_SLOTS));
    this.chunks = Array.from({ length: chunks }, () => Buffer.alloc(CHUNK_SLOTS * SLOT));
    live.forEach((from, to) => {
      const at = (from & (CHUNK_SLOTS - 1)) * SLOT;
      old[from >> CHUNK_SHIFT].copy(this.chunk(to), this.at(to), at, at + SLOT);
    });
    this.capacity = chunks * CHUNK_SLOTS;
    this.next = live.length;
    this.freeSlots = [];
    this.reindex();
  }

  private reindex(): void {
    // A power of two (the probe masks with it), at least twice the slots.
    const size = 2 ** Math.ceil(Math.log2(this.capacity * 2));
    this.tables = Array.from({ length: INDEXED }, () => new Int32Array(size));
    this.tombstones = 0;
    for (let s = 0; s < this.next; s++) {
      if (this.state(s) === FREE) continue;
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
