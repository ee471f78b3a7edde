/**
 * Client credentials (docs/sandbox-contract.md §2): x-client-id and x-client-secret, compared in constant
 * time. Missing and wrong give the very same 401 body (docs/quality-targets.md T-S9), so a caller cannot
 * tell which client ids exist. Per-test clients (ids `test-…`, made by POST /_control/clients) are
 * looked up in the store; their secret is derived from their parent's (shared/sandbox/test-client.ts).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { SandboxClient } from '../../config.ts';
import { MESSAGES } from '../../../shared/catalogue/index.ts';
import { TEST_CLIENT_ID_PREFIX, testClientSecret } from '../../../shared/sandbox/test-client.ts';
import type { SandboxContext } from '../context.ts';
import { errorResponse } from './api-error.ts';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

const digests = new WeakMap<SandboxClient, Buffer>();

function secretDigest(client: SandboxClient): Buffer {
  let d = digests.get(client);
  if (!d) digests.set(client, (d = digest(client.secret)));
  return d;
}

export function authenticate(headers: Headers, clients: readonly SandboxClient[]): SandboxClient | undefined {
  const id = headers.get('x-client-id') ?? '';
  const secret = headers.get('x-client-secret') ?? '';
  const given = digest(secret);
  let found: SandboxClient | undefined;
  for (const client of clients) {
    // Compare every client's secret so the time taken does not reveal which id matched.
    const ok = timingSafeEqual(given, secretDigest(client));
    if (ok && client.id === id && id !== '') found = client;
  }
  return found;
}

/** A per-test client as a SandboxClient, or undefined; `parent` is the configured client that made it. */
export async function testClient(ctx: SandboxContext, id: string): Promise<(SandboxClient & { parent: SandboxClient }) | undefined> {
  if (!id.startsWith(TEST_CLIENT_ID_PREFIX) || id.length > 100) return undefined;
  const record = await ctx.store.getTestClient(id, ctx.clock.now());
  const parent = record && ctx.clients.find((c) => c.id === record.parentId);
  if (!record || !parent) return undefined;
  return {
    id,
    secret: await testClientSecret(parent.secret, id),
    redirects: record.redirects.length ? record.redirects : parent.redirects,
    allowLoopbackRedirects: parent.allowLoopbackRedirects,
    appSchemes: parent.appSchemes,
    strict: parent.strict,
    personas: record.personas ?? parent.personas,
    parent,
  };
}

/** The configured client or live per-test client these headers name with the right secret. */
export async function authenticateClient(ctx: SandboxContext, headers: Headers): Promise<SandboxClient | undefined> {
  const configured = authenticate(headers, ctx.clients);
  if (configured) return configured;
  const candidate = await testClient(ctx, headers.get('x-client-id') ?? '');
  if (!candidate) return undefined;
  return timingSafeEqual(digest(headers.get('x-client-secret') ?? ''), digest(candidate.secret)) ? candidate : undefined;
}

export function badCredentials(): Response {
  return errorResponse(401, MESSAGES[401], {
    errors: [{ path: 'headers', message: 'x-client-id and x-client-secret must name a registered sandbox client' }],
  });
}
