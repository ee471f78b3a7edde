/**
 * The sandbox's control API (docs/sandbox-contract.md §9), reached through the proxy as
 * /proxy/sandbox/_control/...: the simulated phone and the sandbox clock. The proxy adds the
 * client headers; the browser never holds a secret.
 */
import { sendThroughProxy, type ProxyResult } from '../../app/api-client.ts';
import type { ControlAction, ControlTarget } from '../../../../shared/sandbox/control-calls.ts';

/** What the phone (or the clock) does: one of the control API's decisions. */
export type PhoneAction = ControlAction;

/** What the user acts on: the initiation's token or its ticketID. */
export type PhoneTarget = ControlTarget;

export interface Persona {
  id: string;
  label: string;
  hkid?: string;
}

export type ControlResult<T> = { ok: true; value: T; raw: ProxyResult } | { ok: false; status: number; message: string };

/**
 * The server's own words: the field errors' messages (e.g. "persona: this chained operation acts for
 * the persona who logged in (…)") rather than the generic "Bad Request - Invalid input parameters".
 */
export function failure(r: Pick<ProxyResult, 'status' | 'body' | 'text'>): { ok: false; status: number; message: string } {
  const b = r.body as { message?: string; error?: { message?: string }; errors?: { message?: unknown }[] } | undefined;
  const fields = Array.isArray(b?.errors) ? b.errors.map((e) => e?.message).filter((m): m is string => typeof m === 'string') : [];
  return { ok: false, status: r.status, message: fields.join('; ') || b?.error?.message || b?.message || r.text || `HTTP ${r.status}` };
}

async function call(method: 'GET' | 'POST', path: string, body?: unknown, env = 'sandbox'): Promise<ProxyResult> {
  return sendThroughProxy(env, `/_control/${path}`, { method, body });
}

export async function act(action: PhoneAction, target: PhoneTarget, persona?: string, env?: string): Promise<ControlResult<unknown>> {
  const r = await call('POST', action, action === 'approve' && persona ? { ...target, persona } : target, env);
  return r.status >= 200 && r.status < 300 ? { ok: true, value: r.body, raw: r } : failure(r);
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return text(o.UnstructuredName ?? o.ChineseName ?? o.en ?? o.enName);
  }
  return undefined;
}

/** Accepts `[...]` or `{ personas: [...] }`; a persona's names may be plain or in the official shapes. */
export function readPersonas(body: unknown): Persona[] {
  const list = Array.isArray(body) ? body : (body as { personas?: unknown[] } | undefined)?.personas;
  if (!Array.isArray(list)) return [];
  return list.flatMap((p) => {
    if (!p || typeof p !== 'object') return [];
    const o = p as Record<string, unknown>;
    const id = String(o.id ?? '');
    if (!id) return [];
    const names = [text(o.enName ?? o.name), text(o.chName)].filter(Boolean).join(' ');
    const hkid = typeof o.hkid === 'string' ? o.hkid : typeof o.idNo === 'string' ? o.idNo : undefined;
    return [{ id, label: names || id, hkid }];
  });
}

export async function getPersonas(env?: string): Promise<ControlResult<Persona[]>> {
  const r = await call('GET', 'personas', undefined, env);
  return r.status === 200 ? { ok: true, value: readPersonas(r.body), raw: r } : failure(r);
}

/** Reads an instant that may be epoch ms or an ISO string. */
export function readInstant(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const ms = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
    return Number.isFinite(ms) ? ms : undefined;
  }
  return undefined;
}

/** The sandbox clock's "now" from `{ now }` (ms or ISO) or a few likely spellings. */
export function readClock(body: unknown): number | undefined {
  if (typeof body === 'number') return body;
  const o = (body ?? {}) as Record<string, unknown>;
  return readInstant(o.now ?? o.nowMs ?? o.epochMs ?? o.time ?? o.iso);
}

export async function getClock(env?: string): Promise<ControlResult<number>> {
  const r = await call('GET', 'clock', undefined, env);
  const now = readClock(r.body);
  if (r.status !== 200) return failure(r);
  return now === undefined
    ? { ok: false, status: r.status, message: 'The sandbox clock answered without a time' }
    : { ok: true, value: now, raw: r };
}

export async function advanceClock(advanceMs: number, env?: string): Promise<ControlResult<number | undefined>> {
  const r = await call('POST', 'clock', { advanceMs }, env);
  return r.status >= 200 && r.status < 300 ? { ok: true, value: readClock(r.body), raw: r } : failure(r);
}

export type Transaction = Record<string, unknown> & { ticketID?: string; status?: string };

export async function getTransactions(env?: string): Promise<ControlResult<Transaction[]>> {
  const r = await call('GET', 'transactions', undefined, env);
  if (r.status !== 200) return failure(r);
  const list = Array.isArray(r.body) ? r.body : (r.body as { transactions?: unknown[] } | undefined)?.transactions;
  return { ok: true, value: (Array.isArray(list) ? list : []) as Transaction[], raw: r };
}
