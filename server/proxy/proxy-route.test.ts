import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CLIENT } from '../config.ts';
import { echo, startLoopback, type Loopback } from '../testing/loopback-upstream.ts';
import { JSON_HEADERS, playground, REAL_SECRET } from '../testing/playground-fixture.ts';

let upstream: Loopback;
let canary: Loopback;
let redirector: Loopback;
let fixture: ReturnType<typeof playground>;

beforeAll(async () => {
  upstream = await startLoopback(echo);
  canary = await startLoopback(echo);
  redirector = await startLoopback((_req, res) => {
    res.writeHead(302, { location: `${canary.url}/stolen`, 'content-type': 'application/json' });
    res.end('{}');
  });
  fixture = playground({
    environments: [
      { name: 'real', baseUrl: upstream.url, clientId: 'real-client', clientSecret: REAL_SECRET },
      { name: 'bouncy', baseUrl: redirector.url, clientId: 'real-client', clientSecret: REAL_SECRET },
    ],
  });
});

afterAll(async () => {
  await fixture.api.close();
  await Promise.all([upstream.close(), canary.close(), redirector.close()]);
});

const everywhere = (secret: string) => [secret, Buffer.from(secret).toString('base64')];

describe('proxy route', () => {
  it('sends the server credentials upstream and keeps the secret out of every response, record, export and log', async () => {
    const res = await fixture.post('/proxy/real/iamsmart/v2/request/auth?lang=en', { source: 'PC_Browser', redirect: 'https://x.test/cb' });
    expect(res.status).toBe(200);
    const got = upstream.received.at(-1)!;
    expect(got.headers['x-client-id']).toBe('real-client');
    expect(got.headers['x-client-secret']).toBe(REAL_SECRET);
    expect(got.url).toBe('/iamsmart/v2/request/auth?lang=en');
    const seen = [
      await res.text(),
      JSON.stringify([...res.headers]),
      await (await fixture.app.request('/api/exchanges')).text(),
      await (await fixture.app.request(`/api/exchanges/${res.headers.get('x-playground-exchange-id')}`)).text(),
      await (await fixture.app.request('/api/exchanges.har')).text(),
      await (await fixture.app.request('/api/flows')).text(),
      await (await fixture.app.request('/api/environments')).text(),
      fixture.log.lines.join('\n'),
    ].join('\n');
    for (const s of [...everywhere(REAL_SECRET), ...everywhere(TEST_CLIENT.secret)]) expect(seen).not.toContain(s);
    // The echo body holds the secret: the exchange must show it redacted.
    expect(seen).toContain('[REDACTED]');
  });

  it('replaces the browser x-client-*, cookies, forwarded and host headers (T-P3)', async () => {
    await fixture.app.request('/proxy/real/iamsmart/v2/request/auth', {
      method: 'POST',
      headers: {
        ...JSON_HEADERS,
        'x-client-secret': 'attacker',
        'x-client-id': 'attacker',
        'x-forwarded-host': 'evil.test',
        'x-forwarded-for': '6.6.6.6',
        cookie: 'a=b',
        'x-sandbox-scenario': 'approve',
        'x-trace': 'kept',
      },
      body: '{}',
    });
    const h = upstream.received.at(-1)!.headers;
    expect(h['x-client-secret']).toBe(REAL_SECRET);
    expect(h['x-client-id']).toBe('real-client');
    expect(h['x-forwarded-host']).toBeUndefined();
    expect(h['x-forwarded-for']).toBeUndefined();
    expect(h.cookie).toBeUndefined();
    expect(h['x-sandbox-scenario']).toBeUndefined();
    expect(h['x-playground']).toBeUndefined();
    expect(h.host).toBe(new URL(upstream.url).host);
    expect(h['x-trace']).toBe('kept');
  });

  it('passes x-sandbox-* headers to the sandbox only, in-process', async () => {
    const res = await fixture.app.request('/proxy/sandbox/echo/x?y=1', {
      headers: { 'x-playground': '1', 'x-sandbox-fault': 'delay=1', 'x-client-secret': 'attacker' },
    });
    const body = (await res.json()) as { url: string; headers: Record<string, string> };
    expect(body.url).toBe('http://127.0.0.1:8787/sandbox/echo/x?y=1');
    expect(body.headers['x-sandbox-fault']).toBe('delay=1');
    expect(body.headers['x-client-id']).toBe(TEST_CLIENT.id);
    // The echo quotes the secret back; the proxy scrubs it before the browser sees it.
    expect(body.headers['x-client-secret']).toBe('[REDACTED]');
    expect(res.headers.get('x-playground-exchange-id')).toMatch(/^ex-/);
    expect(Number(res.headers.get('x-playground-upstream-ms'))).toBeGreaterThanOrEqual(0);
  });

  it('refuses every SSRF variant before a socket opens (T-P1)', async () => {
    const before = canary.connections + upstream.connections;
    const targets = [
      `/proxy/${encodeURIComponent(canary.url)}/x`,
      '/proxy/https://evil.test/x',
      '/proxy/2130706433/x',
      '/proxy/real//127.0.0.1/x',
      '/proxy/real/http://0x7f.1/',
      '/proxy/real/http://[::ffff:127.0.0.1]/',
      '/proxy/real/http://api.example.com@127.0.0.1/',
      '/proxy/real/http://api.example.com%5C@evil.test/',
      '/proxy/real/http://169.254.169.254/latest',
      '/proxy/real/file:///etc/passwd',
      '/proxy/real/gopher://127.0.0.1/x',
      '/proxy/real/a/%2e%2e/%2e%2e/x',
      '/proxy/real/a%2F..%2Fx',
    ];
    for (const path of targets) {
      const res = await fixture.app.request(path, { headers: { 'x-playground': '1' } }, { incoming: { url: path } });
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code, path).toBe('target_not_allowed');
    }
    const unknown = await fixture.app.request('/proxy/production/x', { headers: { 'x-playground': '1' } });
    expect(unknown.status).toBe(404);
    expect(canary.connections + upstream.connections).toBe(before);
  });

  it('passes a 302 back without following it or naming its target in Location (T-P2)', async () => {
    const before = canary.connections;
    const res = await fixture.post('/proxy/bouncy/iamsmart/v2/request/auth', {});
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('x-playground-location')).toBe(`${canary.url}/stolen`);
    expect(canary.connections).toBe(before);
    expect(redirector.received).toHaveLength(1);
  });

  it('strips Set-Cookie, hop-by-hop and Connection-listed headers from answers (T-P4)', async () => {
    const nasty = await startLoopback((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'set-cookie': 'sid=1',
        connection: 'x-internal',
        'x-internal': '1',
        'keep-alive': 'timeout=5',
        'x-fine': 'yes',
      });
      res.end('{"ok":true}');
    });
    const f = playground({ environments: [{ name: 'nasty', baseUrl: nasty.url }] });
    const res = await f.app.request('/proxy/nasty/x', { headers: { 'x-playground': '1' } });
    expect(res.status).toBe(200);
    for (const h of ['set-cookie', 'connection', 'x-internal', 'keep-alive', 'transfer-encoding']) expect(res.headers.get(h), h).toBeNull();
    expect(res.headers.get('x-fine')).toBe('yes');
    await f.api.close();
    await nasty.close();
  });

  it('answers 413 to a 2 MB body, announced or chunked, without calling the upstream (T-P8)', async () => {
    const before = upstream.received.length;
    const big = 'x'.repeat(2 << 20);
    const announced = await fixture.app.request('/proxy/real/x', {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'content-length': String(big.length) },
      body: big,
    });
    expect(announced.status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(ctl) {
        for (let i = 0; i < 32; i++) ctl.enqueue(new Uint8Array(64 << 10));
        ctl.close();
      },
    });
    const chunked = await fixture.app.request('/proxy/real/x', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { error: { code: string } }).error.code).toBe('body_too_large');
    expect(upstream.received.length).toBe(before);
  });

  it.each(['PROPFIND', 'OPTIONS', 'HEAD'])('answers 405 to %s (T-P10)', async (method) => {
    const res = await fixture.app.request('/proxy/real/x', { method, headers: { 'x-playground': '1' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lists environments without secrets or client ids', async () => {
    const body = (await (await fixture.app.request('/api/environments')).json()) as {
      environments: { name: string; credentials: boolean; sandbox: boolean }[];
    };
    expect(body.environments.map((e) => e.name)).toEqual(['sandbox', 'real', 'bouncy']);
    expect(body.environments[0]).toMatchObject({ credentials: true, sandbox: true });
    expect(JSON.stringify(body)).not.toContain('real-client');
    expect(JSON.stringify(body)).not.toContain(TEST_CLIENT.id);
  });
});
