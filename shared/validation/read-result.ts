/**
 * Reads a decrypted Poll Data result (the JWE plaintext) into its typed parts, for a reader that
 * does not know which service it came from (the SPA's result view). Each part counts only when it
 * has the shape shared/catalogue/results.ts gives it, checked with that part's schema
 * (result-schemas.ts), so the view needs no casts and a part of another shape is shown raw only.
 * Fields a part carries beyond the documented ones are allowed here: a real environment may add
 * some, and the card still shows what it knows.
 */
import type { JsonSchema } from '../catalogue/json-schema.ts';
import { RESULT_PART_SCHEMAS, type ResultParts } from '../catalogue/index.ts';
import { validateSchema } from './validate.ts';

/** The schema with every object open to extra fields (types and required fields still checked). */
function open(schema: JsonSchema): JsonSchema {
  return {
    ...schema,
    ...(schema.properties ? { properties: Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, open(v)])) } : {}),
    ...(schema.type === 'object' ? { additionalProperties: true } : {}),
  };
}

const OPEN_PARTS = Object.fromEntries(Object.entries(RESULT_PART_SCHEMAS).map(([k, v]) => [k, open(v)]));

function fits<K extends keyof ResultParts>(name: K, value: unknown): value is NonNullable<ResultParts[K]> {
  return value !== undefined && validateSchema(OPEN_PARTS[name], value).length === 0;
}

function partOf<K extends keyof ResultParts>(plaintext: object, name: K): ResultParts[K] | undefined {
  const value: unknown = Reflect.get(plaintext, name);
  return fits(name, value) ? value : undefined;
}

/** The parts of `plaintext` that have their documented shape; none when it is not an object. */
export function readResult(plaintext: unknown): ResultParts {
  if (!plaintext || typeof plaintext !== 'object' || Array.isArray(plaintext)) return {};
  const parts: ResultParts = {};
  const iAMSMART = partOf(plaintext, 'iAMSMART');
  const formFilling = partOf(plaintext, 'formFilling');
  const sign = partOf(plaintext, 'sign');
  const pdfSign = partOf(plaintext, 'pdfSign');
  const ccic = partOf(plaintext, 'ccic');
  const businessID = partOf(plaintext, 'businessID');
  if (iAMSMART) parts.iAMSMART = iAMSMART;
  if (formFilling) parts.formFilling = formFilling;
  if (sign) parts.sign = sign;
  if (pdfSign) parts.pdfSign = pdfSign;
  if (ccic) parts.ccic = ccic;
  if (businessID) parts.businessID = businessID;
  return parts;
}
