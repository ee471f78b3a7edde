/**
 * One validator for every endpoint, driven by the catalogue's schemas. It runs unchanged in the
 * browser and on the server (no eval, no Node globals), so the editor and the sandbox agree.
 * Errors are `{ path, message }` a person can act on, with the problem's `code` and `params`
 * (problems.ts) so the browser can word the same problem in the UI's language.
 */
import type { JsonSchema } from '../catalogue/json-schema.ts';
import type { EndpointId } from '../catalogue/endpoint.ts';
import { endpoint } from '../catalogue/lookup.ts';
import { EXPLAINERS, shown } from './explainers.ts';
import { EN_PROBLEMS, wordProblem, type JsonType, type Problem } from './problems.ts';

/** A problem at `path`: `message` is its English words; `code` and `params` are there when the shared validator found it. */
export type FieldError = { path: string; message: string } & ({ code?: undefined; params?: undefined } | Problem);

const NONE = {} as Record<string, never>;

/** Stop after this many errors: a 1 MB array of wrong items needs one line, not a million. */
const MAX_ERRORS = 20;

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function typeMatches(expected: NonNullable<JsonSchema['type']>, value: unknown): boolean {
  const actual = typeOf(value);
  if (expected === 'number') return actual === 'number' || actual === 'integer';
  return actual === expected;
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

class Collector {
  readonly errors: FieldError[] = [];
  add(path: string, problem: Problem): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ path, message: wordProblem(EN_PROBLEMS, path, problem), ...problem });
  }
  get full(): boolean {
    return this.errors.length >= MAX_ERRORS;
  }
}

function lastName(path: string): string {
  const m = /([A-Za-z0-9_]+)(?:\[\d+\])?$/.exec(path);
  return m ? m[1] : 'value';
}

function checkString(schema: JsonSchema, value: string, path: string, out: Collector): void {
  if (schema.minLength !== undefined && value.length < schema.minLength) {
    out.add(path, value.length === 0 ? { code: 'empty', params: NONE } : { code: 'too_short', params: { min: schema.minLength } });
    return;
  }
  if (schema.maxLength !== undefined && value.length > schema.maxLength) {
    out.add(path, { code: 'too_long', params: { length: value.length, max: schema.maxLength } });
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    out.add(path, EXPLAINERS.enum(value, schema, lastName(path))!);
    return;
  }
  if (schema.const !== undefined && value !== schema.const) {
    out.add(path, { code: 'not_const', params: { expected: `'${shown(String(schema.const))}'` } });
    return;
  }
  if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
    const explain = schema['x-explain'] ? EXPLAINERS[schema['x-explain']]?.(value, schema, lastName(path)) : undefined;
    const rule = schema.patternErrorMessage;
    out.add(path, explain ?? (rule ? { code: 'rule', params: { text: rule } } : { code: 'no_match', params: { pattern: schema.pattern } }));
  }
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>, path: string, out: Collector): void {
  const props = schema.properties ?? {};
  for (const key of schema.required ?? []) {
    if (!(key in value) || value[key] === undefined) {
      const field = props[key];
      const problem: Problem = field?.enum
        ? { code: 'required_one_of', params: { values: field.enum.map(String) } }
        : field?.description
          ? { code: 'required_described', params: { description: field.description } }
          : { code: 'required', params: NONE };
      out.add(join(path, key), problem);
    }
  }
  for (const [key, child] of Object.entries(value)) {
    if (out.full) return;
    const childSchema = props[key];
    if (childSchema) {
      check(childSchema, child, join(path, key), out);
    } else if (schema.additionalProperties === false) {
      const known = Object.keys(props);
      const near = known.find((k) => k.toLowerCase() === key.toLowerCase());
      out.add(join(path, key), { code: 'unknown_field', params: { known, ...(near ? { suggestion: near } : {}) } });
    } else if (typeof schema.additionalProperties === 'object') {
      check(schema.additionalProperties, child, join(path, key), out);
    }
  }
}

function checkArray(schema: JsonSchema, value: unknown[], path: string, out: Collector): void {
  if (schema.minItems !== undefined && value.length < schema.minItems)
    out.add(path, { code: 'too_few_items', params: { min: schema.minItems } });
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    out.add(path, { code: 'too_many_items', params: { count: value.length, max: schema.maxItems } });
    return;
  }
  if (schema.uniqueItems) {
    const seen = new Set<string>();
    value.forEach((item, i) => {
      // Scalars only: an array or object item is the items check's to report, and stringifying a deeply nested one throws.
      if (item !== null && typeof item === 'object') return;
      const k = JSON.stringify(item);
      if (seen.has(k)) out.add(join(path, i), { code: 'repeated_item', params: { item: shown(k) } });
      seen.add(k);
    });
  }
  if (schema.items) value.forEach((item, i) => !out.full && check(schema.items!, item, join(path, i), out));
}

/** The schema's own message when it has one, else the generic problem. */
function ruleOr(text: string | undefined, code: 'no_form_matches' | 'form_not_allowed' | 'condition_unmet'): Problem {
  return text ? { code: 'rule', params: { text } } : { code, params: NONE };
}

/** True when `value` satisfies `schema`, without recording anything (for anyOf / if). */
function passes(schema: JsonSchema, value: unknown, path: string): boolean {
  const probe = new Collector();
  check(schema, value, path, probe);
  return probe.errors.length === 0;
}

function check(schema: JsonSchema, value: unknown, path: string, out: Collector): void {
  if (schema.type && !typeMatches(schema.type, value)) {
    const got = typeOf(value);
    const number = got === 'integer' || got === 'number' ? { number: value as number } : {};
    out.add(path, { code: 'wrong_type', params: { expected: schema.type, got, ...number } });
    return;
  }
  if (typeof value === 'string') checkString(schema, value, path, out);
  else if (Array.isArray(value)) checkArray(schema, value, path, out);
  else if (value !== null && typeof value === 'object') checkObject(schema, value as Record<string, unknown>, path, out);
  else if (schema.const !== undefined && value !== schema.const)
    out.add(path, { code: 'not_const', params: { expected: JSON.stringify(schema.const) } });

  if (schema.anyOf && !schema.anyOf.some((s) => passes(s, value, path))) {
    out.add(path, ruleOr(schema.errorMessage, 'no_form_matches'));
  }
  if (schema.not && passes(schema.not, value, path)) out.add(path, ruleOr(schema.errorMessage, 'form_not_allowed'));
  for (const sub of schema.allOf ?? []) {
    if (sub.if) {
      if (passes(sub.if, value, path) && sub.then && !passes(sub.then, value, path))
        out.add(path, ruleOr(sub.errorMessage, 'condition_unmet'));
    } else if (sub.anyOf) {
      if (!sub.anyOf.some((s) => passes(s, value, path))) out.add(path, ruleOr(sub.errorMessage, 'no_form_matches'));
    } else {
      check(sub, value, path, out);
    }
  }
}

/** Validates `value` against any catalogue schema. */
export function validateSchema(schema: JsonSchema, value: unknown): FieldError[] {
  const out = new Collector();
  check(schema, value, '', out);
  return out.errors;
}

/** Validates the body (POST) or query (GET) of a request to the endpoint `id`. Empty array = valid. */
export function validate(id: EndpointId, input: unknown): FieldError[] {
  return validateSchema(endpoint(id).request, input);
}
