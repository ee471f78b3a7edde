/**
 * The sandbox API calls a flow makes (initiate, approve through the control API, poll), over either
 * loopback HTTP (an undici Pool with keep-alive) or in-process `app.request`, so the two can be
 * compared in one run. Bodies are the catalogue's own examples with the token swapped in.
 */
import { Pool } from 'undici';
import type { Hono } from 'hono';
import { endpoint, type InitiationId } from '../shared/catalogue/index.ts';
import { TEST_CLIENT } from '../server/config.ts';
import { assertLoopback } from './loopback-guard.ts';

export interface Answer {
  status: number;
  json: Record<string, unknown>;
}

export type Call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Answer>;

export const CLIENT_HEADERS = { 'x-client-id': TEST_CLIENT.id, 'x-client-secret': TEST_CLIENT.secret, 'content-type': 'application/json' };

export function httpCaller(origin: string, connections: number): { call: Call; close(): Promise<void> } {
  assertLoopback(origin);
  const pool = new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const call: Call = async (method, path, body, headers = CLIENT_HEADERS) => {
    const res = await pool.request({
      method: method as 'POST',
      path,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.body.text();
    return { status: res.statusCode, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  return { call, close: () => pool.close() };
}

export function inProcessCaller(app: Hono): Call {
  return async (method, path, body, headers = CLIENT_HEADERS) => {
    const res = await app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
}

export function initiationBody(id: InitiationId, origin: string, token?: string): Record<string, unknown> {
  const body: Record<string, unknown> = { ...endpoint(id).example };
  if ('redirect' in body) body.redirect = `${origin}/callback`;
  if (id === 'auth') body.scope = 'eidapi_auth eidapi_formFilling eidapi_sign';
  if (token) body.token = token;
  return body;
}

function expect(a: Answer, status: number, what: string): Answer {
  if (a.status !== status) throw new Error(`${what}: expected ${status}, got ${a.status} ${JSON.stringify(a.json).slice(0, 200)}`);
  return a;
}

/** initiate → approve → poll, returning the JWE; throws on any unexpected status. */
export async function completeFlow(call: Call, id: InitiationId, origin: string, authToken?: string): Promise<string> {
  const init = expect(await call('POST', `/sandbox${endpoint(id).path}`, initiationBody(id, origin, authToken)), 200, `${id} init`);
  const token = String(init.json.token);
  expect(await call('POST', '/sandbox/_control/approve', { token }), 200, 'approve');
  const poll = expect(await call('POST', `/sandbox${endpoint('poll').path}`, { token }), 200, 'poll');
  const data = String(poll.json.data);
  if (data.split('.').length !== 5) throw new Error('poll: data is not a compact JWE');
  return token;
}
