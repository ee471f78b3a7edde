/** Units and dates in each UI language: the Chinese pages never show "ms", "sec" or an English month. */
import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatCount,
  formatDate,
  formatDateTime,
  formatDuration,
  formatFromNow,
  formatMinutesAhead,
  formatTime,
} from './format.ts';

const AT = Date.UTC(2026, 11, 4, 10, 17, 38);
const LATIN_WORD = /[A-Za-z]{2,}/;

describe('formatDuration', () => {
  it('words milliseconds, seconds and minutes in English', () => {
    expect([formatDuration(250, 'en-US'), formatDuration(1500, 'en-US'), formatDuration(125_000, 'en-US')]).toEqual([
      '250 ms',
      '1.5 sec',
      '2 min, 5 sec',
    ]);
  });

  it('words them in Chinese, with no Latin unit left', () => {
    for (const lang of ['zh-HK', 'zh-CN']) {
      for (const ms of [0, 250, 999.6, 1500, 59_000, 125_000]) expect(formatDuration(ms, lang)).not.toMatch(LATIN_WORD);
    }
    expect(formatDuration(250, 'zh-HK')).toBe('250 毫秒');
    expect(formatDuration(250, 'zh-CN')).toBe('250毫秒');
    expect(formatDuration(125_000, 'zh-HK')).toContain('分鐘');
    expect(formatDuration(125_000, 'zh-CN')).toContain('分钟');
  });

  it('rounds to whole milliseconds and says nothing for no number', () => {
    expect(formatDuration(12.4, 'en-US')).toBe('12 ms');
    expect(formatDuration(Number.NaN, 'en-US')).toBe('');
  });
});

describe('formatCount and formatMinutesAhead', () => {
  it('group digits and sign a step forward', () => {
    expect(formatCount(1234567, 'en-US')).toBe('1,234,567');
    expect(formatMinutesAhead(5, 'en-US')).toBe('+5 min');
    expect(formatMinutesAhead(5, 'zh-HK')).toBe('+5 分鐘');
    expect(formatMinutesAhead(5, 'zh-CN')).toBe('+5分钟');
  });
});

describe('dates and times', () => {
  it('follow the UI language, not the machine', () => {
    expect(formatDate(AT, 'en-US')).toBe('Dec 4, 2026');
    expect(formatDate(AT, 'zh-HK')).toBe('2026年12月4日');
    for (const lang of ['zh-HK', 'zh-CN']) {
      expect(formatDateTime(new Date(AT).toISOString(), lang)).toMatch(/^2026年12月4日/);
      expect(formatTime(AT, lang)).not.toMatch(LATIN_WORD);
    }
    expect(formatTime(AT, 'en-US')).toMatch(/(AM|PM)$/);
  });

  it('say nothing for a time that is not one', () => {
    expect(formatTime('not a time', 'en-US')).toBe('');
    expect(formatDateTime(Number.NaN, 'zh-HK')).toBe('');
    expect(formatDate('', 'zh-CN')).toBe('');
  });
});

describe('formatAge', () => {
  const iso = (msAgo: number) => new Date(AT - msAgo).toISOString();
  it('is "now" under ten seconds, then seconds, minutes, hours, days', () => {
    expect(formatAge(iso(3_000), AT, 'en-US')).toBe('now');
    expect(formatAge(iso(30_000), AT, 'en-US')).toBe('30 sec. ago');
    expect(formatAge(iso(5 * 60_000), AT, 'en-US')).toBe('5 min. ago');
    expect(formatAge(iso(3 * 3_600_000), AT, 'en-US')).toBe('3 hr. ago');
    expect(formatAge(iso(2 * 86_400_000), AT, 'en-US')).toBe('2 days ago');
    expect(formatAge(iso(5 * 60_000), AT, 'zh-HK')).not.toMatch(LATIN_WORD);
    expect(formatAge('never', AT, 'en-US')).toBe('');
  });
});

describe('formatFromNow', () => {
  it('picks a readable unit either side of now', () => {
    expect(formatFromNow(7200, 'en-US')).toBe('in 2 hours');
    expect(formatFromNow(-180, 'en-US')).toBe('3 minutes ago');
    expect(formatFromNow(7200, 'zh-HK')).not.toMatch(LATIN_WORD);
  });
});
