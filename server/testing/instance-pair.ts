/**
 * Two (or more) whole servers in one process sharing one Redis, as behind a load balancer:
 * same Redis, same key prefix, same sandbox token key. Requests go in with app.request(), no
 * sockets. Used by the scale-out tests and bench/redis-flows.ts. Test-only.
 */
import { randomUUID } from 'node:crypto';
import { compactDecrypt } from 'jose';
import { endpoint } from '../../shared/catalogue/index.ts';
import { deriveJweKey } from '../../shared/crypto/jwe-key.ts';
import { createServer, type Server } from '../app.ts';
import { testConfig, TEST_CLIENT, type Config } from '../config.ts';
import { memoryLogger } from '../log.ts';

export const CLIENT_HEADERS = { 'x-client-id': TEST_CLIENT.id, 'x-client-secret': TEST_CLIENT.secret, 'content-type': 'application/json' };

export interface Instance {
  server: Server;
  /** The Redis key prefix the cluster shares (tests delete it afterwards). */
  prefix?: string;
  log: ReturnType<typeof memoryLogger>;
  /** POST to the sandbox under /sandbox, as the test client. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** A config for one instance; instances built from the same `shared` values form one cluster. */
export function clusterConfig(
  shared: { redisUrl?: string; prefix: string; tokenKey: string },
  overrides: Partial<Config['sandbox']> = {},
): Config {
  const base = testConfig();
  return testConfig({
    redisUrl: shared.redisUrl,
    redisPrefix: shared.prefix,
    sandbox: { ...base.sandbox, tokenKey: shared.tokenKey, initsPerMinute: 1_000_000, ...overrides },
  });
}

export function startInstance(config: Config): Instance {
  const log = memoryLogger();
  const server = createServer({ config, log });
  return {
    server,
    log,
    post: async (path, body, headers = {}) =>
      server.app.request(`/sandbox${path}`, { method: 'POST', headers: { ...CLIENT_HEADERS, ...headers }, body: JSON.stringify(body) }),
  };
}

/** `count` instances on one Redis (or each in memory when redisUrl is undefined), relays subscribed. */
export async function startCluster(
  redisUrl: string | undefined,
  count = 2,
  overrides: Partial<Config['sandbox']> = {},
): Promise<Instance[]> {
  const shared = { redisUrl, prefix: `test:${randomUUID()}:`, tokenKey: randomUUID() + randomUUID() };
  const instances = Array.from({ length: count }, () => ({
    ...startInstance(clusterConfig(shared, overrides)),
    prefix: redisUrl ? shared.prefix : undefined,
  }));
  await Promise.all(instances.map((i) => i.server.scale?.ready()));
  return instances;
}

export async function initiate(instance: Instance): Promise<string> {
  const res = await instance.post(endpoint('auth').path, endpoint('auth').example);
  if (res.status !== 200) throw new Error(`initiation answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

export const approve = (instance: Instance, token: string): Promise<Response> => instance.post('/_control/approve', { token });

export const poll = (instance: Instance, token: string): Promise<Response> => instance.post(endpoint('poll').path, { token });

/** Opens the JWE of a 200 poll body with the test client's key. */
export async function openResult(body: { data: string }): Promise<Record<string, unknown>> {
  const { plaintext } = await compactDecrypt(body.data, await deriveJweKey(TEST_CLIENT.secret));
  return JSON.parse(new TextDecoder().decode(plaintext)) as Record<string, unknown>;
}
