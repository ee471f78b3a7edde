import { computed, ref } from 'vue';
import { useSettingsStore } from './settings-store.ts';

const media = typeof matchMedia === 'undefined' ? undefined : matchMedia('(prefers-color-scheme: dark)');
const systemDark = ref(media?.matches ?? false);
media?.addEventListener('change', (e) => (systemDark.value = e.matches));

/** Whether the page is dark right now: the user's choice, or the system's when they chose "system". */
export function useDarkMode() {
  const settings = useSettingsStore();
  return computed(() => (settings.theme === 'system' ? systemDark.value : settings.theme === 'dark'));
}
