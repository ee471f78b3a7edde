import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { playground } from '../testing/playground-fixture.ts';

// TRACE and CONNECT cannot be built as a fetch Request, so this speaks raw HTTP over loopback.
let server: ServerType;
let port: number;
const fixture = playground();

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: fixture.app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await fixture.api.close();
});

function raw(line: string): Promise<string> {
  return new Promise((resolve) => {
    const sock = connect(port, '127.0.0.1', () =>
      sock.write(`${line}\r\nHost: 127.0.0.1:${port}\r\nx-playground: 1\r\nConnection: close\r\n\r\n`),
    );
    let data = '';
    sock.on('data', (b) => (data += b));
    sock.on('close', () => resolve(data));
    sock.on('error', () => resolve(data));
  });
}

describe('proxy methods over a real socket', () => {
  it('answers 405 to TRACE and PROPFIND (T-P10)', async () => {
    for (const m of ['TRACE', 'PROPFIND']) {
      const out = await raw(`${m} /proxy/sandbox/echo/x HTTP/1.1`);
      expect(out, m).toMatch(/^HTTP\/1\.1 405 /);
      expect(out).toContain('method_not_allowed');
    }
  });

  it('never answers CONNECT with a tunnel', async () => {
    const out = await raw('CONNECT 127.0.0.1:1 HTTP/1.1');
    expect(out).not.toMatch(/^HTTP\/1\.1 2\d\d/);
  });
});
