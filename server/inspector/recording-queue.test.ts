import { describe, expect, it } from 'vitest';
import { RecordingQueue } from './recording-queue.ts';

const tick = () => new Promise((r) => setImmediate(r));

describe('the recording queue', () => {
  it('runs nothing inside the call that queues, then every job once, in order', async () => {
    const q = new RecordingQueue(100);
    const ran: number[] = [];
    for (let i = 0; i < 50; i++) expect(q.add(() => void ran.push(i))).toBeUndefined();
    expect(ran).toEqual([]);
    await q.settled();
    expect(ran).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(q.stats()).toMatchObject({ queued: 0, recorded: 50, failed: 0, waitedForRoom: 0 });
  });

  it('keeps order across async jobs: one runs at a time', async () => {
    const q = new RecordingQueue(10);
    const log: string[] = [];
    for (const n of [1, 2, 3])
      q.add(async () => {
        log.push(`start ${n}`);
        await new Promise((r) => setTimeout(r, 5 - n));
        log.push(`end ${n}`);
      });
    await q.settled();
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('makes the caller wait for room when full, counts it, loses nothing and keeps order', async () => {
    const q = new RecordingQueue(2);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const ran: number[] = [];
    q.add(async () => {
      await gate;
      ran.push(0);
    });
    q.add(() => void ran.push(1));
    const waits = [2, 3, 4].map((n) => q.add(() => void ran.push(n)));
    expect(waits.every((w) => w instanceof Promise)).toBe(true);
    // A job that comes after the waiting ones does not jump ahead even when room appears.
    await tick();
    expect(q.stats()).toMatchObject({ queued: 2, waitedForRoom: 3 });
    release();
    await Promise.all(waits);
    const late = q.add(() => void ran.push(5));
    await late;
    await q.settled();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
    expect(q.stats()).toMatchObject({ queued: 0, recorded: 6, failed: 0 });
  });

  it('counts and reports a failed job and goes on with the next', async () => {
    const failures: unknown[] = [];
    const q = new RecordingQueue(5, (err) => failures.push(err));
    const ran: string[] = [];
    q.add(() => {
      throw new Error('store down');
    });
    q.add(() => void ran.push('after'));
    await q.settled();
    expect(ran).toEqual(['after']);
    expect(failures.map((e) => (e as Error).message)).toEqual(['store down']);
    expect(q.stats()).toMatchObject({ recorded: 2, failed: 1 });
  });

  it('addAndWait resolves after its own job ran, and rejects with its error', async () => {
    const q = new RecordingQueue(5);
    const ran: string[] = [];
    q.add(() => void ran.push('earlier'));
    await q.addAndWait(async () => void ran.push('mine'));
    expect(ran).toEqual(['earlier', 'mine']);
    await expect(q.addAndWait(() => Promise.reject(new Error('nope')))).rejects.toThrow('nope');
    expect(q.stats().failed).toBe(1);
  });

  it('settled() waits only for what was queued before it', async () => {
    const q = new RecordingQueue(10);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    q.add(() => undefined);
    const before = q.settled();
    q.add(() => gate);
    await before; // resolves although the second job is still blocked
    expect(q.stats().queued).toBe(1);
    release();
    await q.settled();
    expect(q.stats().queued).toBe(0);
  });

  it('lets the event loop serve other work while a long backlog drains', async () => {
    const q = new RecordingQueue(100_000);
    const spin = () => {
      const t = performance.now();
      while (performance.now() - t < 0.05);
    };
    for (let i = 0; i < 2000; i++) q.add(spin); // ~100 ms of work
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    const done = q.settled();
    await new Promise((r) => setTimeout(r, 30));
    expect(timerRan).toBe(true);
    expect(q.stats().queued).toBeGreaterThan(0);
    await done;
  });
});
