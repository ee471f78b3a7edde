/**
 * The in-memory exchange log: a bounded ring of recorded exchanges (config.proxy.exchangeLogSize).
 * A Map keeps insertion order, so the oldest entry is always the first key: eviction is O(1).
 */
import type { Exchange } from './exchange.ts';
import type { ExchangeStore } from './inspector-store.ts';

export class ExchangeLog implements ExchangeStore {
  private readonly entries = new Map<string, Exchange>();

  constructor(private readonly capacity: number) {}

  async add(e: Exchange): Promise<void> {
    this.entries.set(e.id, e);
    while (this.entries.size > Math.max(1, this.capacity)) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  async get(id: string): Promise<Exchange | undefined> {
    return this.entries.get(id);
  }

  async list(filter: { limit?: number; flow?: string } = {}): Promise<Exchange[]> {
    const out: Exchange[] = [];
    const all = [...this.entries.values()];
    for (let i = all.length - 1; i >= 0 && out.length < (filter.limit ?? Infinity); i--) {
      if (filter.flow === undefined || all[i].flowId === filter.flow) out.push(all[i]);
    }
    return out;
  }

  async clear(): Promise<number> {
    const n = this.entries.size;
    this.entries.clear();
    return n;
  }
}
