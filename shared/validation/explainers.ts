/**
 * Words for the errors a person makes most, keyed by a schema's `x-explain`. A generic
 * "does not match pattern" tells nobody what to type; these say what was wrong and what is valid.
 */
import { SCOPES } from '../catalogue/values.ts';
import type { JsonSchema } from '../catalogue/json-schema.ts';

type Explainer = (value: string, schema: JsonSchema, name: string) => string | undefined;

function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `'${shown}'`;
}

export const EXPLAINERS: Record<string, Explainer> = {
  enum(value, schema, name) {
    const values = (schema.enum ?? []) as readonly string[];
    const caseMatch = values.find((v) => typeof v === 'string' && v.toLowerCase() === value.toLowerCase());
    const hint = caseMatch ? ` (values are case sensitive: did you mean '${caseMatch}'?)` : '';
    return `${quote(value)} is not a valid ${name}${hint}; valid values are ${values.join(', ')}`;
  },
  scope(value) {
    if (value.includes(',')) return `separate scopes with spaces, not commas (e.g. 'eidapi_auth eidapi_formFilling')`;
    if (value.trim() !== value || value === '')
      return `must be space-separated scopes with no leading or trailing space; valid scopes are ${SCOPES.join(', ')}`;
    const bad = value.split(/\s+/).find((s) => !(SCOPES as readonly string[]).includes(s));
    if (bad) return `${quote(bad)} is not a valid scope; valid scopes are ${SCOPES.join(', ')}`;
    return undefined;
  },
  token(value) {
    const dots = (value.match(/\./g) ?? []).length;
    if (dots !== 2) return `must be a compact JWT with exactly two dots (header.payload.signature); this one has ${dots}`;
    return 'must be a compact JWT: Base64url characters (A-Z a-z 0-9 - _) in three parts separated by dots';
  },
  'hex-sha256'(value) {
    if (/^[A-Fa-f0-9]{64}$/.test(value)) return 'must be lower-case hex: use a-f, not A-F';
    if (/^[A-Za-z0-9+/]{43}=$/.test(value)) return 'must be 64 lower-case hex characters; this looks like Base64';
    return `must be a SHA-256 digest as 64 lower-case hex characters; got ${value.length} characters`;
  },
  'base64-sha256'(value) {
    if (/^[a-f0-9]{64}$/.test(value)) return 'must be Base64 of the 32-byte digest (44 characters); this looks like hex';
    if (/[-_]/.test(value)) return 'must use the standard Base64 alphabet (+ and /), not Base64url (- and _)';
    return `must be the Base64 (padded) of a 32-byte SHA-256 digest: 44 characters ending in '='; got ${value.length} characters`;
  },
};
