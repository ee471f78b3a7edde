/** Builds a sandbox for tests and speaks to it through app.request() (no sockets). Test-only. */
import { testConfig, TEST_CLIENT, type SandboxClient, type SandboxSettings } from '../config.ts';
import { memoryLogger } from '../log.ts';
import { MovableClock } from '../sandbox/clock.ts';
import { createSandbox, type Sandbox } from '../sandbox/index.ts';

export const OTHER_CLIENT: SandboxClient = {
  id: 'other-client',
  secret: 'a not-hex secret for the second test client',
  redirects: ['https://other.example.com/cb'],
};

/** A client that asked for strictness: the sandbox's warnings are 400s for it. */
export const STRICT_CLIENT: SandboxClient = {
  id: 'strict-client',
  secret: 'a strict test client that wants 400s for ignored fields',
  redirects: ['https://strict.example.com/cb'],
  strict: true,
};

export const REDIRECT = 'https://www.yourwebsite.com/callback';
export const API = '/iamsmart/v2';

export interface Harness {
  sandbox: Sandbox;
  log: ReturnType<typeof memoryLogger>;
  post(path: string, body: unknown, headers?: Record<string, string>, client?: SandboxClient): Promise<Response>;
  get(path: string, client?: SandboxClient): Promise<Response>;
  /** POST to an API endpoint and parse the JSON answer. */
  call(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
    client?: SandboxClient,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Logs in (auth + approve by control API) and returns the approved auth token. */
  login(scope?: string, persona?: string, client?: SandboxClient): Promise<string>;
}

export function credentials(client: SandboxClient = TEST_CLIENT): Record<string, string> {
  return { 'x-client-id': client.id, 'x-client-secret': client.secret };
}

export function harness(settings: Partial<SandboxSettings> = {}): Harness {
  const config = testConfig({ clients: [TEST_CLIENT, OTHER_CLIENT, STRICT_CLIENT] });
  config.sandbox = { ...config.sandbox, ...settings };
  const log = memoryLogger();
  const sandbox = createSandbox({ config, log, clock: new MovableClock(() => 1_780_000_000_000) });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}, client: SandboxClient = TEST_CLIENT) =>
    Promise.resolve(
      sandbox.app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...credentials(client), ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  const get = (path: string, client: SandboxClient = TEST_CLIENT) =>
    Promise.resolve(sandbox.app.request(path, { headers: credentials(client) }));
  const call: Harness['call'] = async (path, body, headers, client) => {
    const res = await post(path, body, headers, client);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return {
    sandbox,
    log,
    post,
    get,
    call,
    async login(scope = 'eidapi_auth eidapi_formFilling eidapi_sign', persona, client = TEST_CLIENT) {
      const redirect = client.redirects[0];
      const init = await call(`${API}/request/auth`, { source: 'PC_Browser', redirect, scope }, {}, client);
      if (init.status !== 200) throw new Error(`login failed: ${JSON.stringify(init.body)}`);
      const token = init.body.token as string;
      const ok = await call('/_control/approve', { token, ...(persona ? { persona } : {}) }, {}, client);
      if (ok.status !== 200) throw new Error(`approve failed: ${JSON.stringify(ok.body)}`);
      return token;
    },
  };
}
