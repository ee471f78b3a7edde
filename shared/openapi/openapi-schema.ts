/**
 * The catalogue's request schemas as OpenAPI schemas. They are JSON Schema 2020-12 already; one
 * rule is rewritten so that code generators see it: "`redirect` or its alias `redirectURI`, not
 * both" is written for our validator (and Monaco) as `allOf: [anyOf, not]`, which gives the best
 * error messages but comes out of openapi-typescript as nothing. Here it becomes a `oneOf` of the
 * two forms, each forbidding the other name, which generates the union
 * `{ redirect: string; redirectURI?: never } | { redirectURI: string; redirect?: never }`.
 */
import { notRedirectAndAlias, redirect, redirectAlias, redirectOrAlias } from '../catalogue/fields.ts';
import type { JsonSchema } from '../catalogue/json-schema.ts';

type Json = Record<string, unknown>;

// Each form names its own field too: openapi-typescript makes a field required only where the
// branch that requires it also describes it.
const REDIRECT_FORMS = [
  { type: 'object', required: ['redirect'], properties: { redirect, redirectURI: false } },
  { type: 'object', required: ['redirectURI'], properties: { redirectURI: redirectAlias, redirect: false } },
];

export function openApiSchema(schema: JsonSchema): Json {
  const rules = schema.allOf ?? [];
  if (!rules.includes(redirectOrAlias)) return schema as Json;
  const rest = rules.filter((r) => r !== redirectOrAlias && r !== notRedirectAndAlias);
  const { allOf: _replaced, ...out } = schema;
  return {
    ...out,
    ...(rest.length ? { allOf: rest } : {}),
    oneOf: REDIRECT_FORMS,
    description: `${schema.description ? `${schema.description} ` : ''}Send \`redirect\` or its alias \`redirectURI\`, not both.`,
  };
}
