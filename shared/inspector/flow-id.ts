/**
 * Flow ids and the playground's callback (docs/playground-api.md, "Flows"): the SPA picks a flow id,
 * sends `<origin>/callback?flow=<id>` as an initiation's redirect, and the server adopts the id it
 * reads back from there; the callback then lands on the same flow. One rule for writing and reading.
 */
import { BASE64URL_CHAR } from '../tokens/compact-token.ts';

/** Flow ids are base64url characters, at most 64, so they sit in URLs and store keys as they are. */
export const FLOW_ID = new RegExp(`^${BASE64URL_CHAR}{1,64}$`);

/** The playground's own callback catcher, on the playground's origin. */
export const PLAYGROUND_CALLBACK_PATH = '/callback';

export function isFlowId(value: unknown): value is string {
  return typeof value === 'string' && FLOW_ID.test(value);
}

/** A fresh flow id chosen by the SPA: `r` and 18 base-36 characters from 72 random bits. */
export function newFlowId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return `r${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

export function playgroundCallbackUrl(origin: string, flowId: string): string {
  return `${origin}/callback?flow=${encodeURIComponent(flowId)}`;
}

/** True when `url` is the playground's callback on `origin` (with or without a flow id). */
export function isPlaygroundCallback(url: string, origin: string): boolean {
  try {
    const u = new URL(url);
    return u.origin === origin && u.pathname === PLAYGROUND_CALLBACK_PATH;
  } catch {
    return false;
  }
}

/** The flow id the SPA chose, read from an initiation's `redirect` / `redirectURI` (`…/callback?flow=<id>`). */
export function flowIdFromRedirect(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const redirect = typeof b.redirect === 'string' ? b.redirect : typeof b.redirectURI === 'string' ? b.redirectURI : undefined;
  if (!redirect) return undefined;
  try {
    const url = new URL(redirect);
    const id = url.searchParams.get('flow');
    return url.pathname === PLAYGROUND_CALLBACK_PATH && isFlowId(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
