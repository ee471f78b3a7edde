/**
 * The catalogue read in one language: endpoint texts, response meanings and request schemas whose
 * descriptions and rule messages are translated (so the field table, the editor's hovers and the
 * validator's schema-borne messages all speak the UI's language). English is the catalogue as is.
 */
import type { EndpointId } from '../endpoint.ts';
import type { JsonSchema } from '../json-schema.ts';
import type { Lang } from '../values.ts';
import { ANSWERS, ENDPOINT_ANSWERS, type AnswerStatus } from '../answers.ts';
import { endpoint } from '../lookup.ts';
import { requestSchema } from '../request-schema.ts';
import type { CatalogueTranslation, EndpointTexts, TranslatedLang } from './catalogue-texts.ts';
import { ZH_HK_ENDPOINTS } from './zh-hk-endpoints.ts';
import { ZH_HK_ANSWERS } from './zh-hk-answers.ts';
import { ZH_HK_SCHEMA } from './zh-hk-schema.ts';
import { ZH_CN_ENDPOINTS } from './zh-cn-endpoints.ts';
import { ZH_CN_ANSWERS } from './zh-cn-answers.ts';
import { ZH_CN_SCHEMA } from './zh-cn-schema.ts';

export const TRANSLATIONS: Record<TranslatedLang, CatalogueTranslation> = {
  'zh-HK': { endpoints: ZH_HK_ENDPOINTS, answers: ZH_HK_ANSWERS, schema: ZH_HK_SCHEMA },
  'zh-CN': { endpoints: ZH_CN_ENDPOINTS, answers: ZH_CN_ANSWERS, schema: ZH_CN_SCHEMA },
};

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`);
}

/** Title, summary, description and success meanings of an endpoint in `lang`. */
export function endpointText(id: EndpointId, lang: Lang): EndpointTexts {
  if (lang !== 'en-US') return TRANSLATIONS[lang].endpoints[id];
  const spec = endpoint(id);
  const success: EndpointTexts['success'] = {};
  for (const status of [200, 202, 302] as const) {
    const own = spec.responses[status];
    if (own) success[status] = own.description;
  }
  return { title: spec.title, summary: spec.summary, description: spec.description, success };
}

/** What `status` means for the endpoint `id`, in `lang` (English: the catalogue's response description). */
export function responseMeaning(id: EndpointId, status: number, lang: Lang): string | undefined {
  const english = (endpoint(id).responses as Partial<Record<number, { description: string }>>)[status]?.description;
  if (lang === 'en-US' || english === undefined) return english;
  const own = TRANSLATIONS[lang].endpoints[id].success[status as 200 | 202 | 302];
  if (own) return own;
  const texts = TRANSLATIONS[lang].answers;
  const when = ENDPOINT_ANSWERS[id]
    .filter((a) => ANSWERS[a].status === status)
    .map((a) => {
      const code = (ANSWERS[a] as { errorCode?: string }).errorCode;
      return texts.answers[a] + (code ? fill(texts.meaning.errorCode, { code }) : '');
    });
  return fill(texts.meaning.template, { title: texts.statusTitles[status as AnswerStatus], when: when.join(texts.meaning.join) });
}

/** A schema text (description, rule message, ignore reason) in `lang`; the English when no translation is known. */
export function schemaText(text: string, lang: Lang): string {
  return lang === 'en-US' ? text : (TRANSLATIONS[lang].schema[text] ?? text);
}

const TEXT_KEYS = ['description', 'patternErrorMessage', 'errorMessage'] as const;
const cache: Record<TranslatedLang, WeakMap<JsonSchema, JsonSchema>> = { 'zh-HK': new WeakMap(), 'zh-CN': new WeakMap() };

/** A copy of `schema` whose texts are in `lang`, at every depth; the same object again for the same input. */
export function localizeSchema(schema: JsonSchema, lang: Lang): JsonSchema {
  if (lang === 'en-US') return schema;
  const known = cache[lang].get(schema);
  if (known) return known;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if ((TEXT_KEYS as readonly string[]).includes(key) && typeof value === 'string') out[key] = schemaText(value, lang);
    else if (key === 'x-ignored' && value) out[key] = { ...value, reason: schemaText(value.reason, lang) };
    else if (key === 'properties' && value) {
      out[key] = Object.fromEntries(Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [k, localizeSchema(v, lang)]));
    } else if ((key === 'anyOf' || key === 'allOf') && Array.isArray(value))
      out[key] = value.map((v: JsonSchema) => localizeSchema(v, lang));
    else if (['items', 'not', 'if', 'then', 'additionalProperties'].includes(key) && value && typeof value === 'object')
      out[key] = localizeSchema(value as JsonSchema, lang);
    else out[key] = value;
  }
  cache[lang].set(schema, out as JsonSchema);
  return out as JsonSchema;
}

/** The endpoint's request as the editor loads it (requestSchema), in `lang`. */
export function localizedRequestSchema(id: EndpointId, lang: Lang): JsonSchema & { $id: string } {
  const schema = requestSchema(id);
  if (lang === 'en-US') return schema;
  const text = endpointText(id, lang);
  return { ...(localizeSchema(schema, lang) as JsonSchema & { $id: string }), title: text.title, description: text.summary };
}
