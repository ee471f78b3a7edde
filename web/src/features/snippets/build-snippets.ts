/**
 * Code for the current request, aimed at the environment's real base URL. Credentials appear only
 * as the placeholders $FILLEASY_CLIENT_ID / $FILLEASY_CLIENT_SECRET: the snippet is built from the
 * request and the base URL alone, and never sees a secret to leak.
 */
export interface SnippetRequest {
  baseUrl: string;
  method: 'GET' | 'POST';
  path: string;
  /** Body (POST) or query (GET). */
  input: Record<string, unknown>;
  extraHeaders: Record<string, string>;
}

export type SnippetKind = 'curl' | 'fetch' | 'node';
export const SNIPPET_KINDS: SnippetKind[] = ['curl', 'fetch', 'node'];

function url(req: SnippetRequest): string {
  const base = req.baseUrl.replace(/\/+$/, '') + req.path;
  if (req.method !== 'GET') return base;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(req.input)) if (v !== undefined && v !== null) query.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  const qs = query.toString();
  return qs ? `${base}?${qs}` : base;
}

/** Quotes for a POSIX shell single-quoted string. */
function sq(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function curl(req: SnippetRequest): string {
  const lines = [`curl -sS -X ${req.method} ${sq(url(req))}`];
  if (req.method === 'POST') lines.push(`  -H 'Content-Type: application/json'`);
  lines.push(`  -H "x-client-id: $FILLEASY_CLIENT_ID"`, `  -H "x-client-secret: $FILLEASY_CLIENT_SECRET"`);
  for (const [k, v] of Object.entries(req.extraHeaders)) lines.push(`  -H ${sq(`${k}: ${v}`)}`);
  if (req.method === 'POST') lines.push(`  --data ${sq(JSON.stringify(req.input))}`);
  return lines.join(' \\\n');
}

function headerLines(req: SnippetRequest, id: string, secret: string, indent: string): string {
  const headers: string[] = [];
  if (req.method === 'POST') headers.push(`'Content-Type': 'application/json'`);
  headers.push(`'x-client-id': ${id}`, `'x-client-secret': ${secret}`);
  for (const [k, v] of Object.entries(req.extraHeaders)) headers.push(`${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return headers.map((h) => `${indent}${h},`).join('\n');
}

function jsCall(req: SnippetRequest, id: string, secret: string): string {
  const body = req.method === 'POST' ? `\n  body: JSON.stringify(${JSON.stringify(req.input, null, 2).replace(/\n/g, '\n  ')}),` : '';
  return (
    `const res = await fetch(${JSON.stringify(url(req))}, {\n  method: '${req.method}',\n  headers: {\n${headerLines(req, id, secret, '    ')}\n  },${body}\n` +
    (req.method === 'GET' ? `  redirect: 'manual',\n` : '') +
    `});\nconsole.log(res.status, await res.text());`
  );
}

export function buildSnippet(kind: SnippetKind, req: SnippetRequest): string {
  if (kind === 'curl') return curl(req);
  if (kind === 'fetch') {
    return (
      `// Run this on your server: the client secret must never reach a browser.\n` +
      `// Replace $FILLEASY_CLIENT_ID and $FILLEASY_CLIENT_SECRET with your credentials.\n` +
      jsCall(req, `'$FILLEASY_CLIENT_ID'`, `'$FILLEASY_CLIENT_SECRET'`)
    );
  }
  return (
    `// Node 20+ (global fetch, ES module). Reads $FILLEASY_CLIENT_ID and $FILLEASY_CLIENT_SECRET\n` +
    `// from the environment: FILLEASY_CLIENT_ID=... FILLEASY_CLIENT_SECRET=... node request.mjs\n` +
    jsCall(req, 'process.env.FILLEASY_CLIENT_ID', 'process.env.FILLEASY_CLIENT_SECRET')
  );
}
