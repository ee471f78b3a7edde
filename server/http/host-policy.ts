/**
 * Which Host and Origin values are this server (docs/security-model.md §4). A
 * page on another site can make a browser send requests to 127.0.0.1; after DNS rebinding its own
 * name resolves here too, but its requests still carry that name as Host. So a request is ours only
 * when its Host is the public URL's host, a loopback name (any port), or a name the operator listed
 * (ALLOWED_HOSTS, for serving under another name: a container name, a LAN host). A request without
 * Host comes from inside the process (the proxy's in-process sandbox calls, tests).
 */
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

export interface HostPolicy {
  publicUrl: string;
  hostAllowed(host: string | undefined): boolean;
  /** True when `origin` is the public origin or http(s)://<host> of an allowed Host. */
  originAllowed(origin: string, host: string | undefined): boolean;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined; // A broken PUBLIC_URL only narrows what is allowed.
  }
}

/** `name` or `name:port`, lower case; a listed name without a port allows every port. */
function listed(allowedHosts: readonly string[]): (host: string) => boolean {
  const exact = new Set(allowedHosts.map((h) => h.trim().toLowerCase()).filter(Boolean));
  return (host) => exact.has(host) || exact.has(host.replace(/:\d{1,5}$/, ''));
}

export function hostPolicy(publicUrl: string, allowedHosts: readonly string[] = []): HostPolicy {
  const pub = parse(publicUrl);
  const publicHost = pub?.host.toLowerCase() ?? '';
  const publicOrigin = pub?.origin.toLowerCase();
  const isListed = listed(allowedHosts);
  const hostAllowed = (host: string | undefined) => {
    if (host === undefined) return true;
    const h = host.toLowerCase();
    return h === publicHost || LOOPBACK_HOST.test(h) || isListed(h);
  };
  return {
    publicUrl,
    hostAllowed,
    originAllowed(origin, host) {
      const o = origin.toLowerCase();
      if (o === publicOrigin) return true;
      if (!host || !hostAllowed(host)) return false;
      const h = host.toLowerCase();
      return o === `http://${h}` || (!LOOPBACK_HOST.test(h) && o === `https://${h}`);
    },
  };
}
