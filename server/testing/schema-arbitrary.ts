/**
 * fast-check arbitraries derived from a catalogue JsonSchema (the subset in
 * shared/catalogue/json-schema.ts): `validBody` makes values the schema accepts, `invalidBody`
 * values it refuses, both checked against shared/validation so they never drift from it.
 * Fields whose valid values depend on server state (a real token, a registered redirect) are
 * supplied by the caller through `overrides`, keyed by top-level property name.
 * Aliases (`deprecated` properties) are left out of valid bodies: the API wants one of the two.
 */
import fc from 'fast-check';
import type { JsonSchema } from '../../shared/catalogue/json-schema.ts';
import { validateSchema } from '../../shared/validation/validate.ts';

export type Overrides = Record<string, fc.Arbitrary<unknown>>;

function stringArb(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.const !== undefined) return fc.constant(String(schema.const));
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 64, 64);
  if (schema.pattern) {
    const re = new RegExp(schema.pattern);
    return fc.stringMatching(re).filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity));
  }
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ minLength, maxLength, unit: 'grapheme' }).filter((s) => s.length <= (schema.maxLength ?? Infinity)),
  );
}

/** Keys forced by `anyOf: [{ required: [...] }, …]`: the first alternative not made only of deprecated properties. */
function forcedKeys(schema: JsonSchema): string[] {
  const groups = [...(schema.anyOf ? [schema.anyOf] : []), ...(schema.allOf ?? []).filter((s) => s.anyOf).map((s) => s.anyOf!)];
  const out: string[] = [];
  for (const alternatives of groups) {
    const pick = alternatives.find((a) => (a.required ?? []).every((k) => !schema.properties?.[k]?.deprecated)) ?? alternatives[0];
    out.push(...(pick.required ?? []));
  }
  return out;
}

function arb(schema: JsonSchema, overrides: Overrides = {}): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'string':
      return stringArb(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const item = schema.items ? arb(schema.items) : fc.anything();
      const constraints = { minLength: schema.minItems ?? 0, maxLength: schema.maxItems ?? 5 };
      return schema.uniqueItems
        ? fc.uniqueArray(item, { ...constraints, selector: (v) => JSON.stringify(v) })
        : fc.array(item, constraints);
    }
    case 'object':
    default: {
      const props = schema.properties ?? {};
      const required = new Set([...(schema.required ?? []), ...forcedKeys(schema)]);
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, child] of Object.entries(props)) {
        if (child.deprecated && !required.has(key)) continue;
        model[key] = overrides[key] ?? arb(child);
      }
      const record = fc.record(model, { requiredKeys: Object.keys(model).filter((k) => required.has(k)) });
      if (typeof schema.additionalProperties === 'object') {
        return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), arb(schema.additionalProperties), { maxKeys: 3 });
      }
      return record;
    }
  }
}

/** Values `schema` accepts. */
export function validBody(schema: JsonSchema, overrides: Overrides = {}): fc.Arbitrary<Record<string, unknown>> {
  return (arb(schema, overrides) as fc.Arbitrary<Record<string, unknown>>).filter((v) => validateSchema(schema, v).length === 0);
}

/** A value of another JSON type than `schema.type`. */
function wrongType(schema: JsonSchema): fc.Arbitrary<unknown> {
  const all: [string, fc.Arbitrary<unknown>][] = [
    ['string', fc.string()],
    ['integer', fc.integer()],
    ['number', fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n))],
    ['boolean', fc.boolean()],
    ['null', fc.constant(null)],
    ['array', fc.array(fc.integer(), { maxLength: 3 })],
    ['object', fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 })],
  ];
  return fc.oneof(...all.filter(([t]) => t !== schema.type && !(schema.type === 'number' && t === 'integer')).map(([, a]) => a));
}

/** Values `schema` refuses: a required field dropped, an unknown field, a wrong type, a bad string, or not an object at all. */
export function invalidBody(schema: JsonSchema, overrides: Overrides = {}): fc.Arbitrary<unknown> {
  const props = Object.entries(schema.properties ?? {});
  const base = arb(schema, overrides) as fc.Arbitrary<Record<string, unknown>>;
  const mutations: fc.Arbitrary<unknown>[] = [wrongType(schema)];
  if ((schema.required ?? []).length) {
    mutations.push(
      fc
        .tuple(base, fc.constantFrom(...schema.required!))
        .map(([b, key]) => Object.fromEntries(Object.entries(b).filter(([k]) => k !== key))),
    );
  }
  if (schema.additionalProperties === false) {
    const name = fc.string({ minLength: 1, maxLength: 16 }).filter((k) => !(k in (schema.properties ?? {})) && k !== '__proto__');
    mutations.push(fc.tuple(base, name, fc.jsonValue()).map(([b, k, v]) => ({ ...b, [k]: v })));
  }
  if (props.length) {
    const field = fc.constantFrom(...props);
    mutations.push(fc.tuple(base, field).chain(([b, [k, child]]) => wrongType(child).map((v) => ({ ...b, [k]: v }))));
    const constrained = props.filter(([, c]) => c.type === 'string' && (c.enum || c.pattern || c.maxLength !== undefined || c.minLength));
    if (constrained.length) {
      mutations.push(
        fc
          .tuple(
            base,
            fc.constantFrom(...constrained),
            fc.oneof(
              fc.string({ maxLength: 80 }),
              fc.string({ unit: 'grapheme', maxLength: 20 }),
              fc.constant(''),
              fc.constant('x'.repeat(9000)),
            ),
          )
          .map(([b, [k], v]) => ({ ...b, [k]: v })),
      );
    }
  }
  return fc.oneof(...mutations).filter((v) => validateSchema(schema, v).length > 0);
}
