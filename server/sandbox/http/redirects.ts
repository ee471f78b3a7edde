/**
 * Redirect registration (docs/sandbox-contract.md §2, docs/quality-targets.md T-S8): exact string match against
 * the client's registered redirects, or any link of one of its registered app schemes (`your-app://…`;
 * never http or https, which only match exactly). Clients with allowLoopbackRedirects also accept
 * http://localhost:<port>/… and http://127.0.0.1:<port>/… — checked on the raw string, so that
 * `http://localhost:1@evil.test/`, `http://LOCALHOST:1/` or a fragment never pass.
 */
import type { SandboxClient } from '../../config.ts';

const LOOPBACK =
  /^http:\/\/(localhost|127\.0\.0\.1):([0-9]{1,5})(\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)?(\?[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$/;

/** `<scheme>://<rest>`: an RFC 3986 scheme, then printable ASCII but space (no control characters, no Unicode tricks). */
const APP_LINK = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/[!-~]*$/;
/** Schemes an app scheme may never be: the web ones match only exactly, the others run or read things in a browser. */
const REFUSED_SCHEMES = new Set(['http', 'https', 'javascript', 'data', 'file', 'vbscript', 'blob', 'about']);

function isRegisteredAppLink(client: SandboxClient, redirect: string): boolean {
  const m = APP_LINK.exec(redirect);
  if (!m) return false;
  const scheme = m[1].toLowerCase();
  if (REFUSED_SCHEMES.has(scheme)) return false;
  return (client.appSchemes ?? []).some((s) => s.toLowerCase() === scheme);
}

export function isRegisteredRedirect(client: SandboxClient, redirect: string): boolean {
  if (client.redirects.includes(redirect)) return true;
  if (isRegisteredAppLink(client, redirect)) return true;
  if (!client.allowLoopbackRedirects) return false;
  const m = LOOPBACK.exec(redirect);
  if (!m) return false;
  const port = Number(m[2]);
  return port >= 1 && port <= 65535;
}
