import { describe, expect, it } from 'vitest';
import { createServer } from '../app.ts';
import { TEST_CLIENT, testConfig } from '../config.ts';
import { memoryLogger } from '../log.ts';

const log = memoryLogger();
const server = createServer({ config: testConfig(), log });
const app = server.app;
const H = { 'x-playground': '1', 'content-type': 'application/json' };
const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: H, body: JSON.stringify(body) });

describe('playground API mounted in the whole server', () => {
  it('proxies to the embedded sandbox and keeps its secret out of everything it shows', async () => {
    const res = await post('/proxy/sandbox/iamsmart/v2/request/auth', {
      source: 'PC_Browser',
      redirect: 'http://127.0.0.1:8787/callback?flow=whole1',
    });
    expect(res.headers.get('x-playground-exchange-id')).toBeTruthy();
    const shown = [
      await res.text(),
      await (await app.request('/api/exchanges')).text(),
      await (await app.request('/api/exchanges.har')).text(),
      await (await app.request('/api/environments')).text(),
      log.lines.join('\n'),
    ].join('\n');
    expect(shown).not.toContain(TEST_CLIENT.secret);
    expect(shown.toLowerCase()).not.toMatch(/x-client-secret":"(?!\[redacted\])/);
  });

  it('refuses cross-site and header-less calls to /proxy and /api before anything else runs', async () => {
    expect(
      (
        await app.request('/proxy/sandbox/iamsmart/v2/request/auth', {
          method: 'POST',
          headers: { 'content-type': 'text/plain', origin: 'https://evil.test' },
          body: '{}',
        })
      ).status,
    ).toBe(403);
    expect((await app.request('/api/exchanges', { method: 'DELETE' })).status).toBe(403);
  });

  it('catches a callback without the custom header and sends the browser to the flow page', async () => {
    const res = await app.request('/callback?flow=whole1&service=auth&code=0123&state=s');
    expect(res.status).toBe(302);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('follows a real sandbox login from initiation to the opened JWE, as one flow', async () => {
    const init = await post('/proxy/sandbox/iamsmart/v2/request/auth', {
      source: 'PC_Browser',
      redirect: 'http://127.0.0.1:8787/callback?flow=real1',
    });
    expect(init.status).toBe(200);
    const { token } = (await init.json()) as { token: string };
    expect((await post('/proxy/sandbox/iamsmart/v2/callback/client', { token })).status).toBe(202);
    expect((await post('/proxy/sandbox/_control/approve', { token })).status).toBe(200);
    // What iAM Smart would do next: the sandbox redirects the browser to our /callback with code and state.
    const txs = (await (await app.request('/proxy/sandbox/_control/transactions', { headers: H })).json()) as {
      transactions: { callbackUrl: string | null; state: string }[];
    };
    const sandboxCallback = new URL(txs.transactions.at(-1)!.callbackUrl!);
    const toUs = await app.request(`${sandboxCallback.pathname}${sandboxCallback.search}`);
    expect(toUs.status).toBe(302);
    const ours = new URL(toUs.headers.get('location')!);
    expect(ours.pathname).toBe('/callback');
    expect((await app.request(`${ours.pathname}${ours.search}`)).headers.get('location')).toBe('/flows/real1');
    const forged = new URLSearchParams(ours.search);
    forged.set('state', 'forged');
    await app.request(`/callback?${forged}`);
    const polled = await post('/proxy/sandbox/iamsmart/v2/callback/client', { token });
    expect(polled.status).toBe(200);
    const { data } = (await polled.json()) as { data: string };
    const opened = (await (await post('/api/decode', { token: data })).json()) as { plaintext: { iAMSMART: { openID: string } } };
    expect(opened.plaintext.iAMSMART.openID).toBeTruthy();
    const verified = (await (await post('/api/decode', { token })).json()) as { signature: { verified: boolean | null } };
    expect(verified.signature.verified).not.toBe(false);
    const flow = (await (await app.request('/api/flows/real1')).json()) as {
      status: string;
      exchanges: string[];
      callbacks: { problems: string[] }[];
    };
    expect(flow.status).toBe('collected');
    expect(flow.exchanges).toHaveLength(4);
    expect(flow.callbacks.map((c) => c.problems)).toEqual([[], ['state_mismatch', 'replay']]);
  });
});
