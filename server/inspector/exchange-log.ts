/**
 * The in-memory exchange log, retained by flow (docs/playground-api.md, "Retention"): a flow keeps
 * every exchange until the flow itself is evicted, oldest flow first; exchanges of no flow have a
 * small bound of their own; the whole log stays within a byte budget. Exchanges are held as their
 * JSON (exchange-json.ts), so the budget is what they really cost and a page is served without
 * parsing anything. Maps keep insertion order, so the oldest flow and the oldest loose exchange
 * are always the first keys.
 */
import type { Exchange } from './exchange.ts';
import { byteLength, exchangeJson } from './exchange-json.ts';
import type { ExchangePage, ExchangeStore, LogUsage, RetentionBounds } from './inspector-store.ts';

interface Stored {
  id: string;
  flowId?: string;
  seq: number;
  json: string;
  bytes: number;
}

interface Group {
  ids: string[];
}

export class ExchangeLog implements ExchangeStore {
  private readonly all = new Map<string, Stored>();
  private readonly groups = new Map<string, Group>();
  private readonly loose = new Set<string>();
  private seq = 0;
  private bytes = 0;

  constructor(private readonly bounds: RetentionBounds) {}

  async add(e: Exchange): Promise<string[]> {
    const json = exchangeJson(e);
    this.drop(e.id);
    const stored: Stored = { id: e.id, flowId: e.flowId, seq: ++this.seq, json, bytes: byteLength(json) };
    this.all.set(e.id, stored);
    this.bytes += stored.bytes;
    const group = e.flowId === undefined ? undefined : this.groupOf(e.flowId);
    if (group) {
      group.ids.push(e.id);
      while (group.ids.length > Math.max(1, this.bounds.maxExchangesPerFlow)) this.drop(group.ids[1]);
    } else {
      this.loose.add(e.id);
      while (this.loose.size > this.bounds.maxLooseExchanges) this.drop(this.first(this.loose)!);
    }
    const evicted: string[] = [];
    while (this.groups.size > Math.max(1, this.bounds.maxFlows)) evicted.push(this.evictOldest(e.flowId));
    while (this.bytes > this.bounds.maxBytes) {
      if (this.loose.size > 0) this.drop(this.first(this.loose)!);
      else if (this.groups.size > 1) evicted.push(this.evictOldest(e.flowId));
      else if (group && group.ids.length > 1) this.drop(group.ids[1]);
      else break;
    }
    return evicted;
  }

  async get(id: string): Promise<Exchange | undefined> {
    const s = this.all.get(id);
    return s && (JSON.parse(s.json) as Exchange);
  }

  async page(limit: number, before?: string): Promise<ExchangePage> {
    const below = before === undefined ? Infinity : Number(before);
    const stored = [...this.all.values()];
    const items: string[] = [];
    let i = stored.length - 1;
    while (i >= 0 && stored[i].seq >= below) i--;
    for (; i >= 0 && items.length < limit; i--) items.push(stored[i].json);
    return i >= 0 && items.length > 0 ? { items, next: String(stored[i + 1].seq) } : { items };
  }

  async ofFlow(flowId: string): Promise<string[]> {
    const ids = this.groups.get(flowId)?.ids ?? [];
    return ids.map((id) => this.all.get(id)!.json).reverse();
  }

  async clear(): Promise<number> {
    const n = this.all.size;
    this.all.clear();
    this.groups.clear();
    this.loose.clear();
    this.bytes = 0;
    return n;
  }

  async usage(): Promise<LogUsage> {
    return { exchanges: this.all.size, flows: this.groups.size, bytes: this.bytes };
  }

  private groupOf(flowId: string): Group {
    let g = this.groups.get(flowId);
    if (!g) this.groups.set(flowId, (g = { ids: [] }));
    return g;
  }

  private first<T>(items: Iterable<T>): T | undefined {
    for (const item of items) return item;
    return undefined;
  }

  /** Drops the oldest flow other than `keep` (the one being written) with all its exchanges. */
  private evictOldest(keep: string | undefined): string {
    let victim: string | undefined;
    for (const id of this.groups.keys()) {
      if (id === keep) continue;
      victim = id;
      break;
    }
    const flowId = victim ?? this.first(this.groups.keys())!;
    const ids = this.groups.get(flowId)!.ids;
    // The group goes first, so dropping its exchanges does not search it one by one.
    this.groups.delete(flowId);
    for (const id of ids) this.drop(id);
    return flowId;
  }

  private drop(id: string): void {
    const s = this.all.get(id);
    if (!s) return;
    this.all.delete(id);
    this.bytes -= s.bytes;
    if (s.flowId === undefined) {
      this.loose.delete(id);
      return;
    }
    const g = this.groups.get(s.flowId);
    const at = g?.ids.indexOf(id) ?? -1;
    if (g && at >= 0) g.ids.splice(at, 1);
  }
}
