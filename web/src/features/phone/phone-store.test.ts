// @vitest-environment happy-dom
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { nextBrowserHop, returnsHere, usePhoneStore } from './phone-store.ts';

describe('nextBrowserHop', () => {
  it('takes the transaction callbackUrl on our origin only', () => {
    const origin = 'http://127.0.0.1:8804';
    expect(nextBrowserHop({ transaction: { callbackUrl: `${origin}/sandbox/iamsmart/v2/callback/redirect?service=auth` } }, origin)).toBe(
      `${origin}/sandbox/iamsmart/v2/callback/redirect?service=auth`,
    );
    expect(nextBrowserHop({ transaction: { callbackUrl: 'https://evil.test/x' } }, origin)).toBeUndefined();
    expect(nextBrowserHop({ transaction: { callbackUrl: null } }, origin)).toBeUndefined();
  });
});

describe('returnsHere', () => {
  it("follows the callback only to the playground's own /callback, never to another site", () => {
    const origin = 'http://127.0.0.1:8804';
    expect(returnsHere(`${origin}/callback?flow=f1`, origin)).toBe(true);
    expect(returnsHere('https://www.yourwebsite.com/callback', origin)).toBe(false);
    expect(returnsHere(`${origin}/elsewhere`, origin)).toBe(false);
    expect(returnsHere(undefined, origin)).toBe(false);
  });
});

describe('usePhoneStore', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });
  afterEach(() => vi.unstubAllGlobals());

  it('approves through the proxy with the chosen persona, records it and follows the callback', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        calls.push([url, init]);
        if (url.endsWith('/personas'))
          return new Response(
            JSON.stringify({
              personas: [
                { id: 'p1', enName: { UnstructuredName: 'CHAN, Tai Man' }, chName: { ChineseName: '陳大文' }, hkid: 'A123456(3)' },
              ],
            }),
          );
        if (url.endsWith('/approve'))
          return new Response(JSON.stringify({ transaction: { status: 'approved', callbackUrl: `${location.origin}/sandbox/cb?x=1` } }));
        return new Response('', { status: 302 });
      }),
    );
    const phone = usePhoneStore();
    await phone.loadPersonas();
    expect(phone.personas).toEqual([{ id: 'p1', label: 'CHAN, Tai Man 陳大文', hkid: 'A123456(3)' }]);
    expect(phone.persona).toBe('p1');
    const rec = await phone.perform('approve', { token: 'tok' }, { flowId: 'flow1', redirect: `${location.origin}/callback?flow=flow1` });
    expect(calls[1][0]).toBe('/proxy/sandbox/_control/approve');
    expect(JSON.parse(String(calls[1][1]?.body))).toEqual({ token: 'tok', persona: 'p1' });
    expect(calls[2][0]).toBe(`${location.origin}/sandbox/cb?x=1`);
    expect(rec).toMatchObject({ ok: true, status: 200, flowId: 'flow1', persona: 'p1' });
    expect(phone.actionsFor(['flow1'])).toHaveLength(1);
    // The choice survives a reload.
    setActivePinia(createPinia());
    expect(usePhoneStore().persona).toBe('p1');
  });

  it('does not follow the callback when the flow returns to another site (it would break the CSP)', async () => {
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        calls.push(url);
        return new Response(JSON.stringify({ transaction: { status: 'approved', callbackUrl: `${location.origin}/sandbox/cb?code=abc` } }));
      }),
    );
    await usePhoneStore().perform('approve', { token: 'tok' }, { redirect: 'https://www.yourwebsite.com/callback' });
    expect(calls).toEqual(['/proxy/sandbox/_control/approve']);
    expect(usePhoneStore().appCodes.tok).toBe('abc');
  });

  it("gives the server's own reason for a refused action", async () => {
    const body = {
      status: 400,
      message: 'Bad Request - Invalid input parameters',
      errors: [{ path: 'persona', message: 'persona: this chained operation acts for the persona who logged in (chan-tai-man)' }],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body), { status: 400 })),
    );
    const rec = await usePhoneStore().perform('approve', { token: 'tok' }, { persona: 'lee-ka-ho' });
    expect(rec).toMatchObject({ ok: false, status: 400, message: body.errors[0].message });
  });

  it('records a refused action with its reason', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ status: 409, message: 'Conflict', errors: [] }), { status: 409 })),
    );
    const rec = await usePhoneStore().perform('reject', { ticketID: 'T1' });
    expect(rec).toMatchObject({ ok: false, status: 409, message: 'Conflict' });
  });
});

describe('findTransaction', () => {
  it('matches by ticketID from the url, else the newest of the service', async () => {
    const { findTransaction } = await import('./find-transaction.ts');
    const list = [
      { ticketID: 'A', service: 'signing', createdAt: 1 },
      { ticketID: 'B', service: 'signing', createdAt: 5 },
      { ticketID: 'C', service: 'auth', createdAt: 9 },
    ];
    expect(findTransaction(list, { url: 'http://x/sandbox/sim/qr/A' })?.ticketID).toBe('A');
    expect(findTransaction(list, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ6In0.c2ln', service: 'signing' })?.ticketID).toBe('B');
  });
});
