/**
 * Problems for the errors a person makes most, keyed by a schema's `x-explain`. A generic
 * "does not match pattern" tells nobody what to type; these say what was wrong and what is valid
 * (their words, per language: problems.ts and texts/).
 */
import { SCOPES } from '../catalogue/values.ts';
import type { JsonSchema } from '../catalogue/json-schema.ts';
import type { Problem } from './problems.ts';

type Explainer = (value: string, schema: JsonSchema, name: string) => Problem | undefined;

/** At most 40 characters of what was sent: enough to recognise it, never a megabyte echoed back. */
export function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

const NONE = {} as Record<string, never>;

export const EXPLAINERS: Record<string, Explainer> = {
  enum(value, schema, name) {
    const values = (schema.enum ?? []) as readonly string[];
    const suggestion = values.find((v) => typeof v === 'string' && v.toLowerCase() === value.toLowerCase());
    return {
      code: 'not_in_enum',
      params: { value: shown(value), name, values: values.map(String), ...(suggestion ? { suggestion } : {}) },
    };
  },
  scope(value) {
    if (value.includes(',')) return { code: 'scope_commas', params: NONE };
    if (value.trim() !== value || value === '') return { code: 'scope_spacing', params: { scopes: [...SCOPES] } };
    const bad = value.split(/\s+/).find((s) => !(SCOPES as readonly string[]).includes(s));
    if (bad) return { code: 'scope_unknown', params: { value: shown(bad), scopes: [...SCOPES] } };
    return undefined;
  },
  token(value) {
    const dots = (value.match(/\./g) ?? []).length;
    if (dots !== 2) return { code: 'token_dots', params: { dots } };
    return { code: 'token_chars', params: NONE };
  },
  'hex-sha256'(value) {
    if (/^[A-Fa-f0-9]{64}$/.test(value)) return { code: 'hex_upper_case', params: NONE };
    if (/^[A-Za-z0-9+/]{43}=$/.test(value)) return { code: 'hex_looks_base64', params: NONE };
    return { code: 'hex_length', params: { length: value.length } };
  },
  'base64-sha256'(value) {
    if (/^[a-f0-9]{64}$/.test(value)) return { code: 'base64_looks_hex', params: NONE };
    if (/[-_]/.test(value)) return { code: 'base64_url_alphabet', params: NONE };
    return { code: 'base64_length', params: { length: value.length } };
  },
};
