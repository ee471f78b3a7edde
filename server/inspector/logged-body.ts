/**
 * Turns raw body bytes into what the exchange log keeps: parsed JSON when it is JSON, text
 * otherwise, cut at `max` bytes with `truncated` set so the UI can say so. JSON nested deeper
 * than the redaction walks (the server-wide MAX_JSON_DEPTH) is kept as redacted text with a note,
 * so nothing recursive ever meets it (issue 13 D4).
 */
import { JsonTooDeep, MAX_JSON_DEPTH, parseBoundedJson } from '../../shared/json/parse-bounded-json.ts';
import { redactValue } from './redact-body.ts';

export interface LoggedBody {
  body?: unknown;
  truncated?: boolean;
  note?: string;
}

export function loggedBody(bytes: Uint8Array | undefined, max: number, contentEncoding?: string): LoggedBody {
  if (!bytes || bytes.byteLength === 0) return {};
  if (contentEncoding && contentEncoding !== 'identity') return { body: `[${bytes.byteLength} bytes, ${contentEncoding}-encoded]` };
  if (bytes.byteLength > max) {
    const text = new TextDecoder().decode(bytes.subarray(0, max));
    return { body: redactValue(text), truncated: true };
  }
  const text = new TextDecoder().decode(bytes);
  try {
    return { body: redactValue(parseBoundedJson(text)) };
  } catch (err) {
    if (err instanceof JsonTooDeep) return { body: redactValue(text), note: `nested deeper than ${MAX_JSON_DEPTH} levels; kept as text` };
    return { body: redactValue(text) };
  }
}
