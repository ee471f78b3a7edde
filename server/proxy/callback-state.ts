/**
 * The `state` a callback should carry. For the sandbox, the transaction's own state, read from
 * its control API in-process with the sandbox client's headers (docs/sandbox-contract.md §9); for real
 * environments there is no such API, so only earlier callbacks of the same flow can disagree.
 */
import { decodeJwt } from 'jose';
import type { Hono } from 'hono';
import type { Flow } from '../inspector/flow.ts';
import type { Target } from './environments.ts';
import { callSandbox } from './upstream.ts';

type Transaction = Record<string, unknown>;

function listOf(body: unknown): Transaction[] {
  if (Array.isArray(body)) return body as Transaction[];
  const t = body && typeof body === 'object' ? (body as { transactions?: unknown }).transactions : undefined;
  return Array.isArray(t) ? (t as Transaction[]) : [];
}

function subjectOf(token: string | undefined): string | undefined {
  if (!token) return undefined;
  try {
    const sub = decodeJwt(token).sub;
    return typeof sub === 'string' ? sub : undefined;
  } catch {
    return undefined;
  }
}

async function sandboxState(host: Hono, sandbox: Target, origin: string, flow: Flow): Promise<string | undefined> {
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (sandbox.clientId) headers['x-client-id'] = sandbox.clientId;
    if (sandbox.clientSecret) headers['x-client-secret'] = sandbox.clientSecret;
    const url = new URL(`${origin}/sandbox/_control/transactions`);
    const res = await callSandbox(host, { env: 'sandbox', url, method: 'GET', headers }, { timeoutMs: 2_000, maxResponseBytes: 8 << 20 });
    if (res.status !== 200) return undefined;
    const sub = subjectOf(flow.token);
    const match = listOf(JSON.parse(new TextDecoder().decode(res.body))).find(
      (t) =>
        (flow.ticketID !== undefined && t.ticketID === flow.ticketID) ||
        (flow.token !== undefined && t.token === flow.token) ||
        (sub !== undefined && (t.id === sub || t.transactionId === sub)),
    );
    return typeof match?.state === 'string' ? match.state : undefined;
  } catch {
    return undefined;
  }
}

/** Constant-time string equality (docs/quality-targets.md SEC-7): the time does not depend on where they differ. */
export function sameString(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** Returns the state the flow expects, when anything tells us. */
export async function expectedState(flow: Flow, sandbox: Target | undefined, host: Hono, origin: string): Promise<string | undefined> {
  if (flow.env === 'sandbox' && sandbox) {
    const s = await sandboxState(host, sandbox, origin, flow);
    if (s !== undefined) return s;
  }
  return flow.callbacks.find((cb) => cb.query.state)?.query.state;
}
