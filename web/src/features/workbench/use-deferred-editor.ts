/**
 * When to start loading Monaco. Importing it evaluates ~3 MB of JavaScript on the main thread
 * (~0.5 s at 1x CPU, over 2 s at 4x); started at mount, that work landed right when the endpoint
 * list became visible and held up the first click on it (TTI-1). So the editor loads as soon as
 * the user reaches for it (pointer over or focus into the editor area), or otherwise once the page
 * has loaded and then stayed idle for a moment.
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

/** Quiet time after the load event before Monaco is fetched unasked. */
export const SETTLE_MS = 600;

export function useDeferredEditor(): { wanted: Ref<boolean>; want: () => void } {
  const wanted = ref(false);
  const want = () => {
    wanted.value = true;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const schedule = () => {
    timer = setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(want, { timeout: 1000 });
      else want();
    }, SETTLE_MS);
  };
  onMounted(() => {
    if (document.readyState === 'complete') schedule();
    else window.addEventListener('load', schedule, { once: true });
  });
  onBeforeUnmount(() => {
    window.removeEventListener('load', schedule);
    clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback?.(idle);
  });
  return { wanted, want };
}
