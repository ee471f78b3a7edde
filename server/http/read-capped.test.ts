import { describe, expect, it } from 'vitest';
import { readCapped, TooLarge } from './read-capped.ts';

const MAX = 1000;

/** A stream of `total` bytes in chunks of `chunk` (an unannounced, chunked body). */
function streamOf(total: number, chunk = 64): ReadableStream<Uint8Array> {
  let left = total;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (left <= 0) return controller.close();
      const n = Math.min(chunk, left);
      left -= n;
      controller.enqueue(new Uint8Array(n).fill(0x78));
    },
  });
}

describe('readCapped', () => {
  it('reads a streamed body of exactly the cap and refuses one byte more', async () => {
    expect((await readCapped(streamOf(MAX), MAX)).byteLength).toBe(MAX);
    await expect(readCapped(streamOf(MAX + 1), MAX)).rejects.toBeInstanceOf(TooLarge);
    // One chunk that crosses the cap alone.
    await expect(readCapped(streamOf(MAX + 1, MAX + 1), MAX)).rejects.toThrow(`more than ${MAX} bytes`);
  });

  it('takes an announced size of exactly the cap and refuses one more before reading', async () => {
    expect((await readCapped(streamOf(MAX), MAX, String(MAX))).byteLength).toBe(MAX);
    let pulled = false;
    const untouched = new ReadableStream<Uint8Array>({ pull: () => void (pulled = true) });
    await expect(readCapped(untouched, MAX, String(MAX + 1))).rejects.toThrow(`${MAX + 1} bytes announced, the limit is ${MAX}`);
    expect(pulled).toBe(false);
  });

  it('keeps the bytes in order across chunks, and reads no stream as empty', async () => {
    let i = 0;
    const counting = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (i >= 3) return controller.close();
        controller.enqueue(Uint8Array.of(i * 2, i * 2 + 1));
        i++;
      },
    });
    expect([...(await readCapped(counting, MAX))]).toEqual([0, 1, 2, 3, 4, 5]);
    expect((await readCapped(null, MAX)).byteLength).toBe(0);
  });
});
