/**
 * One driver per answer of the table (shared/catalogue/answers.ts): given a target, it sends the
 * request that makes the sandbox give that answer. Keyed by AnswerId, so an answer added to the
 * table without a way to produce it does not compile. Test helper for the contract tests.
 */
import type { AnswerId } from '../../../shared/catalogue/index.ts';
import { OTHER_CLIENT, STRICT_CLIENT } from '../test-harness.ts';
import { type ContractKit, NOT_OUR_TOKEN, type Call } from './contract-kit.ts';
import type { SandboxName } from './sandbox-set.ts';
import { methodOf, pathOf, type Target } from './targets.ts';

type Driver = (kit: ContractKit, target: Target) => Promise<Response>;

export interface DriverSpec {
  run: Driver;
  /** The request breaks the OpenAPI document on purpose (Prism may report a request violation for it). */
  invalidRequest?: true;
}

const API = '/iamsmart/v2';

/** A request the target answers with success, in the given sandbox. */
async function valid(kit: ContractKit, t: Target, sandbox: SandboxName = 'normal'): Promise<Call> {
  const base = { method: methodOf(t), path: pathOf(t), sandbox };
  if (t.kind === 'api') {
    if (t.spec.id === 'callback') return { ...base, path: await finishedCallback(kit) };
    return { ...base, body: await kit.validBody(t.spec, sandbox) };
  }
  if (t.op.method === 'GET') return base;
  // A client of its own, so that the logins and transactions of drivers running meanwhile survive it.
  if (t.op.id === 'control-reset') return { ...base, client: OTHER_CLIENT };
  if (t.op.id === 'control-clock-advance') return { ...base, body: { advanceMs: 0 } };
  if (t.op.id === 'control-clients') return { ...base, body: {} };
  return { ...base, body: { token: await kit.pendingAuth() } };
}

/** The callback path of an approved login, as iAM Smart would open it. */
async function finishedCallback(kit: ContractKit): Promise<string> {
  const token = await kit.pendingAuth();
  await kit.approve(token);
  return new URL(await kit.callbackUrl(token)).href.replace(/^https?:\/\/[^/]+\/sandbox/, '');
}

const send = (kit: ContractKit, call: Call) => kit.send(call);
const withHeaders = async (kit: ContractKit, t: Target, headers: Record<string, string>, sandbox?: SandboxName) => {
  const call = await valid(kit, t, sandbox);
  return send(kit, { ...call, headers: { ...call.headers, ...headers } });
};
const withBody = async (kit: ContractKit, t: Target, patch: Record<string, unknown>) => {
  const call = await valid(kit, t);
  return send(kit, { ...call, body: { ...(call.body as Record<string, unknown>), ...patch } });
};

/** A finished transaction of the given source and scenario, polled once by the caller. */
async function decided(kit: ContractKit, scenario: string, source = 'PC_Browser'): Promise<string> {
  return kit.pendingAuth({ source, headers: { 'x-sandbox-scenario': scenario } });
}

const poll = (kit: ContractKit, body: Record<string, unknown>, client?: typeof STRICT_CLIENT) =>
  send(kit, { method: 'POST', path: `${API}/callback/client`, body, client });

