/** Flows: one initiation and everything that follows from it (docs/playground-api.md, "Flows"). */
export type { CallbackProblem, CallbackRecord, Flow, FlowStatus } from '../../shared/inspector/records.ts';

export const FLOW_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The flow id the SPA chose, read from an initiation's `redirect` / `redirectURI` (`…/callback?flow=<id>`). */
export function flowIdFromRedirect(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const redirect = typeof b.redirect === 'string' ? b.redirect : typeof b.redirectURI === 'string' ? b.redirectURI : undefined;
  if (!redirect) return undefined;
  try {
    const url = new URL(redirect);
    const id = url.searchParams.get('flow');
    return url.pathname === '/callback' && id && FLOW_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The ticket id in an initiation's `url`: the QR page `/sim/qr/<id>` or a deep link `?ticketID=<id>`. */
export function ticketFromInitiation(body: unknown): string | undefined {
  const url = body && typeof body === 'object' ? (body as { url?: unknown }).url : undefined;
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    const id = u.searchParams.get('ticketID') ?? /\/sim\/(?:qr|app)\/([^/?#]+)/.exec(u.pathname)?.[1];
    return id && id.length <= 128 ? decodeURIComponent(id) : undefined;
  } catch {
    return undefined;
  }
}
