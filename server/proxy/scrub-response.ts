/**
 * What the browser gets of an upstream's answer (docs/security-model.md §2): the body
 * decoded from any Content-Encoding within the response cap, parsed with the nesting limit, and
 * scrubbed of every form of every configured secret (a JSON body's parsed strings, so `\u`
 * escapes cannot hide one, then serialised again); header values scrubbed, a header whose name
 * holds a secret dropped. The body goes on as identity. What cannot be decoded or is nested too
 * deep is an UpstreamFault (502 upstream_bad_response / response_too_large), never passed raw.
 */
import { holdsSecret, scrub } from '../redaction/secret-registry.ts';
import { JsonTooDeep, parseBoundedJson } from '../../shared/json/parse-bounded-json.ts';
import { decodeContent } from './decode-content.ts';
import type { UpstreamAnswer } from './upstream.ts';
import { UpstreamFault } from './upstream-fault.ts';

export interface ScrubbedAnswer extends UpstreamAnswer {
  /** The body parsed as JSON: `ok` false when it is not JSON; `value` undefined for an empty body. */
  json: { ok: boolean; value?: unknown };
}

/** Headers the scrubbed body makes wrong: it is decoded, and its length may have changed. */
const RECOMPUTED = new Set(['content-encoding', 'content-length']);

export function scrubHeaders(headers: Headers): Headers {
  const out = new Headers();
  headers.forEach((value, name) => {
    if (RECOMPUTED.has(name) || holdsSecret(name)) return;
    out.append(name, scrub(value));
  });
  return out;
}

function scrubJson(value: unknown): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(scrubJson);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[scrub(k)] = scrubJson(v);
  return out;
}

function parse(text: string, env: string): ScrubbedAnswer['json'] {
  if (text === '') return { ok: true };
  try {
    return { ok: true, value: parseBoundedJson(text) };
  } catch (err) {
    if (err instanceof JsonTooDeep)
      throw new UpstreamFault(
        'upstream_bad_response',
        `Environment "${env}" answered with JSON ${err.message}; the proxy does not pass it on.`,
      );
    return { ok: false };
  }
}

export async function scrubResponse(answer: UpstreamAnswer, env: string, maxBytes: number): Promise<ScrubbedAnswer> {
  const headers = scrubHeaders(answer.headers);
  const decoded = await decodeContent(answer.body, answer.headers.get('content-encoding'), maxBytes, env);
  const text = new TextDecoder().decode(decoded);
  const json = parse(text, env);
  // The common case: no secret in any form, and the bytes go on untouched.
  if (!holdsSecret(text)) return { status: answer.status, headers, body: decoded, json };
  const value = json.ok && json.value !== undefined ? scrubJson(json.value) : undefined;
  const clean = value !== undefined ? scrub(JSON.stringify(value)) : scrub(text);
  return { status: answer.status, headers, body: new TextEncoder().encode(clean), json: value !== undefined ? { ok: true, value } : json };
}
