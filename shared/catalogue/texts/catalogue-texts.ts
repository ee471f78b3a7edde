/**
 * The catalogue's words in every language the playground speaks. English is the catalogue itself
 * (endpoints.ts, fields.ts, answers.ts, responses.ts); zh-HK and zh-CN are tables typed against it:
 * an endpoint, an answer or a status without its text is a compile error. Schema texts (field
 * descriptions, pattern and rule messages, ignore reasons) are keyed by their English words, so a
 * changed English text loses its translation and the catalogue-walking test
 * (catalogue-texts.test.ts) says which one to translate again, instead of showing a stale one.
 */
import type { EndpointId } from '../endpoint.ts';
import type { AnswerId, AnswerStatus } from '../answers.ts';
import type { Lang } from '../values.ts';

export interface EndpointTexts {
  title: string;
  summary: string;
  description: string;
  /** The success statuses the endpoint describes itself (the error ones are built from the answers). */
  success: Partial<Record<200 | 202 | 302, string>>;
}

export interface AnswerTexts {
  /** When each answer happens, as a clause that fits after `meaning.when`. */
  answers: Record<AnswerId, string>;
  statusTitles: Record<AnswerStatus, string>;
  /** How an error status reads: `{title}` and `{when}` (the answers joined by `join`); `errorCode` follows an answer with a code. */
  meaning: { template: string; join: string; errorCode: string };
}

/** English schema text → its translation. */
export type SchemaTexts = Readonly<Record<string, string>>;

export interface CatalogueTranslation {
  endpoints: Record<EndpointId, EndpointTexts>;
  answers: AnswerTexts;
  schema: SchemaTexts;
}

/** The languages the catalogue has texts in besides its own English. */
export type TranslatedLang = Exclude<Lang, 'en-US'>;
