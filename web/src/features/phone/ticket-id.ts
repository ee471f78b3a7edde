/**
 * The ticketID inside an initiation's `url`: the sandbox QR page `/sandbox/sim/qr/<ticketID>` or a
 * deep link `hk.gov.iamsmart.testapp://<kind>?ticketID=<ticketID>` (docs/sandbox-contract.md §8).
 */
export function ticketIdFrom(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const query = /[?&]ticketID=([^&#]+)/.exec(url);
  if (query) return decodeURIComponent(query[1]);
  const path = /\/sim\/(?:qr|app)\/([^/?#]+)/.exec(url);
  return path ? decodeURIComponent(path[1]) : undefined;
}

/** The sandbox's own simulated phone page for a ticket. */
export function phonePageUrl(ticketID: string): string {
  return `/sandbox/sim/app/${encodeURIComponent(ticketID)}`;
}

export function isWebUrl(url: unknown): url is string {
  return typeof url === 'string' && /^https?:\/\//.test(url);
}
