/**
 * Every problem the shared validator can report, as a code with the parameters its words need.
 * The validator records `{ code, params }` beside its English `message`: the sandbox answers that
 * English (docs/sandbox-contract.md §3) and the browser words the same problem in the UI's language
 * (problem-text.ts). The texts of each language are a `ProblemTexts`: a code without its text is a
 * compile error.
 */

/** A JSON type as the validator names it (`integer` is a number without a fraction). */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface ProblemParams {
  empty: Record<string, never>;
  too_short: { min: number };
  too_long: { length: number; max: number };
  /** `value` is cut to 40 characters: a problem never carries a megabyte back. */
  not_in_enum: { value: string; name: string; values: string[]; suggestion?: string };
  /** `expected` as it is shown: 'quoted' for a string, JSON for anything else. */
  not_const: { expected: string };
  no_match: { pattern: string };
  /** A schema's own rule message (patternErrorMessage, errorMessage): the catalogue translates it. */
  rule: { text: string };
  scope_commas: Record<string, never>;
  scope_spacing: { scopes: string[] };
  scope_unknown: { value: string; scopes: string[] };
  token_dots: { dots: number };
  token_chars: Record<string, never>;
  hex_upper_case: Record<string, never>;
  hex_looks_base64: Record<string, never>;
  hex_length: { length: number };
  base64_looks_hex: Record<string, never>;
  base64_url_alphabet: Record<string, never>;
  base64_length: { length: number };
  required: Record<string, never>;
  required_one_of: { values: string[] };
  /** `description` is the field's whole English description; the words show its first sentence. */
  required_described: { description: string };
  unknown_field: { suggestion?: string; known: string[] };
  too_few_items: { min: number };
  too_many_items: { count: number; max: number };
  /** `item` is the repeated scalar as JSON. */
  repeated_item: { item: string };
  /** `number` is the value when a number came instead. */
  wrong_type: { expected: JsonType; got: JsonType; number?: number };
  no_form_matches: Record<string, never>;
  form_not_allowed: Record<string, never>;
  condition_unmet: Record<string, never>;
  /** A field the catalogue marks `x-ignored` for this source (ignored-fields.ts); `reason` is the catalogue's English. */
  ignored_for_source: { name: string; source: string; reason: string };
}

export type ProblemCode = keyof ProblemParams;

export type Problem = { [C in ProblemCode]: { code: C; params: ProblemParams[C] } }[ProblemCode];

/** The words of one language: one text per code, and how the body as a whole is named. */
export type ProblemTexts = { [C in ProblemCode]: (params: ProblemParams[C]) => string } & {
  /** The path shown for the body itself (the path is empty). */
  body: string;
  /** Between the path and the text. */
  separator: string;
};

export const PROBLEM_CODES = Object.keys({
  empty: 1,
  too_short: 1,
  too_long: 1,
  not_in_enum: 1,
  not_const: 1,
  no_match: 1,
  rule: 1,
  scope_commas: 1,
  scope_spacing: 1,
  scope_unknown: 1,
  token_dots: 1,
  token_chars: 1,
  hex_upper_case: 1,
  hex_looks_base64: 1,
  hex_length: 1,
  base64_looks_hex: 1,
  base64_url_alphabet: 1,
  base64_length: 1,
  required: 1,
  required_one_of: 1,
  required_described: 1,
  unknown_field: 1,
  too_few_items: 1,
  too_many_items: 1,
  repeated_item: 1,
  wrong_type: 1,
  no_form_matches: 1,
  form_not_allowed: 1,
  condition_unmet: 1,
  ignored_for_source: 1,
} satisfies Record<ProblemCode, 1>) as ProblemCode[];

export function isProblemCode(code: unknown): code is ProblemCode {
  return typeof code === 'string' && (PROBLEM_CODES as string[]).includes(code);
}

