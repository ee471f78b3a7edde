/**
 * Turns raw body bytes into what the exchange log keeps: parsed JSON when it is JSON, text
 * otherwise, cut at `max` bytes with `truncated` set so the UI can say so. JSON nested deeper
 * than the redaction walks (MAX_LOGGED_DEPTH) is kept as redacted text with a note, so nothing
 * recursive ever meets it (issue 13 D4).
 */
import { jsonDepthOver } from './json-depth.ts';
import { MAX_LOGGED_DEPTH, redactValue } from './redact-body.ts';

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
  if (jsonDepthOver(text, MAX_LOGGED_DEPTH)) return { body: redactValue(text), note: `nested deeper than ${MAX_LOGGED_DEPTH} levels; kept as text` };
  try {
    return { body: redactValue(JSON.parse(text)) };
  } catch {
    return { body: redactValue(text) };
  }
}
