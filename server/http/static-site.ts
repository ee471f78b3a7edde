import { Hono, type Context } from 'hono';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pickEncoding } from './accept-encoding.ts';
import { byteRange } from './byte-range.ts';
import { StaticFiles, type Representation, type StaticAsset } from './static-files.ts';

/**
 * Serves the built SPA from `root`, with index.html for any other GET (client-side routes).
 * Paths with encoded dots or slashes, backslashes or double slashes are refused before the file
 * system is touched (docs/quality-targets.md T-P13).
 *
 * Each file goes out in the representation the request accepts best (the build's Brotli or gzip
 * sibling, else the file), with `Vary: Accept-Encoding`, its length, a strong ETag (304 on a
 * matching If-None-Match) and `Accept-Ranges`; a single byte range of that representation is a
 * 206 (416 past its end; If-Range with another ETag gets the whole). Hashed files under /assets/
 * are cached for a year as immutable; index.html and the rest are revalidated (`no-cache`), so
 * a new build is picked up at the next load.
 */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const NOT_FOUND = { error: { code: 'not_found', message: 'Not found.' } };

function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

function fileBody(rep: Representation, range?: { start: number; end: number }): BodyInit {
  return Readable.toWeb(createReadStream(rep.file, range)) as unknown as BodyInit;
}

function send(c: Context, asset: StaticAsset, cacheControl: string): Response {
  const encoding = pickEncoding(c.req.header('accept-encoding'), new Set(asset.encoded.keys()));
  const rep = encoding === 'identity' ? asset.identity : asset.encoded.get(encoding)!;
  const headers = new Headers({
    'Content-Type': asset.contentType,
    ETag: rep.etag,
    'Cache-Control': cacheControl,
    'Accept-Ranges': 'bytes',
  });
  if (asset.encoded.size) headers.set('Vary', 'Accept-Encoding');
  // A built file holds no secret (SEC-1 checks the build): the outgoing scrub leaves it alone.
  c.set('builtAsset', true);

  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch !== undefined && matches(ifNoneMatch, rep.etag)) return new Response(null, { status: 304, headers });
  const ifRange = c.req.header('if-range');
  const range = ifRange === undefined || ifRange === rep.etag ? byteRange(c.req.header('range'), rep.size) : undefined;
  const head = c.req.method === 'HEAD';
  // Only on answers that carry (or, for HEAD, describe) the encoded bytes; a 304 or 416 has none.
  if (encoding !== 'identity' && range !== 'unsatisfiable') headers.set('Content-Encoding', encoding);
  if (range === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${rep.size}`);
    return new Response(null, { status: 416, headers });
  }
  if (range) {
    headers.set('Content-Range', `bytes ${range.start}-${range.end}/${rep.size}`);
    headers.set('Content-Length', String(range.end - range.start + 1));
    return new Response(head ? null : fileBody(rep, range), { status: 206, headers });
  }
  headers.set('Content-Length', String(rep.size));
  return new Response(head ? null : fileBody(rep), { status: 200, headers });
}

/** The request's path decoded once, or undefined when it cannot be (a bad escape is a 404, not a 500). */
function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
}

export function staticSite(root: string): Hono {
  const app = new Hono();
  const built = existsSync(join(root, 'index.html'));
  app.use('*', async (c, next) => {
    // The URL parser resolves %2e%2e before we see it; node-server keeps the raw request line.
    const incoming = (c.env as { incoming?: { url?: string } } | undefined)?.incoming;
    const raw = incoming?.url ?? new URL(c.req.url).pathname;
    if (/%2e|%2f|%5c|\\|\/\//i.test(raw) || raw.includes('..')) return c.json(NOT_FOUND, 404);
    await next();
  });
  if (!built) {
    app.get('*', (c) => c.text('The playground is not built yet. Run `npm start` (it builds first) or `npm run build`.', 503));
    return app;
  }
  const files = new StaticFiles(root);
  app.get('*', async (c) => {
    const path = decodedPath(c.req.url);
    const asset = path === undefined || path === '/' ? undefined : await files.find(path);
    if (asset) return send(c, asset, path!.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
    // A missing asset is a 404, not the SPA: a wrong script URL must fail loudly.
    if (path === undefined || path.startsWith('/assets/')) return c.json(NOT_FOUND, 404);
    const index = await files.find('/index.html');
    return index ? send(c, index, 'no-cache') : c.json(NOT_FOUND, 404);
  });
  return app;
}
