/**
 * Which headers cross the proxy. Towards the upstream the credentials are set by the server and
 * never merged with the browser's (docs/quality-targets.md SEC-4, T-P3); towards the browser cookies,
 * hop-by-hop and Connection-listed headers are dropped (SEC-3, T-P4), as hono's proxy helper does.
 */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Browser-side headers that describe the browser's request to us, not the API call. */
const BROWSER_ONLY = new Set([
  'host',
  'cookie',
  'origin',
  'referer',
  'content-length',
  'accept-encoding',
  'x-playground',
  'forwarded',
  'x-real-ip',
  'via',
  'dnt',
  'priority',
]);

function connectionListed(headers: Headers): Set<string> {
  const out = new Set<string>();
  for (const name of (headers.get('connection') ?? '').split(',')) if (name.trim()) out.add(name.trim().toLowerCase());
  return out;
}

export interface Credentials {
  clientId?: string;
  clientSecret?: string;
}

export function upstreamRequestHeaders(incoming: Headers, creds: Credentials, toSandbox: boolean): Record<string, string> {
  const listed = connectionListed(incoming);
  const out: Record<string, string> = {};
  incoming.forEach((value, key) => {
    const k = key.toLowerCase();
    if (HOP_BY_HOP.has(k) || BROWSER_ONLY.has(k) || listed.has(k)) return;
    if (k.startsWith('x-client-') || k.startsWith('x-forwarded-') || k.startsWith('sec-') || k.startsWith('x-playground')) return;
    if (k.startsWith('x-sandbox-') && !toSandbox) return;
    out[k] = value;
  });
  if (creds.clientId) out['x-client-id'] = creds.clientId;
  if (creds.clientSecret) out['x-client-secret'] = creds.clientSecret;
  out.accept ??= 'application/json';
  return out;
}

/** Response headers the browser may see. `location` is moved aside so the browser never follows it. */
export function browserResponseHeaders(upstream: Headers): Record<string, string> {
  const listed = connectionListed(upstream);
  const out: Record<string, string> = {};
  upstream.forEach((value, key) => {
    const k = key.toLowerCase();
    if (HOP_BY_HOP.has(k) || listed.has(k) || k === 'set-cookie' || k === 'set-cookie2' || k === 'content-length') return;
    if (k.startsWith('access-control-') || k === 'strict-transport-security' || k === 'alt-svc') return;
    if (k === 'location') out['x-playground-location'] = value;
    else out[k] = value;
  });
  return out;
}