export const DRIVERS: Record<AnswerId, DriverSpec> = {
  'fault-500': { run: (kit, t) => withHeaders(kit, t, { 'x-sandbox-fault': 'status=500' }) },
  'fault-503': { run: (kit, t) => withHeaders(kit, t, { 'x-sandbox-fault': 'status=503' }) },
  'fault-header-invalid': { run: (kit, t) => withHeaders(kit, t, { 'x-sandbox-fault': 'explode' }), invalidRequest: true },
  'store-unavailable': { run: async (kit, t) => send(kit, { ...(await valid(kit, t, 'broken')) }) },
  'credentials-invalid': { run: async (kit, t) => withHeaders(kit, t, { 'x-client-secret': 'not the secret' }), invalidRequest: true },
  'body-unreadable': {
    run: async (kit, t) =>
      send(kit, { method: 'POST', path: pathOf(t), body: '{"token": ', headers: { 'content-type': 'application/json' } }),
    invalidRequest: true,
  },
  'body-too-large': {
    run: async (kit, t) => send(kit, { method: 'POST', path: pathOf(t), body: { padding: 'x'.repeat(1 << 20) } }),
    invalidRequest: true,
  },
  'body-invalid': { run: (kit, t) => send(kit, { method: 'POST', path: pathOf(t), body: { unknownField: true } }), invalidRequest: true },
  'field-ignored-strict': {
    async run(kit, t) {
      if (t.kind === 'api' && t.spec.id === 'poll')
        return poll(kit, { token: await kit.pendingAuth({ client: STRICT_CLIENT }), code: 'a51c8' }, STRICT_CLIENT);
      return send(kit, {
        method: 'POST',
        path: pathOf(t),
        client: STRICT_CLIENT,
        body: { source: 'PC_Browser', redirect: STRICT_CLIENT.redirects[0], androidActivity: 'com.example.Main' },
      });
    },
  },
  'scenario-header-invalid': { run: (kit, t) => withHeaders(kit, t, { 'x-sandbox-scenario': 'dance' }), invalidRequest: true },
  'redirect-unregistered': { run: (kit, t) => withBody(kit, t, { redirect: 'https://unregistered.example.com/cb' }) },
  'rate-limited': {
    async run(kit, t) {
      await kit.login('limited');
      return send(kit, await valid(kit, t, 'limited'));
    },
  },
  'transaction-cap': {
    async run(kit, t) {
      await kit.login('full');
      return send(kit, await valid(kit, t, 'full'));
    },
  },
  initiated: { run: async (kit, t) => send(kit, await valid(kit, t)) },
  'token-invalid': { run: (kit, t) => withBody(kit, t, { token: NOT_OUR_TOKEN }) },
  'token-not-auth': {
    async run(kit, t) {
      const other = await kit.json({
        method: 'POST',
        path: `${API}/request/signing-anonymous`,
        body: { source: 'PC_Browser', redirect: kit.redirect, name: 'n', fileHash: 'a'.repeat(64) },
      });
      return withBody(kit, t, { token: other.body.token });
    },
  },
  'login-not-approved': { run: async (kit, t) => withBody(kit, t, { token: await kit.pendingAuth() }) },
  'scope-not-granted': { run: async (kit, t) => withBody(kit, t, { token: await kit.login('normal', 'eidapi_auth') }) },
  'persona-mismatch': {
    async run(kit, t) {
      const token = await kit.login('normal', 'eidapi_auth eidapi_formFilling eidapi_sign', 'chan-tai-man');
      const call = await valid(kit, t);
      return send(kit, {
        ...call,
        body: { ...(call.body as object), token },
        headers: { 'x-sandbox-scenario': 'approve', 'x-sandbox-persona': 'wong-siu-ling' },
      });
    },
  },
  'poll-pending': { run: async (kit) => poll(kit, { token: await kit.pendingAuth() }) },
  'poll-success': { run: async (kit) => poll(kit, { token: await decided(kit, 'approve') }) },
  'poll-rejected': { run: async (kit) => poll(kit, { token: await decided(kit, 'reject') }) },
  'poll-timed-out': { run: async (kit) => poll(kit, { token: await decided(kit, 'timeout') }) },
  'poll-gone': {
    async run(kit) {
      const token = await decided(kit, 'approve');
      await kit.setup({ method: 'POST', path: `${API}/callback/client`, body: { token } });
      return poll(kit, { token });
    },
  },
  'poll-code-missing': { run: async (kit) => poll(kit, { token: await decided(kit, 'approve', 'android') }) },
  'poll-code-wrong': { run: async (kit) => poll(kit, { token: await decided(kit, 'approve', 'android'), code: 'not-the-code' }) },
  'poll-code-expired': {
    async run(kit) {
      const token = await decided(kit, 'approve', 'iOS');
      const code = new URL(await kit.callbackUrl(token)).searchParams.get('code')!;
      await kit.setup({ method: 'POST', path: '/_control/clock', body: { advanceMs: 121_000 } });
      return poll(kit, { token, code });
    },
  },
  'callback-redirect': { run: async (kit, t) => send(kit, await valid(kit, t)) },
  'callback-invalid': {
    run: (kit) =>
      send(kit, { method: 'GET', path: `${API}/callback/redirect?service=auth&state=${'x'.repeat(36)}&code=${'a'.repeat(32)}` }),
  },
  'control-ok': { run: async (kit, t) => send(kit, await valid(kit, t)) },
  'control-not-found': { run: (kit, t) => send(kit, { method: 'POST', path: pathOf(t), body: { ticketID: 'NoSuchTicket' } }) },
  'control-not-pending': {
    async run(kit, t) {
      const token = await decided(kit, 'cancel');
      return send(kit, { method: 'POST', path: pathOf(t), body: { token } });
    },
  },
};
