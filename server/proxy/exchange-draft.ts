/**
 * What the proxy keeps of a call while it answers, and the exchange made from it later, in the
 * recording queue (issue 18): the log copy's redaction (header values by name and by value, body
 * strings by value) and its body parsing and truncation happen there, off the answer's path. The
 * draft holds the headers sent upstream with the environment's credentials until then; it lives
 * only in this process's memory and is never sent, logged or stored as it is.
 */
import type { Exchange } from '../inspector/exchange.ts';
import { loggedBody } from '../inspector/logged-body.ts';
import { redactHeaders } from '../inspector/redact-body.ts';

export interface ExchangeDraft {
  id: string;
  env: string;
  endpointId?: Exchange['endpointId'];
  startedAt: string;
  method: string;
  path: string;
  query?: string;
  /** As sent upstream: credentials included, redacted when the exchange is made. */
  sentHeaders: Record<string, string>;
  sentBody?: Uint8Array;
  /** The answer as the browser got it (already scrubbed), or the reason its body is not shown. */
  answer?: { status: number; headers: Headers; body?: Uint8Array; notShown?: string };
  error?: Exchange['error'];
  timings: Exchange['timings'];
  flowId?: string;
}

function headerRecord(h: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  h.forEach((v, k) => (out[k] = v));
  return out;
}

/** The exchange as the log stores it: nothing secret left in it. */
export function exchangeFromDraft(d: ExchangeDraft, maxLoggedBodyBytes: number): Exchange {
  const exchange: Exchange = {
    id: d.id,
    env: d.env,
    endpointId: d.endpointId,
    startedAt: d.startedAt,
    request: { method: d.method, path: d.path, ...(d.query ? { query: d.query } : {}), headers: redactHeaders(d.sentHeaders) },
    timings: d.timings,
  };
  const sent = loggedBody(d.sentBody, maxLoggedBodyBytes);
  if (sent.body !== undefined) exchange.request.body = sent.body;
  if (sent.truncated) exchange.request.bodyTruncated = true;
  if (sent.note) exchange.request.bodyNote = sent.note;
  if (d.answer) {
    const headers = redactHeaders(headerRecord(d.answer.headers));
    if (d.answer.notShown !== undefined) {
      exchange.response = { status: d.answer.status, headers, body: d.answer.notShown };
    } else {
      const logged = loggedBody(d.answer.body, maxLoggedBodyBytes);
      exchange.response = { status: d.answer.status, headers };
      if (logged.body !== undefined) exchange.response.body = logged.body;
      if (logged.truncated) exchange.response.bodyTruncated = true;
      if (logged.note) exchange.response.bodyNote = logged.note;
    }
  }
  if (d.error) exchange.error = d.error;
  if (d.flowId) exchange.flowId = d.flowId;
  return exchange;
}
