/**
 * The bounded ring of recorded exchanges (config.proxy.exchangeLogSize). A Map keeps insertion
 * order, so the oldest entry is always the first key: eviction is O(1).
 */
import type { Exchange } from './exchange.ts';

export class ExchangeLog {
  private readonly entries = new Map<string, Exchange>();
  private seq = 0;

  constructor(private readonly capacity: number) {}

  nextId(): string {
    this.seq += 1;
    return `ex-${Date.now().toString(36)}-${this.seq.toString(36)}`;
  }

  add(e: Exchange): void {
    this.entries.set(e.id, e);
    while (this.entries.size > Math.max(1, this.capacity)) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get(id: string): Exchange | undefined {
    return this.entries.get(id);
  }

  /** Newest first. */
  list(filter: { limit?: number; flow?: string } = {}): Exchange[] {
    const out: Exchange[] = [];
    const all = [...this.entries.values()];
    for (let i = all.length - 1; i >= 0 && out.length < (filter.limit ?? Infinity); i--) {
      if (filter.flow === undefined || all[i].flowId === filter.flow) out.push(all[i]);
    }
    return out;
  }

  clear(): number {
    const n = this.entries.size;
    this.entries.clear();
    return n;
  }
}
