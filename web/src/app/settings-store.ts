import { defineStore } from 'pinia';
import { ref, watch } from 'vue';

export type UiLang = 'en-US' | 'zh-HK' | 'zh-CN';
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'playground.settings';

function load(): { lang?: UiLang; theme?: ThemeChoice } {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}');
  } catch {
    return {};
  }
}

/** UI language and theme, remembered in localStorage. */
export const useSettingsStore = defineStore('settings', () => {
  const saved = typeof localStorage === 'undefined' ? {} : load();
  const lang = ref<UiLang>(saved.lang ?? 'en-US');
  const theme = ref<ThemeChoice>(saved.theme ?? 'system');

  function apply() {
    if (typeof document === 'undefined') return;
    document.documentElement.lang = lang.value === 'en-US' ? 'en' : lang.value;
    if (theme.value === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme.value;
  }
  watch([lang, theme], () => {
    apply();
    if (typeof localStorage !== 'undefined') localStorage.setItem(KEY, JSON.stringify({ lang: lang.value, theme: theme.value }));
  });
  apply();

  return { lang, theme };
});
