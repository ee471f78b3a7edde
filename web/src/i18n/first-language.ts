/**
 * The UI language a first visit opens in, read from the browser's preferred languages
 * (navigator.languages), so a reader in Hong Kong or Shenzhen does not have to find the language
 * menu first. The first preference the playground speaks wins: Traditional Chinese (zh-HK, zh-TW,
 * zh-MO, zh-Hant-*) opens 繁體中文, Simplified Chinese (zh-CN, zh-SG, zh, zh-Hans-*) opens 简体中文,
 * English opens English; a preference the playground does not speak (fr, ja) is passed over, and
 * none at all means English. The user's own choice in the menu overrides this and is remembered
 * (settings-store.ts).
 */
import type { UiLang } from '../app/settings-store.ts';

const TRADITIONAL_REGIONS = new Set(['hk', 'tw', 'mo']);

/** The playground language one BCP 47 tag asks for, or undefined if it speaks none close to it. */
export function uiLangOf(tag: string): UiLang | undefined {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] === 'en') return 'en-US';
  if (parts[0] !== 'zh') return undefined;
  if (parts.includes('hant')) return 'zh-HK';
  if (parts.includes('hans')) return 'zh-CN';
  return parts.slice(1).some((p) => TRADITIONAL_REGIONS.has(p)) ? 'zh-HK' : 'zh-CN';
}

/** The first of the browser's preferences the playground speaks; English when none. */
export function firstUiLang(preferred: readonly string[] | undefined): UiLang {
  for (const tag of preferred ?? []) {
    const lang = uiLangOf(tag);
    if (lang) return lang;
  }
  return 'en-US';
}

/** The browser's preferences, where there is a browser (not in a server-side test). */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
