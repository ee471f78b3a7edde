/**
 * A tiny history router: the playground has a handful of top-level views, and a full router
 * library would cost more bytes in the first page than all of them together.
 */
import { ref, computed } from 'vue';

export type ViewName = 'workbench' | 'flows' | 'decoder';

const path = ref(typeof location === 'undefined' ? '/' : location.pathname + location.search);

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    path.value = location.pathname + location.search;
  });
}

export function navigate(to: string): void {
  if (to === path.value) return;
  history.pushState(null, '', to);
  path.value = to;
}

export function useRoute() {
  const segments = computed(() => path.value.split('?')[0].split('/').filter(Boolean));
  const view = computed<ViewName>(() => {
    const first = segments.value[0];
    return first === 'flows' || first === 'decoder' ? first : 'workbench';
  });
  /** The second path segment: an endpoint id in the workbench, a flow id in flows. */
  const param = computed(() => segments.value[1]);
  const query = computed(() => new URLSearchParams(path.value.split('?')[1] ?? ''));
  return { path, view, param, query };
}
