/**
 * A binary min-heap of tracked transactions by their next deadline, so the watcher finds the next
 * one in O(log n) whatever the number of live transactions (100k is the cap). Each item knows its
 * own slot, so a transaction whose deadline changes moves in place instead of leaving a stale
 * copy behind: one small object per transaction, nothing else (the sandbox's memory bench counts it).
 */
export interface HeapItem {
  deadline: number;
  /** Index in the heap; -1 when not in it. */
  slot: number;
}

export class DeadlineHeap<T extends HeapItem> {
  private readonly items: T[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  /** Adds the item, or moves it to where its (changed) deadline belongs. */
  set(item: T): void {
    if (item.slot < 0) {
      item.slot = this.items.length;
      this.items.push(item);
    }
    this.down(this.up(item.slot));
  }

  remove(item: T): void {
    const i = item.slot;
    if (i < 0) return;
    const last = this.items.pop()!;
    item.slot = -1;
    if (last === item) return;
    this.place(last, i);
    this.down(this.up(i));
  }

  private place(item: T, i: number): void {
    this.items[i] = item;
    item.slot = i;
  }

  private up(i: number): number {
    const a = this.items;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent].deadline <= a[i].deadline) break;
      const p = a[parent];
      this.place(a[i], parent);
      this.place(p, i);
      i = parent;
    }
    return i;
  }

  private down(i: number): void {
    const a = this.items;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < a.length && a[l].deadline < a[min].deadline) min = l;
      if (r < a.length && a[r].deadline < a[min].deadline) min = r;
      if (min === i) return;
      const m = a[min];
      this.place(a[i], min);
      this.place(m, i);
      i = min;
    }
  }
}
