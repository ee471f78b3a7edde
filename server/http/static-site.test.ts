/**
 * The static site over real HTTP (node-server, as `npm start` runs it), through the whole server
 * so the security headers and the outgoing scrub sit in front: encoding negotiation with Vary,
 * cache headers, Content-Length, ETag / 304, HEAD and Range. The build's variants are made by the
 * build's own step (scripts/precompress-assets.ts). undici's request() does not decode, so the
 * bytes checked are the bytes on the wire.
 */
import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/precompress-assets.ts';
import { createServer } from '../app.ts';
import { testConfig } from '../config.ts';
import { memoryLogger } from '../log.ts';

const site = mkdtempSync(join(tmpdir(), 'static-site-'));
const SCRIPT = `export const greeting = ${JSON.stringify('hello, playground '.repeat(400))};\n`;
const INDEX = `<!doctype html><title>playground</title><script type="module" src="/assets/app-AbC123.js"></script>${'<!-- padding -->'.repeat(40)}`;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
mkdirSync(join(site, 'assets'));
writeFileSync(join(site, 'index.html'), INDEX);
writeFileSync(join(site, 'assets', 'app-AbC123.js'), SCRIPT);
writeFileSync(join(site, 'assets', 'logo-Zz9.png'), PNG);

const server = createServer({ config: testConfig({ staticRoot: site }), log: memoryLogger() });
let http: ServerType;
let base: string;

