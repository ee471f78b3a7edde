/**
 * Client credentials (docs/sandbox-contract.md §2): x-client-id and x-client-secret, compared in constant
 * time. Missing and wrong give the very same 401 body (docs/quality-targets.md T-S9), so a caller cannot
 * tell which client ids exist.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { SandboxClient } from '../../config.ts';
import { MESSAGES } from '../../../shared/catalogue/index.ts';
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

export function badCredentials(): Response {
  return errorResponse(401, MESSAGES[401], { errors: [{ path: 'headers', message: 'x-client-id and x-client-secret must name a registered sandbox client' }] });
}
