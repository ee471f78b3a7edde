/**
 * Talks to a sandbox set (sandbox-set.ts) the way a partner would, through any `send`: straight
 * into the Hono app, or over HTTP through Prism. Test helper for the contract tests: it makes the
 * valid requests every answer driver starts from.
 */
import { decodeJwt } from 'jose';
import { EXAMPLE_TOKEN, type EndpointSpec } from '../../../shared/catalogue/index.ts';
import { TEST_CLIENT, type SandboxClient } from '../../config.ts';
import { PICK_HEADER, type SandboxName } from './sandbox-set.ts';

export interface Call {
  method: 'GET' | 'POST';
  /** Below the sandbox base, e.g. /iamsmart/v2/request/auth or /_control/approve. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  client?: SandboxClient;
  sandbox?: SandboxName;
}

/** Sends a request whose path starts at the server root (/sandbox/...). */
export type Send = (path: string, init: RequestInit) => Promise<Response>;

export const LANDING = '/landing';

export class ContractKit {
  /** Promises, so that drivers running at once share one login instead of racing for the room. */
  private readonly logins = new Map<string, Promise<string>>();

  constructor(
    /** How the driven request goes (straight in, or through Prism). */
    private readonly driven: Send,
    /** How the requests that set it up go (straight in): fewer trips through the proxy. */
    private readonly setupRaw: Send,
    /** Where the callback may send the user: a loopback page, so that nothing ever leaves the machine. */
    readonly redirect: string,
  ) {}

  /** The request under test. */
  send(call: Call): Promise<Response> {
    return this.request(this.driven, call);
  }

  /** A request that prepares one (never checked against the document). */
  setup(call: Call): Promise<Response> {
    return this.request(this.setupRaw, call);
  }

  private request(how: Send, call: Call): Promise<Response> {
    const client = call.client ?? TEST_CLIENT;
    const headers: Record<string, string> = { 'x-client-id': client.id, 'x-client-secret': client.secret, ...call.headers };
    if (call.sandbox && call.sandbox !== 'normal') headers[PICK_HEADER] = call.sandbox;
    let body: string | undefined;
    if (call.body !== undefined) {
      body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
      headers['content-type'] ??= 'application/json';
    }
    return how(`/sandbox${call.path}`, { method: call.method, headers, body, redirect: 'manual' });
  }

  async json(call: Call): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await this.setup(call);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  /** A pending Authentication (its token is not an "authenticated user token" yet). */
  async pendingAuth(
    opts: { sandbox?: SandboxName; client?: SandboxClient; source?: string; scope?: string; headers?: Record<string, string> } = {},
  ): Promise<string> {
    const redirect = opts.client && opts.client !== TEST_CLIENT ? opts.client.redirects[0] : this.redirect;
    const res = await this.json({
      method: 'POST',
      path: '/iamsmart/v2/request/auth',
      sandbox: opts.sandbox,
      client: opts.client,
      headers: opts.headers,
      body: { source: opts.source ?? 'PC_Browser', redirect, ...(opts.scope ? { scope: opts.scope } : {}) },
    });
    if (res.status !== 200) throw new Error(`auth: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token as string;
  }

  async approve(token: string, opts: { sandbox?: SandboxName; client?: SandboxClient; persona?: string } = {}): Promise<void> {
    const res = await this.json({
      method: 'POST',
      path: '/_control/approve',
      sandbox: opts.sandbox,
      client: opts.client,
      body: { token, ...(opts.persona ? { persona: opts.persona } : {}) },
    });
    if (res.status !== 200) throw new Error(`approve: ${res.status} ${JSON.stringify(res.body)}`);
  }

  /** An approved login; one per sandbox and scope is kept, so that `limited` and `full` spend their room on it first. */
  async login(sandbox: SandboxName = 'normal', scope = 'eidapi_auth eidapi_formFilling eidapi_sign', persona?: string): Promise<string> {
    const key = `${sandbox} ${scope} ${persona ?? ''}`;
    let login = this.logins.get(key);
    if (!login) {
      // The `broken` sandbox cannot store anything: its logins come from `normal` (same token key).
      const home = sandbox === 'broken' ? 'normal' : sandbox;
      login = this.pendingAuth({ sandbox: home, scope }).then(async (token) => {
        await this.approve(token, { sandbox: home, persona });
        return token;
      });
      this.logins.set(key, login);
    }
    return login;
  }

  /** The catalogue example of an endpoint, made valid: a fresh approved login where it needs a token. */
  async validBody(spec: EndpointSpec, sandbox: SandboxName = 'normal'): Promise<Record<string, unknown>> {
    const body: Record<string, unknown> = { ...spec.example };
    if ('redirect' in body) body.redirect = this.redirect;
    if (spec.tokenFrom?.approved) body.token = await this.login(sandbox);
    else if (spec.id === 'poll') body.token = await this.pendingAuth({ sandbox: sandbox === 'broken' ? 'normal' : sandbox });
    return body;
  }

  /** The callback URL the control API shows for a finished transaction (what iAM Smart would open). */
  async callbackUrl(token: string, client: SandboxClient = TEST_CLIENT): Promise<string> {
    const { body } = await this.json({ method: 'GET', path: '/_control/transactions', client });
    const list = body.transactions as { id: string; callbackUrl: string | null }[];
    const url = list.find((t) => t.id === decodeJwt(token).sub)?.callbackUrl;
    if (!url) throw new Error('no callback URL yet');
    return url;
  }
}

export const NOT_OUR_TOKEN = EXAMPLE_TOKEN;
