/**
 * Test helper: every human text of a request schema (descriptions, rule messages, ignore reasons)
 * with where it sits, depth first. Shared by the catalogue's own translation test and the
 * trilingual walk (web/src/i18n/trilingual-walk.test.ts), so both walk the same texts.
 */
import type { JsonSchema } from '../json-schema.ts';

export function schemaTexts(schema: JsonSchema, at: string): [string, string][] {
  const out: [string, string][] = [];
  for (const key of ['description', 'patternErrorMessage', 'errorMessage'] as const)
    if (typeof schema[key] === 'string') out.push([`${at}.${key}`, schema[key]]);
  if (schema['x-ignored']) out.push([`${at}.x-ignored`, schema['x-ignored'].reason]);
  for (const [k, v] of Object.entries(schema.properties ?? {})) out.push(...schemaTexts(v, `${at}.${k}`));
  for (const [k, list] of [
    ['anyOf', schema.anyOf],
    ['allOf', schema.allOf],
  ] as const)
    list?.forEach((s, i) => out.push(...schemaTexts(s, `${at}.${k}[${i}]`)));
  for (const k of ['items', 'not', 'if', 'then'] as const) if (schema[k]) out.push(...schemaTexts(schema[k], `${at}.${k}`));
  if (typeof schema.additionalProperties === 'object') out.push(...schemaTexts(schema.additionalProperties, `${at}.*`));
  return out;
}
