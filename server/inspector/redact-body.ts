/**
 * Removes secrets from what the inspector stores: header values by name, and every string
 * (keys too) inside bodies by value, through the same registry the logger uses (rule 3).
 */
import { MAX_JSON_DEPTH } from '../../shared/json/parse-bounded-json.ts';
import { redact } from '../log.ts';

export const REDACTED = '[REDACTED]';

/** Headers whose value is always hidden, whatever it is. */
const SECRET_HEADERS = new Set(['x-client-secret', 'x-client-id', 'authorization', 'cookie', 'set-cookie', 'proxy-authorization']);

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k] = SECRET_HEADERS.has(k.toLowerCase()) ? REDACTED : redact(v);
  return out;
}

export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (value === null || typeof value !== 'object') return value;
  // Deeper than we walk: never handed on unredacted (nor to a recursive JSON.stringify).
  if (depth > MAX_JSON_DEPTH) return '[nested too deep to keep]';
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[redact(k)] = redactValue(v, depth + 1);
  return out;
}
