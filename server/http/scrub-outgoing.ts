/**
 * The last step of every response the playground itself builds (docs/security-model.md §2):
 * header values and JSON, text and HTML bodies pass through the one redaction
 * (server/redaction/secret-registry.ts) on their way out, whatever route built them: the
 * playground API, the callback catcher, the simulated phone's pages, error bodies. The proxy
 * scrubs its upstream answers itself (it also decodes them), the sandbox API answers its own
 * caller, the built assets hold no secret (SEC-1 greps them), and event streams carry records
 * redacted when they were made; those are left alone.
 */
import type { MiddlewareHandler } from 'hono';
import { holdsSecret, scrub } from '../redaction/secret-registry.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by the static site on a file it sends from the build (server/http/static-site.ts). */
    builtAsset: boolean;
  }
}

const LEFT_ALONE = /^\/(proxy|assets)\/|^\/sandbox\/(?!sim\/)/;
const TEXTUAL = /^(application\/(json|problem\+json|xml)|text\/)/i;

export const scrubOutgoing: MiddlewareHandler = async (c, next) => {
  await next();
  if (LEFT_ALONE.test(c.req.path) || c.get('builtAsset')) return;
  const res = c.res;
  for (const [name, value] of [...res.headers]) {
    if (holdsSecret(name)) res.headers.delete(name);
    else if (holdsSecret(value)) res.headers.set(name, scrub(value));
  }
  const type = res.headers.get('content-type') ?? '';
  if (!res.body || !TEXTUAL.test(type) || /^text\/event-stream/i.test(type)) return;
  const text = await res.text();
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  c.res = new Response(holdsSecret(text) ? scrub(text) : text, { status: res.status, headers });
};
