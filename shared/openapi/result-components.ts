/**
 * The decrypted results as named OpenAPI schemas (shared/catalogue/result-schemas.ts), the shared
 * login object referenced rather than repeated, plus `DecryptedResult`, the union Poll Data's `data`
 * decrypts to (linked from its 200 by `contentSchema`).
 */
import { RESULT_SCHEMAS } from '../catalogue/result-schemas.ts';
import type { JsonSchema } from '../catalogue/json-schema.ts';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Copies `schema`, putting a $ref wherever one of the named schemas appears inside it. */
function withRefs(schema: JsonSchema, names: Map<JsonSchema, string>, top: boolean): unknown {
  const name = names.get(schema);
  if (name && !top) return ref(name);
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties' && v)
      out[k] = Object.fromEntries(Object.entries(v as Record<string, JsonSchema>).map(([p, s]) => [p, withRefs(s, names, false)]));
    else if (k === 'items' && v) out[k] = withRefs(v as JsonSchema, names, false);
    else out[k] = v;
  }
  return out;
}

export function resultComponents(): Json {
  const names = new Map<JsonSchema, string>([[RESULT_SCHEMAS.IAmSmartLogin, 'IAmSmartLogin']]);
  const out: Json = {};
  for (const [name, schema] of Object.entries(RESULT_SCHEMAS)) out[name] = withRefs(schema, names, true);
  const results = Object.keys(RESULT_SCHEMAS).filter((n) => n !== 'IAmSmartLogin');
  out.DecryptedResult = {
    description: "What the JWE in Poll Data's `data` decrypts to, by the service of the polled token (see each schema).",
    oneOf: results.map(ref),
  };
  return out;
}
