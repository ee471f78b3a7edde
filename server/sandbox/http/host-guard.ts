/**
 * The sandbox's own answer to DNS rebinding and cross-site forms (docs/security-model.md §4).
 * Every /sandbox request must name an allowed Host (server/http/host-policy.ts), so a rebound
 * page cannot list, approve, reset or move the clock with the public test secret. The
 * simulated phone's forms also refuse a cross-site POST: by Sec-Fetch-Site where the browser sends
 * it (its pages say Referrer-Policy: no-referrer, so a same-origin form carries `Origin: null`),
 * by Origin where it does not. Partner backends send neither header and are let through.
 */
import type { MiddlewareHandler } from 'hono';
import type { HostPolicy } from '../../http/host-policy.ts';
import { errorResponse } from './api-error.ts';

const FORBIDDEN = 'Forbidden - the request did not come from this sandbox';

function refuse(reason: string): Response {
  return errorResponse(403, FORBIDDEN, { errors: [{ path: '(headers)', message: reason }] });
}

function crossSite(site: string | undefined, origin: string | undefined, host: string | undefined, policy: HostPolicy): boolean {
  if (site !== undefined) return site === 'cross-site' || site === 'same-site';
  return origin !== undefined && !policy.originAllowed(origin, host);
}

export function hostGuard(policy: HostPolicy): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host');
    if (!policy.hostAllowed(host)) {
      return refuse(
        `Host "${host!.slice(0, 100)}" is not this sandbox; reach it at ${policy.publicUrl}/sandbox, or list the name in ALLOWED_HOSTS`,
      );
    }
    if (
      c.req.method === 'POST' &&
      c.req.path.includes('/sim/') &&
      crossSite(c.req.header('sec-fetch-site'), c.req.header('origin'), host, policy)
    ) {
      return refuse('the simulated phone only takes its own forms; open the phone page and press the button there');
    }
    await next();
  };
}
