/**
 * The subset of JSON Schema (2020-12) the catalogue is written in. Kept small on purpose: the same
 * objects feed Monaco's JSON language service, the OpenAPI 3.1 document and our own validator, and
 * every keyword here is understood by all three. `patternErrorMessage` and `errorMessage` are the
 * VS Code JSON language service's own keywords, so Monaco shows the same words our server returns.
 */
export interface JsonSchema {
  $id?: string;
  $schema?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';
  enum?: readonly (string | number)[];
  const?: string | number | boolean;
  pattern?: string;
  patternErrorMessage?: string;
  errorMessage?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  anyOf?: readonly JsonSchema[];
  allOf?: readonly JsonSchema[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  examples?: readonly unknown[];
  default?: unknown;
  deprecated?: boolean;
  format?: string;
  /**
   * The sandbox accepts this field but uses it only for the sources listed; for any other source it
   * is ignored and reported in the `x-sandbox-warnings` response header (a 400 for strict clients).
   * For Poll Data the source is the polled transaction's.
   */
  'x-ignored'?: { unlessSource: readonly string[]; reason: string };
  /** Names a rule in shared/validation/explainers.ts that words the error for this value. */
  'x-explain'?: string;
}
