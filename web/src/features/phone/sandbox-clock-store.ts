import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { advanceClock, getClock } from './control-api.ts';
import { liveEventsOpen, onLiveEvent } from '../../app/live-events.ts';

/**
 * The sandbox clock as the browser sees it. Deadlines (5-minute pending timeout, 18-minute
 * deletion) are on the sandbox's clock, which tests and the clock buttons move. It is read once;
 * after that `clock` events say when it moved (from any surface), and it ticks locally in between,
 * so the countdowns cost no request.
 */
export const useSandboxClockStore = defineStore('sandbox-clock', () => {
  const offsetMs = ref(0);
  const known = ref(false);
  const error = ref<string>();
  const localNow = ref(Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;
  let tickers = 0;
  let reading: Promise<void> | undefined;
  let following = false;

  const now = computed(() => localNow.value + offsetMs.value);

  function set(sandboxNow: number): void {
    localNow.value = Date.now();
    offsetMs.value = sandboxNow - localNow.value;
    known.value = true;
    error.value = undefined;
  }

  function follow(): void {
    if (following) return;
    following = true;
    onLiveEvent('clock', (e) => set(e.now));
  }

  /** Counts its users: the local tick (no request) runs while any countdown is on screen. */
  function startTicking(): void {
    tickers += 1;
    if (!timer) timer = setInterval(() => (localNow.value = Date.now()), 1000);
  }

  function stopTicking(): void {
    tickers = Math.max(0, tickers - 1);
    if (tickers === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  }

  /** Reads the clock once per page; later calls share that reading. */
  function read(env?: string): Promise<void> {
    follow();
    // Read once the stream is open, so a move made meanwhile arrives as an event after this reading.
    reading ??= liveEventsOpen()
      .then(() => getClock(env))
      .then((r) => {
        if (r.ok) set(r.value);
        else {
          error.value = r.message;
          reading = undefined;
        }
      });
    return reading;
  }

  async function advance(ms: number, env?: string): Promise<boolean> {
    follow();
    const r = await advanceClock(ms, env);
    if (!r.ok) {
      error.value = r.message;
      return false;
    }
    if (r.value !== undefined) set(r.value);
    return true;
  }

  return { offsetMs, known, error, now, read, advance, startTicking, stopTicking };
});
