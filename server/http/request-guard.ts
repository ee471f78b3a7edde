/**
 * CSRF and local-server safety for the playground's own routes (docs/quality-targets.md SEC-5, T-P11,
 * T-P12). A web page on another site can make a browser send simple requests to 127.0.0.1; it cannot
 * add a custom header without a CORS preflight, and we never answer preflights with CORS headers.
 * The Host check stops DNS rebinding: a rebound name arrives with its own Host, not ours.
 */
import type { MiddlewareHandler } from 'hono';
import { playgroundErrorResponse } from './playground-error.ts';

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

export interface GuardOptions {
  publicUrl: string;
  /** When true (state-changing requests), the custom header and JSON content type are required. */
  strict: (method: string, path: string) => boolean;
}

function allowedOrigins(publicUrl: string, host: string | undefined): Set<string> {
  const out = new Set<string>();
  try {
    out.add(new URL(publicUrl).origin);
  } catch {
    // A broken PUBLIC_URL only narrows what is allowed.
  }
  if (host && LOOPBACK_HOST.test(host)) out.add(`http://${host.toLowerCase()}`);
  return out;
}

export function requestGuard({ publicUrl, strict }: GuardOptions): MiddlewareHandler {
  const publicHost = (() => {
    try {
      return new URL(publicUrl).host.toLowerCase();
    } catch {
      return '';
    }
  })();
  return async (c, next) => {
    const host = c.req.header('host')?.toLowerCase();
    if (host && host !== publicHost && !LOOPBACK_HOST.test(host)) {
      return playgroundErrorResponse(c, 'cross_site', `Host "${host.slice(0, 100)}" is not this playground; open it at ${publicUrl}.`);
    }
    const site = c.req.header('sec-fetch-site');
    if (site === 'cross-site' || site === 'same-site') return playgroundErrorResponse(c, 'cross_site');
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowedOrigins(publicUrl, host).has(origin.toLowerCase())) {
      return playgroundErrorResponse(c, 'cross_site', `Requests from origin "${origin.slice(0, 100)}" are refused.`);
    }
    if (strict(c.req.method, c.req.path)) {
      if (c.req.header('x-playground') !== '1') {
        return playgroundErrorResponse(c, 'cross_site', 'Send the header x-playground: 1 (the playground UI does).');
      }
      const length = c.req.header('content-length');
      const hasBody = length !== undefined ? length !== '0' : c.req.raw.body !== null;
      const type = c.req.header('content-type') ?? '';
      if (hasBody && !/^application\/json\s*(;|$)/i.test(type)) {
        return playgroundErrorResponse(c, 'cross_site', 'Send the body as Content-Type: application/json.');
      }
    }
    await next();
  };
}
