/**
 * A hostile environment on 127.0.0.1, for the secret-leak suites (vitest and e2e): it echoes the
 * `x-client-secret` it received in every header and encoding an upstream could use, compressed
 * and not. The encodings are built here with Buffer and zlib, independently of the server's
 * redaction, so a form the redaction forgets shows up as a finding. Test-only.
 *
 *   GET /headers                 200 JSON, the secret in header values and in a header name
 *   GET /body/<form>/<encoding>  200 JSON holding the secret in <form>, sent with <encoding>
 *   GET /page/<encoding>         302 text/html (passed on, not JSON-checked) with every form
 *   GET /bomb                    gzip of 64 MB of zeros (a decompression bomb)
 *   GET /corrupt                 "gzip" that is not gzip
 *   GET /unknown                 Content-Encoding: compress
 *   GET /deep                    JSON nested 20,000 deep with the secret inside
 *   anything else                200 JSON with every form at once, gzip, and every leaky header
 */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startLoopback, type Loopback } from './loopback-upstream.ts';

/** The forms a body can carry the secret in, each built from the raw secret and client id. */
export function leakForms(secret: string, id: string): Record<string, string> {
  const hex = /^(?:[0-9a-fA-F]{2})+$/.test(secret);
  const bytes = hex ? Buffer.from(secret, 'hex') : Buffer.from(secret, 'utf8');
  const basic = Buffer.from(`${id}:${secret}`).toString('base64');
  return {
    literal: secret,
    upper: secret.toUpperCase(),
    hexOfBytes: Buffer.from(secret, 'utf8').toString('hex').toUpperCase(),
    base64: Buffer.from(secret).toString('base64'),
    base64urlUnpadded: Buffer.from(secret).toString('base64url'),
    rawBytesBase64: bytes.toString('base64'),
    rawBytesBase64url: bytes.toString('base64url'),
    basicAuth: `Basic ${basic}`,
    basicUnpaddedUrl: Buffer.from(`${id}:${secret}`).toString('base64url'),
    inJwt: `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ k: secret })).toString('base64url')}.c2ln`,
    percentBase64: encodeURIComponent(Buffer.concat([Buffer.from([0xfb, 0xff]), bytes]).toString('base64')),
  };
}

/** The JSON text `{"leak":"<value>"}` with every character of the value as a `\u` escape. */
function unicodeEscaped(value: string): string {
  return `{"leak":"${[...value].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"}`;
}

/** Path name → Content-Encoding sent ('none': no header). */
export const ENCODINGS: Record<string, string> = {
  none: 'none',
  identity: 'identity',
  gzip: 'gzip',
  'x-gzip': 'x-gzip',
  deflate: 'deflate',
  br: 'br',
  'gzip-br': 'gzip, br',
};

function encode(body: Buffer, encoding: string): Buffer {
  let out = body;
  for (const step of encoding.split(',').map((s) => s.trim())) {
    if (step === 'gzip' || step === 'x-gzip') out = gzipSync(out);
    else if (step === 'deflate') out = deflateSync(out);
    else if (step === 'br') out = brotliCompressSync(out);
  }
  return out;
}

function send(res: ServerResponse, status: number, type: string, body: Buffer, encoding: string, extra: Record<string, string> = {}): void {
  const headers: Record<string, string> = { 'content-type': type, ...extra };
  if (encoding !== 'none') headers['content-encoding'] = encoding;
  res.writeHead(status, headers);
  res.end(encode(body, encoding));
}

let compressedBomb: Buffer | undefined;
/** 64 MB of spaces, gzipped once (~64 KB). */
const bomb = () => (compressedBomb ??= gzipSync(Buffer.alloc(64 << 20, 0x20)));

