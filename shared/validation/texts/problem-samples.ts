/**
 * Test helper: one problem of each validator code with parameters, typed per code so a new code
 * without a sample is a compile error. Shared by problem-texts.test.ts and the trilingual walk
 * (web/src/i18n/trilingual-walk.test.ts).
 */
import { endpoint } from '../../catalogue/lookup.ts';
import { SCOPES } from '../../catalogue/values.ts';
import type { Problem, ProblemCode, ProblemParams } from '../problems.ts';

const NONE = {} as Record<string, never>;
const scopes = [...SCOPES];
export const SAMPLES: { [C in ProblemCode]: ProblemParams[C] } = {
  empty: NONE,
  too_short: { min: 3 },
  too_long: { length: 3000, max: 2048 },
  not_in_enum: { value: 'en-us', name: 'lang', values: ['en-US', 'zh-HK', 'zh-CN'], suggestion: 'en-US' },
  not_const: { expected: "'x'" },
  no_match: { pattern: '^a$' },
  rule: { text: 'send redirect or its alias redirectURI, not both' },
  scope_commas: NONE,
  scope_spacing: { scopes },
  scope_unknown: { value: 'eidapi_login', scopes },
  token_dots: { dots: 0 },
  token_chars: NONE,
  hex_upper_case: NONE,
  hex_looks_base64: NONE,
  hex_length: { length: 63 },
  base64_looks_hex: NONE,
  base64_url_alphabet: NONE,
  base64_length: { length: 12 },
  required: NONE,
  required_one_of: { values: ['PC_Browser', 'iOS'] },
  required_described: { description: endpoint('signing').request.properties!.name.description! },
  unknown_field: { suggestion: 'code', known: ['token', 'code'] },
  too_few_items: { min: 1 },
  too_many_items: { count: 40, max: 30 },
  repeated_item: { item: '"idNo"' },
  wrong_type: { expected: 'string', got: 'integer', number: 5 },
  no_form_matches: NONE,
  form_not_allowed: NONE,
  condition_unmet: NONE,
  ignored_for_source: {
    name: 'code',
    source: 'PC_Browser',
    reason: 'only App-to-App flows are released by their code; browser flows need none',
  },
};

export const sample = (code: ProblemCode) => ({ code, params: SAMPLES[code] }) as Problem;
