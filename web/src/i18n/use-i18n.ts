import { computed } from 'vue';
import { en, type MessageKey, type Messages } from './en.ts';
import { zhHK } from './zh-hk.ts';
import { zhCN } from './zh-cn.ts';
import { useSettingsStore, type UiLang } from '../app/settings-store.ts';

const TABLES: Record<UiLang, Messages> = { 'en-US': en, 'zh-HK': zhHK, 'zh-CN': zhCN };

/** Replaces `{name}` placeholders. */
function fill(text: string, params?: Record<string, string | number>): string {
  return params ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)) : text;
}

export function useI18n() {
  const settings = useSettingsStore();
  const table = computed(() => TABLES[settings.lang]);
  const t = (key: MessageKey, params?: Record<string, string | number>) => fill(table.value[key] ?? en[key], params);
  return { t, lang: computed(() => settings.lang) };
}
