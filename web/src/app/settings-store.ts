/**
 * The UI language, theme and presentation mode (bigger type for a projector). A first visit opens in the browser's language (i18n/first-language.ts);
 * what the user picks in the menu is remembered in localStorage and wins from then on. The browser's
 * language is not saved as if chosen, so it keeps following the browser until the user picks one.
 */
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { browserLanguages, firstUiLang } from '../i18n/first-language.ts';

export type UiLang = 'en-US' | 'zh-HK' | 'zh-CN';
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'playground.settings';
const UI_LANGS: readonly UiLang[] = ['en-US', 'zh-HK', 'zh-CN'];
const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

function load(): { lang?: UiLang; theme?: ThemeChoice; presentation?: boolean } {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (!saved || typeof saved !== 'object') return {};
    const { lang, theme, presentation } = saved as Record<string, unknown>;
    return {
      lang: UI_LANGS.find((l) => l === lang),
      theme: THEMES.find((t) => t === theme),
      presentation: presentation === true,
    };
  } catch {
    return {};
  }
}

export const useSettingsStore = defineStore('settings', () => {
  const saved = typeof localStorage === 'undefined' ? {} : load();
  const lang = ref<UiLang>(saved.lang ?? firstUiLang(browserLanguages()));
  const theme = ref<ThemeChoice>(saved.theme ?? 'system');
  /** Presentation mode: 135 % type, raw JSON folded away, a large QR, the phone panel to the fore (theme.css). */
  const presentation = ref<boolean>(saved.presentation ?? false);
  let langChosen = saved.lang !== undefined;

  function apply() {
    if (typeof document === 'undefined') return;
    document.documentElement.lang = lang.value === 'en-US' ? 'en' : lang.value;
    if (theme.value === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme.value;
    if (presentation.value) document.documentElement.dataset.presentation = 'on';
    else delete document.documentElement.dataset.presentation;
  }
  function save() {
    if (typeof localStorage === 'undefined') return;
    localStorage.setItem(
      KEY,
      JSON.stringify({
        ...(langChosen ? { lang: lang.value } : {}),
        theme: theme.value,
        ...(presentation.value ? { presentation: true } : {}),
      }),
    );
  }
  watch(lang, () => {
    langChosen = true;
    apply();
    save();
  });
  watch([theme, presentation], () => {
    apply();
    save();
  });
  apply();

  return { lang, theme, presentation };
});
