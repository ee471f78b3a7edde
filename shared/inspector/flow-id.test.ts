import { describe, expect, it } from 'vitest';
import { FLOW_ID, flowIdFromRedirect, isFlowId, isPlaygroundCallback, newFlowId, playgroundCallbackUrl } from './flow-id.ts';

describe('flow ids', () => {
  it('are 1 to 64 base64url characters', () => {
    expect(['a', 'A-z_09', 'x'.repeat(64)].map(isFlowId)).toEqual([true, true, true]);
    expect(['', 'x'.repeat(65), 'a b', 'a.b', 'a/b', 'é', undefined, null, 7].map(isFlowId)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(FLOW_ID.source).toBe('^[A-Za-z0-9_-]{1,64}$');
  });

  it('are new each time the SPA picks one, and valid', () => {
    const ids = Array.from({ length: 50 }, newFlowId);
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^r[0-9a-z]{18}$/);
  });

  it('travel in the playground callback and come back from an initiation body', () => {
    const url = playgroundCallbackUrl('http://127.0.0.1:8787', 'r123');
    expect(url).toBe('http://127.0.0.1:8787/callback?flow=r123');
    expect(flowIdFromRedirect({ redirect: url })).toBe('r123');
    expect(flowIdFromRedirect({ redirectURI: url })).toBe('r123');
    expect(flowIdFromRedirect({ redirect: url, redirectURI: 'http://x/callback?flow=other' })).toBe('r123');
    expect(playgroundCallbackUrl('http://h', 'a b&c')).toBe('http://h/callback?flow=a%20b%26c');
  });

  it('read nothing from a body that is not an object, or a redirect that is not a string', () => {
    for (const body of [null, undefined, 'http://h/callback?flow=r1', 7]) expect(flowIdFromRedirect(body), String(body)).toBeUndefined();
    expect(flowIdFromRedirect({ redirect: 7, redirectURI: 'http://h/callback?flow=r9' })).toBe('r9');
  });

  it('are not read from another path, a bad id, no id or no redirect', () => {
    for (const body of [
      { redirect: 'http://h/elsewhere?flow=r1' },
      { redirect: 'http://h/callback?flow=a%20b' },
      { redirect: 'http://h/callback' },
      { redirect: 'not a url' },
      { redirect: 7 },
      {},
      null,
      'http://h/callback?flow=r1',
    ])
      expect(flowIdFromRedirect(body), JSON.stringify(body)).toBeUndefined();
  });

  it('tell the playground callback on this origin from anything else', () => {
    expect(isPlaygroundCallback('http://h:1/callback?flow=r1', 'http://h:1')).toBe(true);
    expect(isPlaygroundCallback('http://h:1/callback', 'http://h:1')).toBe(true);
    expect(isPlaygroundCallback('http://h:2/callback', 'http://h:1')).toBe(false);
    expect(isPlaygroundCallback('http://h:1/callbacks', 'http://h:1')).toBe(false);
    expect(isPlaygroundCallback('::', 'http://h:1')).toBe(false);
  });
});
