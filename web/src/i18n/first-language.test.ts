/** The first UI language from navigator.languages, and the user's choice remembered over it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { createPinia, setActivePinia } from 'pinia';
import { firstUiLang, uiLangOf } from './first-language.ts';
import { useSettingsStore } from '../app/settings-store.ts';

describe('uiLangOf', () => {
  it.each([
    ['zh-HK', 'zh-HK'],
    ['zh-TW', 'zh-HK'],
    ['zh-MO', 'zh-HK'],
    ['zh-Hant', 'zh-HK'],
    ['zh-Hant-HK', 'zh-HK'],
    ['zh-Hant-TW', 'zh-HK'],
    ['ZH_hk', 'zh-HK'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['en', 'en-US'],
    ['en-GB', 'en-US'],
    ['en-HK', 'en-US'],
  ] as const)('%s -> %s', (tag, lang) => {
    expect(uiLangOf(tag)).toBe(lang);
  });

  it.each(['fr', 'ja-JP', 'yue', '', 'zhx'])('%j is none the playground speaks', (tag) => {
    expect(uiLangOf(tag)).toBeUndefined();
  });
});

describe('firstUiLang', () => {
  it('takes the first preference the playground speaks', () => {
    expect(firstUiLang(['fr-FR', 'ja', 'zh-TW', 'en'])).toBe('zh-HK');
    expect(firstUiLang(['en-GB', 'zh-HK'])).toBe('en-US');
    expect(firstUiLang(['zh-SG', 'zh-HK'])).toBe('zh-CN');
  });

  it('is English when nothing fits or nothing is known', () => {
    expect(firstUiLang(['fr', 'de'])).toBe('en-US');
    expect(firstUiLang([])).toBe('en-US');
    expect(firstUiLang(undefined)).toBe('en-US');
  });
});

describe('the settings store', () => {
  const storage = new Map<string, string>();
  beforeEach(() => {
    storage.clear();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    });
    setActivePinia(createPinia());
  });
  afterEach(() => vi.unstubAllGlobals());

  const withLanguages = (languages: string[]) => vi.stubGlobal('navigator', { languages, language: languages[0] });

  it('opens in the browser language on a first visit', () => {
    withLanguages(['zh-HK', 'en']);
    expect(useSettingsStore().lang).toBe('zh-HK');
  });

  it('does not remember the browser language as a choice', async () => {
    withLanguages(['zh-CN']);
    const settings = useSettingsStore();
    settings.theme = 'dark';
    await nextTick();
    expect(JSON.parse(storage.get('playground.settings')!)).toEqual({ theme: 'dark' });
    setActivePinia(createPinia());
    withLanguages(['zh-TW']);
    expect(useSettingsStore().lang).toBe('zh-HK');
  });

  it('remembers the user choice over the browser language', async () => {
    withLanguages(['zh-HK']);
    const settings = useSettingsStore();
    settings.lang = 'zh-CN';
    await nextTick();
    setActivePinia(createPinia());
    withLanguages(['en-US']);
    expect(useSettingsStore().lang).toBe('zh-CN');
  });

  it('passes over a remembered language it does not speak', () => {
    storage.set('playground.settings', JSON.stringify({ lang: 'fr-FR' }));
    withLanguages(['zh-SG']);
    expect(useSettingsStore().lang).toBe('zh-CN');
  });
});
