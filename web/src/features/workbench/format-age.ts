/** "2 min ago", "just now", "3 hours ago" in the UI language (Intl.RelativeTimeFormat). */
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', Infinity],
];

export function formatAge(iso: string, nowMs: number, lang: string): string {
  const at = Date.parse(iso);
  if (!Number.isFinite(at)) return '';
  let value = Math.max(0, (nowMs - at) / 1000);
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' });
  if (value < 10) return format.format(0, 'second');
  for (const [unit, size] of STEPS) {
    if (value < size) return format.format(-Math.floor(value), unit);
    value /= size;
  }
  return format.format(-Math.floor(value), 'day');
}
