/**
 * The proxy's recording, off its hot path (issue 18). The proxy answers the browser as soon as
 * the upstream's answer is forwarded and scrubbed; building the exchange's log copy, joining its
 * flow and publishing the live events are jobs in this queue, run one at a time in the order they
 * were queued (so the exchanges of a flow keep their order), after the answer has gone (setImmediate).
 *
 * Bounded: when `capacity` jobs are waiting, the next proxy answer waits for room (back-pressure:
 * the proxy slows to the recorder's pace, nothing is dropped) and `waitedForRoom` counts it, shown
 * by GET /api/recording (docs/playground-api.md, "Recording"). Reads of the log and of flows
 * call `settled()` first, so what an answer's headers name is always there to read.
 */

export interface RecordingStats {
  /** Jobs waiting to run, and the bound. */
  queued: number;
  capacity: number;
  /** Jobs run, and of those the ones that failed (the store could not take the record; logged). */
  recorded: number;
  failed: number;
  /** Answers that waited for room in a full queue. */
  waitedForRoom: number;
}

type Job = () => Promise<void> | void;

/** How long one drain runs before letting the event loop serve sockets again. */
const SLICE_MS = 4;

export class RecordingQueue {
  private jobs: (Job | undefined)[] = [];
  private head = 0;
  private running = false;
  private scheduled = false;
  private queuedTotal = 0;
  private doneTotal = 0;
  private failedTotal = 0;
  private waits = 0;
  private readonly settledWaiters: { upTo: number; resolve: () => void }[] = [];
  private readonly roomWaiters: (() => void)[] = [];

  constructor(
    readonly capacity: number,
    private readonly onFailure: (err: unknown) => void = () => undefined,
  ) {}

  /** Jobs queued and not yet finished (the one running included). */
  get size(): number {
    return this.queuedTotal - this.doneTotal;
  }

  /**
   * Queues `job`. Returns undefined when it is queued at once (the common case: no promise made);
   * a promise resolving once it is queued when the queue is full.
   */
  add(job: Job): Promise<void> | undefined {
    if (this.size < this.capacity && this.roomWaiters.length === 0) {
      this.push(job);
      return undefined;
    }
    this.waits++;
    return new Promise<void>((resolve) =>
      this.roomWaiters.push(() => {
        this.push(job);
        resolve();
      }),
    );
  }

  /**
   * Queues `job` and resolves once it has run, rejecting with its error (the shared-store mode:
   * written before the answer, so another instance reads it at once). The caller reports a failure.
   */
  async addAndWait(job: () => Promise<void>): Promise<void> {
    let finish!: () => void;
    let fail!: (err: unknown) => void;
    const ran = new Promise<void>((resolve, reject) => ((finish = resolve), (fail = reject)));
    await this.add(async () => {
      try {
        await job();
        finish();
      } catch (err) {
        this.failedTotal++;
        fail(err);
      }
    });
    return ran;
  }

  /** Resolves once every job queued before this call has run (later ones are not waited for). */
  settled(): Promise<void> {
    const upTo = this.queuedTotal;
    if (this.doneTotal >= upTo) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push({ upTo, resolve }));
  }

  stats(): RecordingStats {
    return { queued: this.size, capacity: this.capacity, recorded: this.doneTotal, failed: this.failedTotal, waitedForRoom: this.waits };
  }

  private push(job: Job): void {
    this.jobs.push(job);
    this.queuedTotal++;
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    const until = performance.now() + SLICE_MS;
    try {
      while (this.head < this.jobs.length && performance.now() < until) {
        const job = this.jobs[this.head]!;
        this.jobs[this.head++] = undefined;
        try {
          await job();
        } catch (err) {
          this.failedTotal++;
          this.onFailure(err);
        }
        this.doneTotal++;
        this.compact();
        this.roomWaiters.shift()?.();
        this.wakeSettled();
      }
    } finally {
      this.running = false;
    }
    if (this.head < this.jobs.length) this.schedule();
  }

  /** Drops the run part of the array now and then, so it never grows with the jobs ever queued. */
  private compact(): void {
    if (this.head === this.jobs.length) {
      this.jobs = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.jobs.length) {
      this.jobs = this.jobs.slice(this.head);
      this.head = 0;
    }
  }

  private wakeSettled(): void {
    for (let i = this.settledWaiters.length - 1; i >= 0; i--) {
      if (this.settledWaiters[i].upTo <= this.doneTotal) {
        this.settledWaiters[i].resolve();
        this.settledWaiters.splice(i, 1);
      }
    }
  }
}
