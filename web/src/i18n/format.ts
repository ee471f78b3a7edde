/**
 * Numbers, durations, times and ages in the UI's language, through Intl: one place, so a Chinese
 * page never says "ms" beside "毫秒", and history times follow the UI's language rather than the
 * browser's. Components read these through `useFormat()`; the pure functions take the language so
 * tests (and code outside a component) can pin it.
 */
import { computed } from 'vue';
import { useSettingsStore, type UiLang } from '../app/settings-store.ts';

const unit = (lang: string, name: string, value: number, digits = 0) =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);

/** 1234 -> "1,234". */
export function formatCount(n: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(n);
}

/** A latency or a wait: "250 ms" / "250 毫秒" under a second, "1.5 sec" under a minute, else minutes and seconds. */
export function formatDuration(ms: number, lang: string): string {
  if (!Number.isFinite(ms)) return '';
  if (Math.abs(ms) < 1000) return unit(lang, 'millisecond', Math.round(ms));
  if (Math.abs(ms) < 60_000) return unit(lang, 'second', ms / 1000, 1);
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return new Intl.ListFormat(lang, { type: 'unit', style: 'short' }).format([unit(lang, 'minute', minutes), unit(lang, 'second', seconds)]);
}

/** "+5 min" / "+5 分鐘": a step forward of the sandbox clock. */
export function formatMinutesAhead(minutes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short', signDisplay: 'always' }).format(minutes);
}

const toDate = (at: string | number | Date) => (at instanceof Date ? at : new Date(at));
const valid = (d: Date) => Number.isFinite(d.getTime());

/** The time of day of an ISO time or epoch ms: "6:17:38 PM" / "下午6:17:38" / "18:17:38". */
export function formatTime(at: string | number | Date, lang: string): string {
  const d = toDate(at);
  return valid(d) ? new Intl.DateTimeFormat(lang, { timeStyle: 'medium' }).format(d) : '';
}

/** Date and time: "Dec 4, 2026, 6:17:38 PM" / "2026年12月4日 下午6:17:38". */
export function formatDateTime(at: string | number | Date, lang: string): string {
  const d = toDate(at);
  return valid(d) ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(d) : '';
}

/** A date alone: "Dec 4, 2026" / "2026年12月4日". */
export function formatDate(at: string | number | Date, lang: string): string {
  const d = toDate(at);
  return valid(d) ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(d) : '';
}

const AGE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', Infinity],
];

/** "2 min ago", "just now", "3 hr. ago" in the UI language (Intl.RelativeTimeFormat). */
export function formatAge(iso: string, nowMs: number, lang: string): string {
  const at = Date.parse(iso);
  if (!Number.isFinite(at)) return '';
  let value = Math.max(0, (nowMs - at) / 1000);
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' });
  if (value < 10) return format.format(0, 'second');
  for (const [step, size] of AGE_STEPS) {
    if (value < size) return format.format(-Math.floor(value), step);
    value /= size;
  }
  return format.format(-Math.floor(value), 'day');
}

/** "in 4 hours" / "3 minutes ago" / "4 小時後": a claim's time from now, in seconds (either side of now). */
export function formatFromNow(seconds: number, lang: string): string {
  const fmt = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return fmt.format(seconds, 'second');
  if (abs < 3600) return fmt.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return fmt.format(Math.round(seconds / 3600), 'hour');
  return fmt.format(Math.round(seconds / 86400), 'day');
}

/** The formatters bound to the current UI language. */
export function useFormat() {
  const settings = useSettingsStore();
  const lang = computed<UiLang>(() => settings.lang);
  return {
    count: (n: number) => formatCount(n, lang.value),
    duration: (ms: number) => formatDuration(ms, lang.value),
    minutesAhead: (minutes: number) => formatMinutesAhead(minutes, lang.value),
    time: (at: string | number | Date) => formatTime(at, lang.value),
    dateTime: (at: string | number | Date) => formatDateTime(at, lang.value),
    date: (at: string | number | Date) => formatDate(at, lang.value),
    age: (iso: string, nowMs = Date.now()) => formatAge(iso, nowMs, lang.value),
    fromNow: (seconds: number) => formatFromNow(seconds, lang.value),
  };
}
