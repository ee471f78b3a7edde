import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { advanceClock, getClock } from './control-api.ts';

/**
 * The sandbox clock as the browser sees it. Deadlines (5-minute pending timeout, 18-minute
 * deletion) are on the sandbox's clock, which tests and the clock buttons move; we keep its
 * offset from the browser's clock and tick locally in between readings.
 */
export const useSandboxClockStore = defineStore('sandbox-clock', () => {
  const offsetMs = ref(0);
  const known = ref(false);
  const error = ref<string>();
  const localNow = ref(Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;

  const now = computed(() => localNow.value + offsetMs.value);

  function startTicking(): void {
    if (!timer) timer = setInterval(() => (localNow.value = Date.now()), 1000);
  }

  function stopTicking(): void {
    if (timer) clearInterval(timer);
    timer = undefined;
  }

  async function read(env?: string): Promise<void> {
    const r = await getClock(env);
    localNow.value = Date.now();
    if (r.ok) {
      offsetMs.value = r.value - localNow.value;
      known.value = true;
      error.value = undefined;
    } else error.value = r.message;
  }

  async function advance(ms: number, env?: string): Promise<boolean> {
    const r = await advanceClock(ms, env);
    if (!r.ok) {
      error.value = r.message;
      return false;
    }
    if (r.value !== undefined) {
      localNow.value = Date.now();
      offsetMs.value = r.value - localNow.value;
      known.value = true;
    } else await read(env);
    return true;
  }

  return { offsetMs, known, error, now, read, advance, startTicking, stopTicking };
});
