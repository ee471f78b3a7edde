/**
 * CSRF and local-server safety for the playground's own routes (docs/quality-targets.md SEC-5, T-P11,
 * T-P12). A web page on another site can make a browser send simple requests to 127.0.0.1; it cannot
 * add a custom header without a CORS preflight, and we never answer preflights with CORS headers.
 * The Host check stops DNS rebinding (server/http/host-policy.ts).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { playgroundErrorResponse } from './playground-error.ts';
import { hostPolicy } from './host-policy.ts';

export interface GuardOptions {
  publicUrl: string;
  /** Extra Host names the server answers to (config.allowedHosts). */
  allowedHosts?: readonly string[];
  /** When true (state-changing requests), the custom header and JSON content type are required. */
  strict: (method: string, path: string) => boolean;
}

/**
 * Over HTTP/1.1 a request body is announced by Content-Length or Transfer-Encoding; node-server
 * still hands a body-less DELETE a stream. An in-process Request (tests) has only its stream.
 */
function hasBody(c: Context): boolean {
  const length = c.req.header('content-length');
  if (length !== undefined) return length !== '0';
  if (c.req.header('transfer-encoding') !== undefined) return true;
  const fromSocket = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
  return !fromSocket && c.req.raw.body !== null;
}

export function requestGuard({ publicUrl, allowedHosts, strict }: GuardOptions): MiddlewareHandler {
  const policy = hostPolicy(publicUrl, allowedHosts);
  return async (c, next) => {
    const host = c.req.header('host');
    if (!policy.hostAllowed(host)) {
      return playgroundErrorResponse(
        c,
        'cross_site',
        `Host "${host!.slice(0, 100)}" is not this playground; open it at ${publicUrl}, or list the name in ALLOWED_HOSTS.`,
      );
    }
    const site = c.req.header('sec-fetch-site');
    if (site === 'cross-site' || site === 'same-site') return playgroundErrorResponse(c, 'cross_site');
    const origin = c.req.header('origin');
    if (origin !== undefined && !policy.originAllowed(origin, host)) {
      return playgroundErrorResponse(c, 'cross_site', `Requests from origin "${origin.slice(0, 100)}" are refused.`);
    }
    if (strict(c.req.method, c.req.path)) {
      if (c.req.header('x-playground') !== '1') {
        return playgroundErrorResponse(c, 'cross_site', 'Send the header x-playground: 1 (the playground UI does).');
      }
      const type = c.req.header('content-type') ?? '';
      if (hasBody(c) && !/^application\/json\s*(;|$)/i.test(type)) {
        return playgroundErrorResponse(c, 'cross_site', 'Send the body as Content-Type: application/json.');
      }
    }
    await next();
  };
}
