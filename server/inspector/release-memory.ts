/**
 * Gives memory back after the exchange log is cleared (issue 13 D9). V8 frees what the log held
 * only at its next full collection, and an idle server may not run one for a long time, so RSS
 * stayed where the log had taken it. Measured: 1,000 stored exchanges of 63 KB, cleared, RSS
 * unchanged after 30 s; one full collection returned it. The collector is reached the way Jest
 * reaches it for leak detection (`--expose-gc` set at run time, `gc` read from a fresh context);
 * where that is not possible, clearing still works and memory comes back at V8's own pace.
 * At most one collection per `minIntervalMs`, after the answer has gone, so a loop of DELETEs
 * cannot stall the server.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = () => void;

let collect: Collect | null | undefined;
let last = -Infinity;

function collector(): Collect | null {
  if (collect !== undefined) return collect;
  try {
    const exposed = (globalThis as { gc?: Collect }).gc;
    if (typeof exposed === 'function') return (collect = exposed);
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    collect = typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    collect = null;
  }
  return collect;
}

/** Schedules one full collection soon, unless one ran in the last `minIntervalMs`. */
export function releaseMemory(minIntervalMs = 10_000, now = performance.now()): boolean {
  if (now - last < minIntervalMs) return false;
  const gc = collector();
  if (!gc) return false;
  last = now;
  setImmediate(gc).unref();
  return true;
}
