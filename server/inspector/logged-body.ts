/**
 * Turns raw body bytes into what the exchange log keeps: parsed JSON when it is JSON, text
 * otherwise, cut at `max` bytes with `truncated` set so the UI can say so.
 */
import { redactValue } from './redact-body.ts';

export interface LoggedBody {
  body?: unknown;
  truncated?: boolean;
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
    return { body: redactValue(JSON.parse(text)) };
  } catch {
    return { body: redactValue(text) };
  }
}
