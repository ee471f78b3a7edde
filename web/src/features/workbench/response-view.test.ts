// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { displayBody, troubleFor } from './response-view.ts';
import { errorText, errorWords, playgroundErrorWords } from '../../i18n/error-texts.ts';
import { PLAYGROUND_ERRORS, type PlaygroundErrorCode } from '../../../../shared/errors/playground-errors.ts';

describe('displayBody', () => {
  it('pretty-prints JSON', () => {
    expect(displayBody({ a: 1 }, '{"a":1}').text).toBe('{\n  "a": 1\n}');
  });

  it('cuts a body over the limit and says how long it was', () => {
    const text = 'x'.repeat(50);
    expect(displayBody(undefined, text, 10)).toEqual({ text: 'x'.repeat(10), truncated: true, fullLength: 50 });
  });
});

describe('troubleFor', () => {
  it('tells a dead server, an unreachable upstream, a timeout and a too-large body apart', () => {
    expect(troubleFor(undefined, undefined)).toBe('network');
    expect(troubleFor(502, { error: { code: 'upstream_unreachable' } })).toBe('unreachable');
    expect(troubleFor(502, { error: { code: 'response_too_large' } })).toBe('tooLarge');
    expect(troubleFor(504, undefined)).toBe('timeout');
    expect(troubleFor(200, {})).toBeUndefined();
    // No 501 advice: the playground always has its sandbox, a 501 is an ordinary answer.
    expect(troubleFor(501, {})).toBeUndefined();
  });
});

describe('playground errors in words', () => {
  it('words a known code in the UI language and keeps a message that says more as the detail', () => {
    expect(
      playgroundErrorWords({ error: { code: 'upstream_timeout', message: 'The environment did not answer in time.' } }, 'zh-HK'),
    ).toEqual({
      text: '該環境未能及時回應。',
    });
    expect(playgroundErrorWords({ error: { code: 'cross_site', message: 'Requests from origin "x" are refused.' } }, 'zh-CN')).toEqual({
      text: '拒绝来自其他网站的 playground 请求。',
      detail: 'Requests from origin "x" are refused.',
    });
    expect(errorWords('not_found', undefined, 'en-US')).toEqual({ text: 'Not found.' });
  });

  it("falls back to the server's message for a code it does not know, and reads nothing from other bodies", () => {
    expect(playgroundErrorWords({ error: { code: 'brand_new', message: 'why' } }, 'zh-HK')).toEqual({ text: 'why' });
    expect(playgroundErrorWords({ error: { code: 'toString', message: 'why' } }, 'zh-HK')).toEqual({ text: 'why' });
    expect(playgroundErrorWords({ status: 400 }, 'en-US')).toBeUndefined();
    expect(playgroundErrorWords('text', 'en-US')).toBeUndefined();
  });

  it('has words for every code in every language, Chinese differing from the English', () => {
    for (const code of Object.keys(PLAYGROUND_ERRORS) as PlaygroundErrorCode[]) {
      expect(errorText(code, 'en-US')).toBe(PLAYGROUND_ERRORS[code].message);
      for (const lang of ['zh-HK', 'zh-CN'] as const)
        expect(errorText(code, lang), `${code} ${lang}`).not.toBe(PLAYGROUND_ERRORS[code].message);
    }
  });
});
