/**
 * The whole server built in-process for the quality suites: the real sandbox, proxy, inspector and
 * decoder, with the sandbox's per-client rate limit lifted (the fuzzers initiate thousands of
 * transactions in seconds) and every request bounded by a deadline so a hang fails the test.
 */
import { createServer } from '../app.ts';
import { TEST_CLIENT, testConfig, type Config } from '../config.ts';
import { memoryLogger } from '../log.ts';
import { SCOPES } from '../../shared/catalogue/index.ts';

export const CLIENT = { 'x-client-id': TEST_CLIENT.id, 'x-client-secret': TEST_CLIENT.secret, 'content-type': 'application/json' };
export const PLAYGROUND = { 'x-playground': '1', 'content-type': 'application/json' };
export const ORIGIN = 'http://127.0.0.1:8787';

export function qualityServer(overrides: Partial<Config> = {}) {
  const base = testConfig();
  const config = testConfig({
    ...overrides,
    sandbox: { ...base.sandbox, initsPerMinute: 1_000_000, maxLiveTransactions: 1_000_000, ...overrides.sandbox },
  });
  const log = memoryLogger();
  const server = createServer({ config, log });
  const request = async (path: string, init: RequestInit = {}, deadlineMs = 5000): Promise<Response> => {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>(
      (_, reject) =>
        (timer = setTimeout(
          () => reject(new Error(`no answer from ${init.method ?? 'GET'} ${path.slice(0, 80)} within ${deadlineMs} ms`)),
          deadlineMs,
        )),
    );
    try {
      return await Promise.race([Promise.resolve(server.app.request(path, init)), hang]);
    } finally {
      clearTimeout(timer);
    }
  };
  const post = (path: string, body: unknown, headers: Record<string, string> = CLIENT) =>
    request(path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { server, app: server.app, config, log, request, post };
}

export type QualityServer = ReturnType<typeof qualityServer>;

/** An approved login whose token carries every chainable scope. */
export async function approvedLogin(q: QualityServer, persona?: string): Promise<string> {
  const headers = { ...CLIENT, 'x-sandbox-scenario': 'approve', ...(persona ? { 'x-sandbox-persona': persona } : {}) };
  const init = await q.post(
    '/sandbox/iamsmart/v2/request/auth',
    { source: 'PC_Browser', redirect: `${ORIGIN}/callback`, scope: SCOPES.join(' ') },
    headers,
  );
  if (init.status !== 200) throw new Error(`login init ${init.status}: ${await init.text()}`);
  const { token } = (await init.json()) as { token: string };
  const poll = await q.post('/sandbox/iamsmart/v2/callback/client', { token });
  if (poll.status !== 200) throw new Error(`login poll ${poll.status}: ${await poll.text()}`);
  return token;
}
