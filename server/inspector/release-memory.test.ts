import { describe, expect, it } from 'vitest';
import { releaseMemory } from './release-memory.ts';

describe('releaseMemory', () => {
  it('runs a full collection that gives freed memory back, at most once per interval', async () => {
    const held = (() => {
      const garbage = Array.from(
        { length: 300 },
        () => JSON.parse(JSON.stringify(Array.from({ length: 2000 }, (_, n) => ({ n })))) as unknown[],
      );
      expect(garbage).toHaveLength(300);
      return process.memoryUsage().heapUsed;
    })();
    expect(releaseMemory(60_000, 1e12)).toBe(true);
    expect(releaseMemory(60_000, 1e12 + 1)).toBe(false);
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(process.memoryUsage().heapUsed).toBeLessThan(held - (20 << 20));
    expect(releaseMemory(60_000, 1e12 + 60_000)).toBe(true);
  });
});
