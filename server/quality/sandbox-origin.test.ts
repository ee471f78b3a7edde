/**
 * /sandbox from a browser that is not ours (docs/security-model.md §4): DNS
 * rebinding (a page on attacker.test whose name now points at 127.0.0.1) and cross-site forms
 * aimed at the simulated phone. Plus the phone form's byte cap on a chunked body.
 */
import { describe, expect, it } from 'vitest';
import { endpoint } from '../../shared/catalogue/index.ts';
import { CLIENT, ORIGIN, qualityServer, type QualityServer } from '../testing/quality-server.ts';

const q = qualityServer({ allowedHosts: ['sandbox.internal'] });
const REBOUND = { host: 'attacker.test:8787' };

async function pending(server: QualityServer = q): Promise<{ token: string; ticketID: string }> {
  const res = await server.post(`/sandbox${endpoint('auth').path}`, { source: 'PC_Browser', redirect: `${ORIGIN}/callback` });
  const { token, url } = (await res.json()) as { token: string; url: string };
  return { token, ticketID: new URL(url).pathname.split('/').pop()! };
}

async function statusOf(ticketID: string): Promise<string> {
  const res = await q.request('/sandbox/_control/transactions', { headers: CLIENT });
  const { transactions } = (await res.json()) as { transactions: { ticketID: string; status: string }[] };
  return transactions.find((t) => t.ticketID === ticketID)?.status ?? 'gone';
}

const form = (headers: Record<string, string>, body: BodyInit = 'persona=chan-tai-man') => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  body,
  duplex: 'half',
});

describe('D10: the Host allow-list on /sandbox', () => {
  it('refuses a rebound Host on the control API (list, approve, reset, clock) and the phone page, and changes nothing', async () => {
    const { token, ticketID } = await pending();
    const calls: [string, RequestInit][] = [
      ['/sandbox/_control/transactions', { headers: { ...CLIENT, ...REBOUND } }],
      ['/sandbox/_control/approve', { method: 'POST', headers: { ...CLIENT, ...REBOUND }, body: JSON.stringify({ token }) }],
      [
        '/sandbox/_control/clock',
        { method: 'POST', headers: { ...CLIENT, ...REBOUND }, body: JSON.stringify({ advanceMs: 7 * 24 * 3600_000 }) },
      ],
      ['/sandbox/_control/reset', { method: 'POST', headers: { ...CLIENT, ...REBOUND }, body: '{}' }],
      [`/sandbox/sim/app/${ticketID}`, { headers: REBOUND }],
      [`/sandbox${endpoint('poll').path}`, { method: 'POST', headers: { ...CLIENT, ...REBOUND }, body: JSON.stringify({ token }) }],
    ];
    for (const [path, init] of calls) {
      const res = await q.request(path, init);
      expect(res.status, path).toBe(403);
      expect(await res.text(), path).toMatch(/attacker\.test.*ALLOWED_HOSTS/);
    }
    expect(await statusOf(ticketID)).toBe('pending');
    const clock = (await (await q.request('/sandbox/_control/clock', { headers: CLIENT })).json()) as { offsetMs: number };
    expect(clock.offsetMs).toBe(0);
  });

  it('serves the public host, loopback names on any port, and the configured extra names', async () => {
    for (const host of ['127.0.0.1:8787', 'localhost:5173', '[::1]:8787', 'sandbox.internal', 'sandbox.internal:9000']) {
      const res = await q.request('/sandbox/_control/transactions', { headers: { ...CLIENT, host } });
      expect(res.status, host).toBe(200);
    }
    for (const host of ['sandbox.internal.attacker.test', 'attacker.test', '127.0.0.1.nip.io']) {
      expect((await q.request('/sandbox/_control/transactions', { headers: { ...CLIENT, host } })).status, host).toBe(403);
    }
  });
});

describe('D11: the simulated phone refuses cross-site forms', () => {
  it.each([
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.test' }],
    ['Sec-Fetch-Site same-site', { 'sec-fetch-site': 'same-site', origin: 'http://evil.127.0.0.1.nip.io' }],
    ['a foreign Origin and no fetch metadata', { origin: 'https://evil.test' }],
    ['Origin null and no fetch metadata', { origin: 'null' }],
  ])('refuses a POST with %s and leaves the transaction pending', async (_label, headers) => {
    const { ticketID } = await pending();
    const res = await q.request(`/sandbox/sim/app/${ticketID}/approve`, form(headers));
    expect(res.status).toBe(403);
    expect(await statusOf(ticketID)).toBe('pending');
  });

  it.each([
    ['same-origin fetch metadata', { 'sec-fetch-site': 'same-origin', origin: 'null' }],
    ['its own Origin', { origin: ORIGIN }],
    ['the loopback origin it was opened at', { host: 'localhost:5173', origin: 'http://localhost:5173' }],
    ['no Origin at all (not a browser)', {}],
  ])('accepts a POST with %s', async (_label, headers) => {
    const { ticketID } = await pending();
    const res = await q.request(`/sandbox/sim/app/${ticketID}/approve`, form(headers));
    expect(res.status).toBe(303);
    expect(await statusOf(ticketID)).toBe('approved');
  });
});

describe('D7: the phone form counts the bytes of a chunked body', () => {
  it('answers 413 after reading at most a little past 4 KB of an endless chunked body, and decides nothing', async () => {
    const { ticketID } = await pending();
    let pulled = 0;
    const chunk = new TextEncoder().encode(`persona=${'x'.repeat(64 << 10)}`);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        if (pulled > 20 << 20) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const res = await q.request(`/sandbox/sim/app/${ticketID}/reject`, form({}, endless));
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(1 << 20);
    expect(await statusOf(ticketID)).toBe('pending');
  });

  it('still refuses an announced oversize form, and reads a normal one', async () => {
    const { ticketID } = await pending();
    const big = await q.request(`/sandbox/sim/app/${ticketID}/reject`, form({ 'content-length': '5000' }, 'persona='.padEnd(5000, 'x')));
    expect(big.status).toBe(413);
    const ok = await q.request(`/sandbox/sim/app/${ticketID}/approve`, form({}, 'persona=lee-ka-ho'));
    expect(ok.status).toBe(303);
    const res = await q.request('/sandbox/_control/transactions', { headers: CLIENT });
    const { transactions } = (await res.json()) as { transactions: { ticketID: string; persona?: string }[] };
    expect(transactions.find((t) => t.ticketID === ticketID)?.persona).toBe('lee-ka-ho');
  });
});
