import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { requestGuard } from './request-guard.ts';

function app() {
  const a = new Hono();
  a.use('/api/*', requestGuard({ publicUrl: 'http://127.0.0.1:8787', strict: (m) => m !== 'GET' }));
  a.all('/api/x', (c) => c.json({ ok: true }));
  return a;
}

const GOOD = { 'x-playground': '1', 'content-type': 'application/json' };

describe('requestGuard', () => {
  it('lets same-origin JSON with the custom header through', async () => {
    const res = await app().request('/api/x', {
      method: 'POST',
      headers: { ...GOOD, origin: 'http://127.0.0.1:8787', 'sec-fetch-site': 'same-origin' },
      body: '{}',
    });
    expect(res.status).toBe(200);
  });

  it('refuses a cross-site text/plain POST with 403 cross_site (T-P11)', async () => {
    const res = await app().request('/api/x', {
      method: 'POST',
      headers: { origin: 'https://evil.test', 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('cross_site');
  });

  it.each([
    ['no custom header', { 'content-type': 'application/json' }],
    ['a form content type', { 'x-playground': '1', 'content-type': 'application/x-www-form-urlencoded' }],
    ['Sec-Fetch-Site cross-site', { ...GOOD, 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site same-site', { ...GOOD, 'sec-fetch-site': 'same-site' }],
    ['Origin null', { ...GOOD, origin: 'null' }],
    ['another port', { ...GOOD, origin: 'http://127.0.0.1:9999' }],
    ['a rebound host name', { ...GOOD, host: 'attacker.test:8787' }],
  ])('refuses a POST with %s (T-P11)', async (_label, headers) => {
    const res = await app().request('/api/x', { method: 'POST', headers, body: '{}' });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('accepts the loopback origin the page was actually opened at', async () => {
    const res = await app().request('/api/x', {
      method: 'POST',
      headers: { ...GOOD, host: 'localhost:5173', origin: 'http://localhost:5173' },
      body: '{}',
    });
    expect(res.status).toBe(200);
  });

  it('lets plain GETs through without the custom header, but not cross-site ones', async () => {
    expect((await app().request('/api/x')).status).toBe(200);
    expect((await app().request('/api/x', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
  });

  it.each(['null', 'https://evil.test'])('answers an OPTIONS preflight from %s with no CORS headers (T-P12)', async (origin) => {
    const res = await app().request('/api/x', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-playground,content-type' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('does not ask a body-less DELETE over a real socket for a JSON body, but still checks one that has a body', async () => {
    const http = serve({ fetch: app().fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((r) => http.once('listening', r));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/api/x`;
    try {
      expect((await fetch(url, { method: 'DELETE', headers: { 'x-playground': '1' } })).status).toBe(200);
      expect(
        (await fetch(url, { method: 'DELETE', headers: { 'x-playground': '1', 'content-type': 'text/plain' }, body: 'x' })).status,
      ).toBe(403);
      const chunked = new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode('x')), c.close()) });
      expect(
        (await fetch(url, { method: 'DELETE', headers: { 'x-playground': '1' }, body: chunked, duplex: 'half' } as RequestInit)).status,
      ).toBe(403);
    } finally {
      await new Promise((r) => http.close(r));
    }
  });
});
