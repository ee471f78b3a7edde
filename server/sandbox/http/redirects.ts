/**
 * Redirect registration (docs/sandbox-contract.md §2, docs/quality-targets.md T-S8): exact string match against
 * the client's registered redirects. Clients with allowLoopbackRedirects also accept
 * http://localhost:<port>/… and http://127.0.0.1:<port>/… — checked on the raw string, so that
 * `http://localhost:1@evil.test/`, `http://LOCALHOST:1/` or a fragment never pass.
 */
import type { SandboxClient } from '../../config.ts';

const LOOPBACK = /^http:\/\/(localhost|127\.0\.0\.1):([0-9]{1,5})(\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)?(\?[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$/;

export function isRegisteredRedirect(client: SandboxClient, redirect: string): boolean {
  if (client.redirects.includes(redirect)) return true;
  if (!client.allowLoopbackRedirects) return false;
  const m = LOOPBACK.exec(redirect);
  if (!m) return false;
  const port = Number(m[2]);
  return port >= 1 && port <= 65535;
}
