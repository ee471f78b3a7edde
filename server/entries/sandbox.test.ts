import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_CLIENT } from '../config.ts';
import { createSandbox, type EmbeddedSandbox } from './sandbox.ts';

const headers = { 'content-type': 'application/json', 'x-client-id': TEST_CLIENT.id, 'x-client-secret': TEST_CLIENT.secret };
let open: EmbeddedSandbox | undefined;
afterEach(async () => open?.close());

describe("the package's createSandbox (iamsmart-playground/sandbox)", () => {
  it('is a Hono app with the API at /sandbox and QR URLs on the given origin', async () => {
    open = createSandbox({ publicUrl: 'http://127.0.0.1:8961/' });
    expect(open.url).toBe('http://127.0.0.1:8961/sandbox');
    expect((await open.app.request('/healthz')).status).toBe(200);
    const res = await open.fetch(
      new Request('http://x/sandbox/iamsmart/v2/request/auth', {
        method: 'POST',
        headers,
        body: JSON.stringify({ source: 'PC_Browser', redirect: 'http://127.0.0.1:3000/cb' }),
      }),
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { url: string }).url).toMatch(/^http:\/\/127\.0\.0\.1:8961\/sandbox\/sim\/qr\//);
  });

  it('serves node:http through handler, with extra clients and settings', async () => {
    open = createSandbox({
      clients: [{ id: 'partner', secret: 'partner-secret-123', redirects: ['https://partner.example/cb'] }],
      settings: { initsPerMinute: 1 },
    });
    const server = createServer(open.handler);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sandbox/iamsmart/v2/request/auth`;
      const partner = { 'content-type': 'application/json', 'x-client-id': 'partner', 'x-client-secret': 'partner-secret-123' };
      const body = JSON.stringify({ source: 'PC_Browser', redirect: 'https://partner.example/cb' });
      expect((await fetch(url, { method: 'POST', headers: partner, body })).status).toBe(200);
      expect((await fetch(url, { method: 'POST', headers: partner, body })).status).toBe(429);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
