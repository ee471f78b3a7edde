/**
 * A real sandbox on a loopback port for the kit tests, with one client per kit run (so runs in
 * parallel never see each other's transactions) and a record of every result it released: each
 * 200 of Poll Data is decrypted here with jose, so a test can compare what a kit printed with what
 * the sandbox actually returned.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Hono } from 'hono';
import { compactDecrypt } from 'jose';
import { testConfig, type SandboxClient } from '../../server/config.ts';
import { memoryLogger } from '../../server/log.ts';
import { createSandbox, type Sandbox } from '../../server/sandbox/index.ts';
import { deriveJweKey } from '../../shared/crypto/jwe-key.ts';
import { endpoint } from '../../shared/catalogue/index.ts';

export interface KitSandbox {
  /** http://127.0.0.1:<port>/sandbox */
  baseUrl: string;
  /** POST here: answers with the JSON body it received and the `x-note` header, to check a snippet's escaping. */
  echoUrl: string;
  /** The plaintexts of the results released to each client, in order. */
  released(clientId: string): unknown[];
  close(): Promise<void>;
}

/**
 * Answers to give a client before the sandbox does, in order: an initiation first gets `initiate`'s
 * statuses, a poll `poll`'s. A 429 carries `Retry-After: 0`. Proves a kit rides out 429 and 5xx.
 */
export interface Faults {
  initiate: number[];
  poll: number[];
}

export async function startKitSandbox(clients: SandboxClient[], faults = new Map<string, Faults>()): Promise<KitSandbox> {
  const released = new Map<string, unknown[]>();
  // Listen first: the sandbox writes its own origin into QR and callback URLs, so it needs the port.
  const app = new Hono();
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: (req) => app.fetch(req), hostname: '127.0.0.1', port: 0 }, () => resolve(s as Server));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sandbox: Sandbox = createSandbox({ config: testConfig({ clients, publicUrl: origin }), log: memoryLogger() });
  const secrets = new Map(clients.map((c) => [c.id, c.secret]));

  app.use('/sandbox/iamsmart/*', async (c, next) => {
    const planned = faults.get(c.req.header('x-client-id') ?? '');
    const status = (c.req.path.endsWith(endpoint('poll').path) ? planned?.poll : planned?.initiate)?.shift();
    if (status === undefined) return next();
    return c.json({ status, message: `injected by the kit test: ${status}` }, status as 429 | 500 | 503, status === 429 ? { 'retry-after': '0' } : {});
  });
  app.use(`/sandbox${endpoint('poll').path}`, async (c, next) => {
    await next();
    const clientId = c.req.header('x-client-id') ?? '';
    const secret = secrets.get(clientId);
    if (c.res.status !== 200 || secret === undefined) return;
    const { data } = (await c.res.clone().json()) as { data: string };
    const { plaintext } = await compactDecrypt(data, await deriveJweKey(secret));
    released.set(clientId, [...(released.get(clientId) ?? []), JSON.parse(new TextDecoder().decode(plaintext))]);
  });
  app.route('/sandbox', sandbox.app);
  app.post('/echo', async (c) => c.json({ body: await c.req.json<unknown>(), note: c.req.header('x-note') ?? null }));

  return {
    baseUrl: `${origin}/sandbox`,
    echoUrl: `${origin}/echo`,
    released: (id) => released.get(id) ?? [],
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await sandbox.close();
    },
  };
}

/** A client of its own for one run: half of them with a 64-hex secret, half with a text one, so both key derivations run. */
export function runClient(index: number): SandboxClient {
  const hex = Array.from({ length: 32 }, (_, i) => ((index * 31 + i * 7 + 11) % 256).toString(16).padStart(2, '0')).join('');
  return {
    id: `kit-run-${index}`,
    secret: index % 2 === 0 ? hex : `kit run ${index}: a text secret, not 64 hex`,
    redirects: [],
    allowLoopbackRedirects: true,
  };
}
