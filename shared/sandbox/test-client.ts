/**
 * Per-test sandbox clients (docs/sandbox-contract.md §9, POST /_control/clients): a test asks the
 * sandbox for a client of its own, with its own clock, rate limit, transactions and personas
 * view, so tests running in parallel never see each other. The sandbox never sends the new
 * client's secret: it is derived from the parent client's secret and the new id, so only a caller
 * who already holds the parent's secret can use the client (no secret in any response), and the
 * sandbox keeps nothing secret in its store. Shared by the sandbox and the Playwright fixtures.
 */

/** Every per-test client id starts with this; the sandbox looks such ids up in its store. */
export const TEST_CLIENT_ID_PREFIX = 'test-';

/** What a test may ask for when it creates its client. */
export interface TestClientRequest {
  /** Exact redirect URIs the client registers; the parent's when absent. */
  redirects?: string[];
  /** The personas this client sees (GET /_control/personas); the first is the default for approvals. All when absent. */
  personas?: string[];
  /** Free text shown in listings, e.g. the test's title. */
  label?: string;
}

/** The sandbox's answer to POST /_control/clients (and the shape it keeps). Holds no secret. */
export interface TestClientInfo {
  id: string;
  /** The configured client that created it; its secret derives this client's secret. */
  parent: string;
  redirects: string[];
  allowLoopbackRedirects: boolean;
  personas: string[] | null;
  label: string | null;
  /** Sandbox base time (not the client's own clock) after which the sandbox forgets the client. */
  expiresAt: number;
}

const encoder = new TextEncoder();

/** The per-test client's secret: hex HMAC-SHA256 keyed by the parent's secret over the client id. */
export async function testClientSecret(parentSecret: string, clientId: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(parentSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(`iamsmart-sandbox test client ${clientId}`)));
  return Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
}
