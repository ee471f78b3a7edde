/**
 * fast-check arbitraries read from the catalogue's JSON Schemas, so the fuzzers follow the
 * catalogue instead of restating its field lists. Covers the subset the catalogue uses (see
 * shared/catalogue/json-schema.ts); `allOf` / `if` are left to the validator, which filters.
 */
import fc from 'fast-check';
import type { JsonSchema } from '../../shared/catalogue/index.ts';

export type Overrides = Record<string, fc.Arbitrary<unknown>>;

function stringFor(s: JsonSchema): fc.Arbitrary<string> {
  const max = Math.min(s.maxLength ?? 40, 200);
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    return fc.stringMatching(re).filter((v) => v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? Infinity));
  }
  return fc.string({ minLength: s.minLength ?? 0, maxLength: max, unit: 'grapheme' });
}

export function arbitraryFor(schema: JsonSchema, overrides: Overrides = {}): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf?.length) return fc.oneof(...schema.anyOf.map((s) => arbitraryFor(s)));
  switch (schema.type) {
    case 'string':
      return stringFor(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const item = arbitraryFor(schema.items ?? {});
      const opts = { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 5, 10) };
      return schema.uniqueItems ? fc.uniqueArray(item, { ...opts, selector: (v) => JSON.stringify(v) }) : fc.array(item, opts);
    }
    case 'object': {
      const props = schema.properties ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, s] of Object.entries(props)) record[k] = overrides[k] ?? arbitraryFor(s);
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
