/**
 * One validator for every endpoint, driven by the catalogue's schemas. It runs unchanged in the
 * browser and on the server (no eval, no Node globals), so the editor and the sandbox agree.
 * Errors are `{ path, message }` a person can act on.
 */
import type { JsonSchema } from '../catalogue/json-schema.ts';
import type { EndpointId } from '../catalogue/endpoint.ts';
import { endpoint } from '../catalogue/lookup.ts';
import { EXPLAINERS } from './explainers.ts';

export interface FieldError {
  path: string;
  message: string;
}

/** Stop after this many errors: a 1 MB array of wrong items needs one line, not a million. */
const MAX_ERRORS = 20;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
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

function label(path: string): string {
  return path || '(body)';
}

function describe(value: unknown): string {
  const t = typeOf(value);
  if (t === 'string') return `a string`;
  if (t === 'integer' || t === 'number') return `the number ${String(value)}`;
  return t === 'null' ? 'null' : `${t === 'array' ? 'an' : 'a'} ${t}`;
}

class Collector {
  readonly errors: FieldError[] = [];
  add(path: string, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ path, message: `${label(path)}: ${message}` });
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
    out.add(path, value.length === 0 ? 'must not be empty' : `must be at least ${schema.minLength} characters`);
    return;
  }
  if (schema.maxLength !== undefined && value.length > schema.maxLength) {
    out.add(path, `is ${value.length} characters long; at most ${schema.maxLength} are allowed`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    out.add(path, EXPLAINERS.enum(value, schema, lastName(path)) ?? 'is not an allowed value');
    return;
  }
  if (schema.const !== undefined && value !== schema.const) {
    out.add(path, `must be '${String(schema.const)}'`);
    return;
  }
  if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
    const explain = schema['x-explain'] ? EXPLAINERS[schema['x-explain']]?.(value, schema, lastName(path)) : undefined;
    out.add(path, explain ?? schema.patternErrorMessage ?? `does not match ${schema.pattern}`);
  }
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>, path: string, out: Collector): void {
  const props = schema.properties ?? {};
  for (const key of schema.required ?? []) {
    if (!(key in value) || value[key] === undefined) {
      const field = props[key];
      const hint = field?.enum
        ? `; valid values are ${field.enum.join(', ')}`
        : field?.description
          ? ` (${firstSentence(field.description)})`
          : '';
      out.add(join(path, key), `is required${hint}`);
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
      const hint = near ? `did you mean '${near}'? ` : '';
      out.add(join(path, key), `is not a known field; ${hint}known fields are ${known.join(', ')}`);
    } else if (typeof schema.additionalProperties === 'object') {
      check(schema.additionalProperties, child, join(path, key), out);
    }
  }
}

function firstSentence(text: string): string {
  const end = text.indexOf('. ');
  return (end === -1 ? text : text.slice(0, end)).replace(/\.$/, '');
}

function checkArray(schema: JsonSchema, value: unknown[], path: string, out: Collector): void {
  if (schema.minItems !== undefined && value.length < schema.minItems) out.add(path, `must have at least ${schema.minItems} item(s)`);
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    out.add(path, `has ${value.length} items; at most ${schema.maxItems} are allowed`);
    return;
  }
  if (schema.uniqueItems) {
    const seen = new Set<string>();
    value.forEach((item, i) => {
      // Scalars only: an array or object item is the items check's to report, and stringifying a deeply nested one throws.
      if (item !== null && typeof item === 'object') return;
      const k = JSON.stringify(item);
      if (seen.has(k)) out.add(join(path, i), `repeats ${k}; each item may appear once`);
      seen.add(k);
    });
  }
  if (schema.items) value.forEach((item, i) => !out.full && check(schema.items!, item, join(path, i), out));
}

/** True when `value` satisfies `schema`, without recording anything (for anyOf / if). */
function passes(schema: JsonSchema, value: unknown, path: string): boolean {
  const probe = new Collector();
  check(schema, value, path, probe);
  return probe.errors.length === 0;
}

function check(schema: JsonSchema, value: unknown, path: string, out: Collector): void {
  if (schema.type && !typeMatches(schema.type, value)) {
    const expected =
      schema.type === 'array' || schema.type === 'object' || schema.type === 'integer'
        ? `${schema.type === 'integer' ? 'an' : 'an'} ${schema.type}`
        : `a ${schema.type}`;
    out.add(path, `must be ${expected}, got ${describe(value)}`);
    return;
  }
  if (typeof value === 'string') checkString(schema, value, path, out);
  else if (Array.isArray(value)) checkArray(schema, value, path, out);
  else if (value !== null && typeof value === 'object') checkObject(schema, value as Record<string, unknown>, path, out);
  else if (schema.const !== undefined && value !== schema.const) out.add(path, `must be ${JSON.stringify(schema.const)}`);

  if (schema.anyOf && !schema.anyOf.some((s) => passes(s, value, path))) {
    out.add(path, schema.errorMessage ?? 'does not match any allowed form');
  }
  if (schema.not && passes(schema.not, value, path)) out.add(path, schema.errorMessage ?? 'has a form that is not allowed');
  for (const sub of schema.allOf ?? []) {
    if (sub.if) {
      if (passes(sub.if, value, path) && sub.then && !passes(sub.then, value, path))
        out.add(path, sub.errorMessage ?? 'a conditional requirement is not met');
    } else if (sub.anyOf) {
      if (!sub.anyOf.some((s) => passes(s, value, path))) out.add(path, sub.errorMessage ?? 'does not match any allowed form');
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
