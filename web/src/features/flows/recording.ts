/**
 * Recordings: a flow exported as a JSON file and imported again to view it (read-only). The server
 * has already redacted secrets in exchanges; we redact again by header name in case a file was
 * edited by hand, and refuse anything that is not a recording.
 */
import type { Exchange, Flow, FlowBundle } from './flow-types.ts';
import { isFlowId } from '../../../../shared/inspector/flow-id.ts';

export const RECORDING_KIND = 'iamsmart-playground/flow-recording';
export const RECORDING_VERSION = 1;
const SECRET_HEADERS = /^(x-client-secret|x-client-id|authorization|cookie|set-cookie|proxy-authorization)$/i;
const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface Recording extends FlowBundle {
  kind: typeof RECORDING_KIND;
  version: number;
  exportedAt: string;
  rootFlowId: string;
}

function redactHeaders(h: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) out[k] = SECRET_HEADERS.test(k) ? '[REDACTED]' : v;
  return out;
}

export function sanitiseExchange(e: Exchange): Exchange {
  return {
    ...e,
    request: { ...e.request, headers: redactHeaders(e.request.headers) },
    response: e.response ? { ...e.response, headers: redactHeaders(e.response.headers) } : undefined,
  };
}

export function makeRecording(rootFlowId: string, bundle: FlowBundle, now = new Date()): Recording {
  return {
    kind: RECORDING_KIND,
    version: RECORDING_VERSION,
    exportedAt: now.toISOString(),
    rootFlowId,
    flows: bundle.flows,
    exchanges: bundle.exchanges.map(sanitiseExchange),
  };
}

export type ParsedRecording =
  { ok: true; recording: Recording } | { ok: false; reason: 'too_large' | 'not_json' | 'not_recording' | 'bad_version' };

function looksLikeFlow(f: unknown): f is Flow {
  const o = f as Flow;
  return (
    Boolean(o) &&
    typeof o.id === 'string' &&
    isFlowId(o.id) &&
    typeof o.endpointId === 'string' &&
    Array.isArray(o.exchanges) &&
    Array.isArray(o.callbacks)
  );
}

function looksLikeExchange(e: unknown): e is Exchange {
  const o = e as Exchange;
  return (
    Boolean(o) && typeof o.id === 'string' && typeof o.startedAt === 'string' && Boolean(o.request) && typeof o.request.path === 'string'
  );
}

export function parseRecording(text: string): ParsedRecording {
  if (text.length > MAX_FILE_BYTES) return { ok: false, reason: 'too_large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not_json' };
  }
  const r = data as Recording;
  if (!r || r.kind !== RECORDING_KIND) return { ok: false, reason: 'not_recording' };
  if (r.version !== RECORDING_VERSION) return { ok: false, reason: 'bad_version' };
  if (
    !Array.isArray(r.flows) ||
    !Array.isArray(r.exchanges) ||
    !r.flows.every(looksLikeFlow) ||
    !r.exchanges.every(looksLikeExchange) ||
    !r.flows.some((f) => f.id === r.rootFlowId)
  ) {
    return { ok: false, reason: 'not_recording' };
  }
  return {
    ok: true,
    recording: { ...r, flows: r.flows.map((f) => ({ ...f, children: f.children ?? [] })), exchanges: r.exchanges.map(sanitiseExchange) },
  };
}
