import { computed } from 'vue';
import { en, type MessageKey, type Messages } from './en.ts';
import { zhHK } from './zh-hk.ts';
import { zhCN } from './zh-cn.ts';
import { useSettingsStore, type UiLang } from '../app/settings-store.ts';

/**
 * The shell's messages live in en.ts / zh-hk.ts / zh-cn.ts. A feature keeps its own text in
 * `features/<feature>/messages.ts` as `{ 'en-US': {...}, 'zh-HK': {...}, 'zh-CN': {...} }` (zh
 * tables typed against the English keys) and reads it with `useFeatureText(messages)`.
 */
const TABLES: Record<UiLang, Messages> = { 'en-US': en, 'zh-HK': zhHK, 'zh-CN': zhCN };

/**
 * Stands for a value a template shows in markup of its own (a name in <span translate="no">, values
 * in <code>): `splitAtSlot(t(key, { name: SLOT }))` gives the words before and after it, in the
 * order the language puts them.
 */
export const SLOT = '\u2063';
export function splitAtSlot(text: string): [string, string] {
  const at = text.indexOf(SLOT);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + SLOT.length)];
}

/** Replaces `{name}` placeholders. */
export function fill(text: string, params?: Record<string, string | number>): string {
  return params ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)) : text;
}

export function useI18n() {
  const settings = useSettingsStore();
  const table = computed(() => TABLES[settings.lang]);
  const t = (key: MessageKey, params?: Record<string, string | number>) => fill(table.value[key] ?? en[key], params);
  return { t, lang: computed(() => settings.lang) };
}

export type FeatureMessages<K extends string> = { 'en-US': Record<K, string>; 'zh-HK': Record<K, string>; 'zh-CN': Record<K, string> };

/** Text of one feature, in the current UI language. */
export function useFeatureText<K extends string>(messages: FeatureMessages<K>) {
  const settings = useSettingsStore();
  return (key: K, params?: Record<string, string | number>) => fill(messages[settings.lang][key] ?? messages['en-US'][key], params);
}
