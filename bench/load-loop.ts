/**
 * A bounded load loop: at most `maxCount` tasks and at most `maxMs` of wall time, `concurrency`
 * at once. Every bench measurement goes through it, so no loop can run away (docs/quality-targets.md CI-1).
 */
export interface LoopResult {
  count: number;
  errors: number;
  elapsedMs: number;
  latencies: number[];
  perSecond: number;
  firstError?: string;
}

export async function boundedLoop(
  opts: { concurrency: number; maxCount: number; maxMs: number },
  task: (i: number) => Promise<void>,
): Promise<LoopResult> {
  if (opts.maxMs > 30_000) throw new Error('a bench loop may run at most 30 s');
  const started = performance.now();
  const deadline = started + opts.maxMs;
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const worker = async () => {
    while (next < opts.maxCount && performance.now() < deadline) {
      const i = next++;
      const t0 = performance.now();
      try {
        await task(i);
        latencies.push(performance.now() - t0);
      } catch (err) {
        errors += 1;
        firstError ??= String((err as Error).message ?? err).slice(0, 200);
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const elapsedMs = performance.now() - started;
  return { count: latencies.length, errors, elapsedMs, latencies, perSecond: (latencies.length / elapsedMs) * 1000, firstError };
}
