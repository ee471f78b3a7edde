/**
 * A hostile environment configured as a real one (docs/quality-targets.md SEC-1): it echoes the
 * configured secret in every header and encoding, compressed and not. The playground runs on a
 * real socket and is read with fetch, which decodes Content-Encoding as a browser does; the e2e
 * secret detector then scans everything that came back, and the exchange log, HAR, flows and logs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { findSecret, secretForms, type Finding } from '../../e2e/fixtures/secret-detector.ts';
import type { Loopback } from '../testing/loopback-upstream.ts';
import { hostilePaths, startHostileUpstream } from '../testing/hostile-upstream.ts';
import { playground } from '../testing/playground-fixture.ts';

const ENVS = [
  { name: 'hexenv', clientId: 'hostile-hex-client', clientSecret: randomBytes(32).toString('hex') },
  { name: 'textenv', clientId: 'hostile-text-client', clientSecret: 'hostile-env-secret-0123456789-do-not-leak' },
];
const FORMS = ENVS.flatMap((e) => secretForms(e.clientSecret, e.clientId));

let upstream: Loopback;
let fixture: ReturnType<typeof playground>;
let http: ServerType;
let base: string;

beforeAll(async () => {
  upstream = await startHostileUpstream();
  fixture = playground({ environments: ENVS.map((e) => ({ ...e, baseUrl: upstream.url })) });
  http = serve({ fetch: fixture.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((r) => http.once('listening', r));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => http.close(r));
  await fixture.api.close();
  await upstream.close();
});

interface Seen {
  source: string;
  status: number;
  headers: Headers;
  body: string;
}

/** What a browser gets: fetch decodes gzip, deflate and br itself. */
async function browse(url: string, init: RequestInit = {}): Promise<Seen> {
  const res = await fetch(url, { redirect: 'manual', ...init, headers: { 'x-playground': '1', ...init.headers } });
  return { source: url, status: res.status, headers: res.headers, body: await res.text() };
}

function scan(seen: Seen[]): Finding[] {
  return seen.flatMap((s) => [
    ...findSecret(`${s.source} headers`, JSON.stringify([...s.headers]), FORMS),
    ...findSecret(`${s.source} body`, s.body, FORMS),
  ]);
}

const pathsLike = (re: RegExp) => hostilePaths().filter((p) => re.test(p.path) && p.path !== '/deep');

async function throughProxy(re: RegExp): Promise<Seen[]> {
  const out: Seen[] = [];
  for (const env of ENVS) for (const p of pathsLike(re)) out.push(await browse(`${base}/proxy/${env.name}${p.path}`));
  return out;
}

describe('a hostile upstream that echoes the secret everywhere', () => {
  it('plants every form: the detector finds the secret in each of its direct answers (so the scan can fail)', async () => {
    for (const env of ENVS) {
      for (const p of pathsLike(/^\/(headers|body|page)/)) {
        const direct = await browse(`${upstream.url}${p.path}`, {
          headers: { 'x-client-secret': env.clientSecret, 'x-client-id': env.clientId },
        });
        expect(scan([direct]).length, `${env.name} ${p.path}`).toBeGreaterThan(0);
      }
    }
  });

  it('D1: no form of the secret reaches the browser in a response header; leaky values are redacted, a header named after it is dropped', async () => {
    const seen = await throughProxy(/^\/headers$/);
    expect(seen.map((s) => s.status)).toEqual([200, 200]);
    expect(scan(seen)).toEqual([]);
    expect(seen[0].headers.get('www-authenticate')).toBe('Basic realm="[REDACTED]"');
    expect(seen[0].headers.get('x-echo-secret')).toBe('[REDACTED]');
    expect([...seen[0].headers.keys()].filter((k) => k.length > 60)).toEqual([]);
  });

  it('D2: any Content-Encoding (identity, gzip, x-gzip, deflate, br, gzip then br) is decoded within the cap, scrubbed and sent as identity', async () => {
    const seen = await throughProxy(/^\/body\/literal\//);
    expect(seen.length).toBe(2 * 7);
    expect(scan(seen)).toEqual([]);
    for (const s of seen) {
      expect(s.status, s.source).toBe(200);
      expect(s.headers.get('content-encoding'), s.source).toBeNull();
      expect(JSON.parse(s.body), s.source).toEqual({ leak: '[REDACTED]' });
    }
  });

  it('D2: a gzip bomb, corrupt gzip and an unknown encoding get 502, never the raw bytes', async () => {
    for (const env of ENVS) {
      const bomb = await browse(`${base}/proxy/${env.name}/bomb`);
      expect([bomb.status, JSON.parse(bomb.body).error.code]).toEqual([502, 'response_too_large']);
      const corrupt = await browse(`${base}/proxy/${env.name}/corrupt`);
      expect([corrupt.status, JSON.parse(corrupt.body).error.code]).toEqual([502, 'upstream_bad_response']);
      const unknown = await browse(`${base}/proxy/${env.name}/unknown`);
      expect([unknown.status, JSON.parse(unknown.body).error.code]).toEqual([502, 'upstream_bad_response']);
      expect(JSON.parse(unknown.body).error.message).toContain('compress');
      expect(scan([bomb, corrupt, unknown])).toEqual([]);
    }
  });

  it('D3: hex in any case, Base64 / Base64url padded or not of the secret, its bytes and id:secret, and JSON \\u escapes are all scrubbed, compressed or not', async () => {
    const seen = await throughProxy(/^\/(body|page)\//);
    expect(seen.length).toBeGreaterThan(2 * 13 * 7);
    expect(scan(seen)).toEqual([]);
    for (const s of seen.filter((x) => x.source.includes('/body/'))) {
      expect(s.status, s.source).toBe(200);
      expect(JSON.parse(s.body).leak, s.source).toContain('[REDACTED]');
    }
    const page = seen.find((s) => s.source.endsWith('/page/gzip'))!;
    expect(page.status).toBe(302);
    expect(page.body).toContain('<p>[REDACTED]</p>');
  });

  it('keeps every form out of the exchange log, the HAR export, the flows and the server log too', async () => {
    await throughProxy(/^\/(headers|body\/(unicode|basicAuth|inJwt)\/(none|gzip-br))/);
    const seen = [await browse(`${base}/api/exchanges`), await browse(`${base}/api/exchanges.har`), await browse(`${base}/api/flows`)];
    expect(seen.map((s) => s.status)).toEqual([200, 200, 200]);
    expect(seen[0].body).toContain('[REDACTED]');
    expect(scan(seen)).toEqual([]);
    expect(findSecret('log', fixture.log.lines.join('\n'), FORMS)).toEqual([]);
  });
});
