// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { displayBody, playgroundError, troubleFor } from './response-view.ts';

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
  });

  it('reads the playground error message', () => {
    expect(playgroundError({ error: { code: 'x', message: 'why' } })).toBe('why');
    expect(playgroundError({ status: 400 })).toBeUndefined();
  });
});