function leakyHeaders(secret: string, id: string): Record<string, string> {
  const f = leakForms(secret, id);
  return {
    'x-echo-secret': secret,
    'www-authenticate': `Basic realm="${secret}"`,
    'x-upper': f.upper,
    'x-b64': f.base64,
    'x-b64url': f.base64urlUnpadded,
    'x-raw-b64': f.rawBytesBase64,
    'x-basic': f.basicAuth,
    'x-hex-of-bytes': f.hexOfBytes,
    link: `<https://example.test/?k=${f.percentBase64}>; rel="next"`,
    'content-language': f.rawBytesBase64url,
    [`x-${secret.toLowerCase().replace(/[^a-z0-9-]/g, '')}`]: '1',
  };
}

function answer(req: IncomingMessage, res: ServerResponse): void {
  const secret = String(req.headers['x-client-secret'] ?? '');
  const id = String(req.headers['x-client-id'] ?? '');
  const [, kind, form, coding = 'none'] = (req.url ?? '/').split('?')[0].split('/');
  const encoding = ENCODINGS[coding] ?? 'none';
  const forms = leakForms(secret, id);
  if (kind === 'headers') return send(res, 200, 'application/json', Buffer.from('{"ok":true}'), 'none', leakyHeaders(secret, id));
  if (kind === 'body' && form === 'unicode') return send(res, 200, 'application/json', Buffer.from(unicodeEscaped(secret)), encoding);
  if (kind === 'body' && form === 'slashes') {
    const escaped = JSON.stringify({ leak: forms.rawBytesBase64 }).replace(/\//g, '\\/');
    return send(res, 200, 'application/json', Buffer.from(escaped), encoding);
  }
  if (kind === 'body' && form in forms)
    return send(res, 200, 'application/json', Buffer.from(JSON.stringify({ leak: forms[form] })), encoding);
  if (kind === 'page') {
    const html = `<html><body>${Object.values(forms)
      .map((v) => `<p>${v}</p>`)
      .join('')}<p>${[...secret].map((c) => `&#${c.charCodeAt(0)};`).join('')}</p></body></html>`;
    return send(res, 302, 'text/html', Buffer.from(html), ENCODINGS[form ?? 'none'] ?? 'none', {
      location: `https://example.test/next?k=${forms.percentBase64}`,
    });
  }
  if (kind === 'bomb') return send(res, 200, 'application/json', bomb(), 'none', { 'content-encoding': 'gzip' });
  if (kind === 'corrupt')
    return send(res, 200, 'application/json', Buffer.from(`not gzip ${secret}`), 'none', { 'content-encoding': 'gzip' });
  if (kind === 'unknown')
    return send(res, 200, 'application/json', Buffer.from(JSON.stringify({ leak: secret })), 'none', { 'content-encoding': 'compress' });
  if (kind === 'deep')
    return send(res, 200, 'application/json', Buffer.from(`${'['.repeat(20_000)}"${secret}"${']'.repeat(20_000)}`), encoding);
  // Any other path (an API call from the workbench): every form at once, gzip-encoded, every leaky header.
  const all = JSON.stringify({ status: 200, message: 'Success', leaks: forms }).replace(
    /}$/,
    `,"escaped":${unicodeEscaped(secret).slice(8, -1)}}`,
  );
  send(res, 200, 'application/json', Buffer.from(all), 'gzip', leakyHeaders(secret, id));
}

/** The hostile upstream on an ephemeral loopback port (or `port`). */
export function startHostileUpstream(port?: number): Promise<Loopback> {
  return startLoopback(answer, port);
}

/** Every path the suites call, with what a careful proxy answers: 200 scrubbed, 302 scrubbed, or 502. */
export function hostilePaths(): { path: string; expect: number }[] {
  const bodyForms = [...Object.keys(leakForms('00', 'x')), 'unicode', 'slashes'];
  return [
    { path: '/headers', expect: 200 },
    ...bodyForms.flatMap((f) => Object.keys(ENCODINGS).map((e) => ({ path: `/body/${f}/${e}`, expect: 200 }))),
    ...Object.keys(ENCODINGS).map((e) => ({ path: `/page/${e}`, expect: 302 })),
    { path: '/bomb', expect: 502 },
    { path: '/corrupt', expect: 502 },
    { path: '/unknown', expect: 502 },
    { path: '/deep', expect: 502 },
  ];
}
