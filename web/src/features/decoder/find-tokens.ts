/**
 * Finds every JWS/JWE inside a request, response or callback so the timeline can offer to open it.
 */
import { decodeCompact } from './decode-compact.ts';

export interface FoundToken {
  /** Where it was found, e.g. `body.data` or `query.code`. */
  path: string;
  token: string;
  kind: 'jws' | 'jwe';
}

export function findTokens(value: unknown, path = '', out: FoundToken[] = [], depth = 0): FoundToken[] {
  if (depth > 20) return out;
  if (typeof value === 'string') {
    // decodeCompact refuses a string of the wrong shape at its dot count or first stray character;
    // surrounding spaces it would forgive are not part of a token found in a body.
    if (value.length > 10 && value.trim() === value) {
      const decoded = decodeCompact(value);
      if (decoded.ok && !out.some((f) => f.token === value)) out.push({ path, token: value, kind: decoded.kind });
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findTokens(v, `${path}[${i}]`, out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) findTokens(v, path ? `${path}.${k}` : k, out, depth + 1);
  }
  return out;
}