/** The first sentence of a description, without its full stop ("Document title displayed to the user"). */
export function firstSentence(text: string): string {
  const end = text.indexOf('. ');
  return (end === -1 ? text : text.slice(0, end)).replace(/\.$/, '');
}

const article = (type: JsonType) => (type === 'array' || type === 'object' || type === 'integer' ? 'an' : 'a');

function got(p: ProblemParams['wrong_type']): string {
  if (p.got === 'integer' || p.got === 'number') return `the number ${String(p.number)}`;
  return p.got === 'null' ? 'null' : `${article(p.got)} ${p.got}`;
}

/** The English words: what the sandbox answers as `message`, and the UI's English. */
export const EN_PROBLEMS: ProblemTexts = {
  body: '(body)',
  separator: ': ',
  empty: () => 'must not be empty',
  too_short: (p) => `must be at least ${p.min} characters`,
  too_long: (p) => `is ${p.length} characters long; at most ${p.max} are allowed`,
  not_in_enum: (p) =>
    `'${p.value}' is not a valid ${p.name}${p.suggestion ? ` (values are case sensitive: did you mean '${p.suggestion}'?)` : ''}; valid values are ${p.values.join(', ')}`,
  not_const: (p) => `must be ${p.expected}`,
  no_match: (p) => `does not match ${p.pattern}`,
  rule: (p) => p.text,
  scope_commas: () => `separate scopes with spaces, not commas (e.g. 'eidapi_auth eidapi_formFilling')`,
  scope_spacing: (p) => `must be space-separated scopes with no leading or trailing space; valid scopes are ${p.scopes.join(', ')}`,
  scope_unknown: (p) => `'${p.value}' is not a valid scope; valid scopes are ${p.scopes.join(', ')}`,
  token_dots: (p) => `must be a compact JWT with exactly two dots (header.payload.signature); this one has ${p.dots}`,
  token_chars: () => 'must be a compact JWT: Base64url characters (A-Z a-z 0-9 - _) in three parts separated by dots',
  hex_upper_case: () => 'must be lower-case hex: use a-f, not A-F',
  hex_looks_base64: () => 'must be 64 lower-case hex characters; this looks like Base64',
  hex_length: (p) => `must be a SHA-256 digest as 64 lower-case hex characters; got ${p.length} characters`,
  base64_looks_hex: () => 'must be Base64 of the 32-byte digest (44 characters); this looks like hex',
  base64_url_alphabet: () => 'must use the standard Base64 alphabet (+ and /), not Base64url (- and _)',
  base64_length: (p) => `must be the Base64 (padded) of a 32-byte SHA-256 digest: 44 characters ending in '='; got ${p.length} characters`,
  required: () => 'is required',
  required_one_of: (p) => `is required; valid values are ${p.values.join(', ')}`,
  required_described: (p) => `is required (${firstSentence(p.description)})`,
  unknown_field: (p) =>
    `is not a known field; ${p.suggestion ? `did you mean '${p.suggestion}'? ` : ''}known fields are ${p.known.join(', ')}`,
  too_few_items: (p) => `must have at least ${p.min} item(s)`,
  too_many_items: (p) => `has ${p.count} items; at most ${p.max} are allowed`,
  repeated_item: (p) => `repeats ${p.item}; each item may appear once`,
  wrong_type: (p) => `must be ${article(p.expected)} ${p.expected}, got ${got(p)}`,
  no_form_matches: () => 'does not match any allowed form',
  form_not_allowed: () => 'has a form that is not allowed',
  condition_unmet: () => 'a conditional requirement is not met',
  ignored_for_source: (p) => `is ignored for source ${p.source}: ${p.reason}`,
};

/** `path: text` in the words of `texts`. */
export function wordProblem(texts: ProblemTexts, path: string, problem: Problem): string {
  const say = texts[problem.code] as (params: Problem['params']) => string;
  return `${path || texts.body}${texts.separator}${say(problem.params)}`;
}
