import { describe, expect, it } from 'vitest';
import { createServer } from './app.ts';
import { testConfig } from './config.ts';
import { memoryLogger } from './log.ts';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const site = mkdtempSync(join(tmpdir(), 'site-'));
mkdirSync(join(site, 'assets'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>playground</title>');
writeFileSync(join(site, 'assets', 'app.js'), 'export {}');

function server() {
  return createServer({ config: testConfig({ staticRoot: site }), log: memoryLogger() });
}

describe('createServer', () => {
  it('answers /healthz', async () => {
    const res = await server().app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves the OpenAPI document with all eleven endpoints', async () => {
    const res = await server().app.request('/openapi.json');
    const doc = (await res.json()) as { openapi: string; paths: Record<string, object>; servers: { url: string }[] };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toHaveLength(11);
    expect(doc.servers[0].url).toBe('http://127.0.0.1:8787/sandbox');
  });

  it('refuses encoded traversal on static paths with 404', async () => {
    for (const path of ['/%2e%2e/package.json', '/assets%2F..%2Fserver.env', '//assets/x', '/a%5Cb']) {
      // node-server hands the raw request line over as env.incoming.url
      const res = await server().app.request(path, {}, { incoming: { url: path } });
      expect(res.status, path).toBe(404);
    }
  });

  it('serves the SPA for client routes and 404 for a missing asset', async () => {
    expect(await (await server().app.request('/flows/abc')).text()).toContain('<title>playground</title>');
    expect((await server().app.request('/assets/app.js')).status).toBe(200);
    expect((await server().app.request('/assets/missing.js')).status).toBe(404);
  });

  it('sets the security headers on pages', async () => {
    const res = await server().app.request('/');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers an unknown /api path with a JSON 404, not the SPA, whatever the method', async () => {
    for (const [method, headers] of [
      ['GET', {}],
      ['POST', { 'x-playground': '1', 'content-type': 'application/json' }],
      ['DELETE', { 'x-playground': '1' }],
    ] as const) {
      const res = await server().app.request('/api/no-such-thing', { method, headers, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(res.status, method).toBe(404);
      expect(res.headers.get('content-type'), method).toMatch(/application\/json/);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
    expect(await (await server().app.request('/apiary')).text()).toContain('<title>playground</title>');
  });
});