beforeAll(async () => {
  await precompressDir(site, mkdtempSync(join(tmpdir(), 'static-site-cache-')));
  http = serve({ fetch: server.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((r) => http.once('listening', r));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => http.close(r));
  await server.close();
});

async function get(path: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') {
  const res = await request(`${base}${path}`, { method, headers });
  const body = Buffer.from(await res.body.arrayBuffer());
  const h = (name: string) => {
    const v = res.headers[name];
    return Array.isArray(v) ? v.join(', ') : v;
  };
  return { status: res.statusCode, h, body };
}

const decode = { br: brotliDecompressSync, gzip: gunzipSync, identity: (b: Buffer) => b } as const;

describe('the static site', () => {
  it('sends the Brotli, gzip or plain file by Accept-Encoding and q-values, with Vary and the right length', async () => {
    const cases: [string | undefined, keyof typeof decode][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=1, br;q=0.5', 'gzip'],
      ['*', 'br'],
      ['*;q=0, identity', 'identity'],
      ['deflate', 'identity'],
      [undefined, 'identity'],
    ];
    for (const [accept, expected] of cases) {
      const res = await get('/assets/app-AbC123.js', accept === undefined ? {} : { 'accept-encoding': accept });
      expect(res.status, String(accept)).toBe(200);
      expect(res.h('content-encoding'), String(accept)).toBe(expected === 'identity' ? undefined : expected);
      expect(res.h('vary'), String(accept)).toMatch(/accept-encoding/i);
      expect(res.h('content-type')).toMatch(/^text\/javascript/);
      expect(Number(res.h('content-length')), String(accept)).toBe(res.body.byteLength);
      expect(decode[expected](res.body).toString(), String(accept)).toBe(SCRIPT);
    }
    const br = await get('/assets/app-AbC123.js', { 'accept-encoding': 'br' });
    expect(br.body.byteLength).toBeLessThan(SCRIPT.length / 10);
  });

  it('caches hashed assets for a year as immutable and revalidates index.html and client routes', async () => {
    expect((await get('/assets/app-AbC123.js')).h('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/logo-Zz9.png')).h('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/flows/abc']) {
      const res = await get(path, { 'accept-encoding': 'br' });
      expect(res.h('cache-control'), path).toBe('no-cache');
      expect(res.h('content-security-policy'), path).toContain("frame-ancestors 'none'");
      // Compressed and intact: the outgoing scrub did not read the bytes as text.
      expect(res.h('content-encoding'), path).toBe('br');
      expect(brotliDecompressSync(res.body).toString(), path).toBe(INDEX);
      expect(Number(res.h('content-length')), path).toBe(res.body.byteLength);
    }
  });

  it('sends a file the build left uncompressed as it is, without Vary', async () => {
    const res = await get('/assets/logo-Zz9.png', { 'accept-encoding': 'br, gzip' });
    expect(res.h('content-encoding')).toBeUndefined();
    expect(res.h('vary')).toBeUndefined();
    expect(res.h('content-type')).toBe('image/png');
    expect(res.body.equals(PNG)).toBe(true);
  });

  it('gives each representation its own strong ETag and answers a matching If-None-Match with an empty 304', async () => {
    const br = await get('/assets/app-AbC123.js', { 'accept-encoding': 'br' });
    const plain = await get('/assets/app-AbC123.js');
    const brTag = br.h('etag')!;
    expect(brTag).toMatch(/^"[\w-]{20,}"$/);
    expect(plain.h('etag')).not.toBe(brTag);
    expect((await get('/assets/app-AbC123.js', { 'accept-encoding': 'br' })).h('etag')).toBe(brTag);

    const again = await get('/assets/app-AbC123.js', { 'accept-encoding': 'br', 'if-none-match': `"nope", W/${brTag}` });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
    expect(again.h('etag')).toBe(brTag);
    expect(again.h('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(again.h('vary')).toMatch(/accept-encoding/i);
    // The br ETag does not validate the plain file, and a stale one gets the file again.
    expect((await get('/assets/app-AbC123.js', { 'if-none-match': brTag })).status).toBe(200);
    expect((await get('/', { 'if-none-match': '"stale"' })).status).toBe(200);
    const index = await get('/');
    expect((await get('/flows/abc', { 'if-none-match': index.h('etag')! })).status).toBe(304);
  });

  it('sees a rebuilt index.html at the next request (new ETag, new bytes)', async () => {
    const before = await get('/');
    writeFileSync(join(site, 'index.html'), INDEX.replace('playground', 'rebuilt!!!'));
    try {
      const after = await get('/');
      expect(after.h('etag')).not.toBe(before.h('etag'));
      expect(after.body.toString()).toContain('rebuilt!!!');
      expect((await get('/', { 'if-none-match': before.h('etag')! })).status).toBe(200);
    } finally {
      writeFileSync(join(site, 'index.html'), INDEX);
    }
  });

  it('answers HEAD with the headers a GET would have and no body', async () => {
    for (const accept of ['br', 'gzip', 'identity']) {
      const got = await get('/assets/app-AbC123.js', { 'accept-encoding': accept });
      const head = await get('/assets/app-AbC123.js', { 'accept-encoding': accept }, 'HEAD');
      expect(head.status, accept).toBe(200);
      expect(head.body.byteLength, accept).toBe(0);
      for (const name of ['content-length', 'content-encoding', 'content-type', 'etag', 'cache-control', 'vary'])
        expect(head.h(name), `${accept} ${name}`).toBe(got.h(name));
    }
    const spa = await get('/flows/abc', {}, 'HEAD');
    expect(spa.status).toBe(200);
    expect(Number(spa.h('content-length'))).toBe(Buffer.byteLength(INDEX));
  });

  it('serves one byte range as a 206 of the chosen representation, 416 past the end, the whole file for If-Range with another ETag', async () => {
    const plain = readFileSync(join(site, 'assets', 'app-AbC123.js'));
    const size = plain.byteLength;
    const cases: [string, number, number][] = [
      ['bytes=0-9', 0, 9],
      ['bytes=100-', 100, size - 1],
      ['bytes=-20', size - 20, size - 1],
      [`bytes=10-${size + 500}`, 10, size - 1],
    ];
    for (const [range, start, end] of cases) {
      const res = await get('/assets/app-AbC123.js', { range });
      expect(res.status, range).toBe(206);
      expect(res.h('content-range'), range).toBe(`bytes ${start}-${end}/${size}`);
      expect(Number(res.h('content-length')), range).toBe(end - start + 1);
      expect(res.body.equals(plain.subarray(start, end + 1)), range).toBe(true);
      expect(res.h('accept-ranges')).toBe('bytes');
    }
    const brFile = readFileSync(join(site, 'assets', 'app-AbC123.js.br'));
    const brPart = await get('/assets/app-AbC123.js', { range: 'bytes=0-3', 'accept-encoding': 'br' });
    expect(brPart.status).toBe(206);
    expect(brPart.h('content-encoding')).toBe('br');
    expect(brPart.h('content-range')).toBe(`bytes 0-3/${brFile.byteLength}`);
    expect(brPart.body.equals(brFile.subarray(0, 4))).toBe(true);

    const past = await get('/assets/app-AbC123.js', { range: `bytes=${size}-` });
    expect(past.status).toBe(416);
    expect(past.h('content-range')).toBe(`bytes */${size}`);
    expect(past.body.byteLength).toBe(0);

    const etag = (await get('/assets/app-AbC123.js')).h('etag')!;
    expect((await get('/assets/app-AbC123.js', { range: 'bytes=0-9', 'if-range': etag })).status).toBe(206);
    const changed = await get('/assets/app-AbC123.js', { range: 'bytes=0-9', 'if-range': '"older"' });
    expect(changed.status).toBe(200);
    expect(changed.body.equals(plain)).toBe(true);
    // Several ranges or another unit: the whole file, as the RFC allows.
    for (const range of ['bytes=0-1, 5-6', 'items=0-1', 'bytes=9-2'])
      expect((await get('/assets/app-AbC123.js', { range })).status, range).toBe(200);
  });

  it('answers a missing asset, a directory and a bad escape with a JSON 404, never the SPA', async () => {
    for (const path of ['/assets/missing.js', '/assets/', '/assets/%E0%A4%A']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(JSON.parse(res.body.toString()).error.code, path).toBe('not_found');
    }
  });
});
