/**
 * Every problem code of the shared validator in every language: a non-empty text that, in zh-HK
 * and zh-CN, is not the English and carries Chinese. The samples are typed per code, so a new code
 * without a sample is a compile error; each sample is also met for real by running the validator on
 * a request that has that problem (a code nothing produces is dead and fails here too).
 */
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../catalogue/endpoints.ts';
import { endpoint } from '../../catalogue/lookup.ts';
import type { EndpointId } from '../../catalogue/endpoint.ts';
import { EN_PROBLEMS, PROBLEM_CODES, wordProblem, type Problem, type ProblemCode } from '../problems.ts';
import { sample } from './problem-samples.ts';
import { PROBLEM_TEXTS, problemText } from '../problem-text.ts';
import { validate, validateSchema } from '../validate.ts';
import { ignoredFields } from '../ignored-fields.ts';

describe.each(['zh-HK', 'zh-CN'] as const)('validator problems in %s', (lang) => {
  it.each(PROBLEM_CODES)('%s has its own words', (code) => {
    const english = wordProblem(EN_PROBLEMS, 'field', sample(code));
    const text = wordProblem(PROBLEM_TEXTS[lang], 'field', sample(code));
    expect(text.replace(/^field：/, '').trim()).not.toBe('');
    expect(text).not.toBe(english);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toContain('undefined');
  });

  it('words the body itself and schema-borne rules in the language', () => {
    expect(wordProblem(PROBLEM_TEXTS[lang], '', sample('rule'))).not.toMatch(/send redirect|\(body\)/);
    expect(wordProblem(PROBLEM_TEXTS[lang], 'code', sample('ignored_for_source'))).not.toMatch(/App-to-App flows/);
  });
});

/** Requests that meet each problem for real: [endpoint, body] or a schema and a value. */
const token = ENDPOINTS.find((e) => e.id === 'poll')!.example.token as string;
const ex = (id: EndpointId, extra: Record<string, unknown>) => ({ ...endpoint(id).example, ...extra });
const MET: [ProblemCode, () => ReturnType<typeof validate>][] = [
  ['empty', () => validateSchema({ type: 'string', minLength: 1 }, '')],
  ['too_short', () => validateSchema({ type: 'string', minLength: 3 }, 'ab')],
  ['too_long', () => validate('auth', ex('auth', { redirect: 'https://x/' + 'a'.repeat(3000) }))],
  ['not_in_enum', () => validate('auth', ex('auth', { lang: 'en-us' }))],
  ['not_const', () => validateSchema({ type: 'string', const: 'x' }, 'y')],
  ['no_match', () => validateSchema({ type: 'string', pattern: '^a$' }, 'b')],
  ['rule', () => validate('auth', ex('auth', { redirectURI: 'https://a.example/cb' }))],
  ['scope_commas', () => validate('auth', ex('auth', { scope: 'eidapi_auth,eidapi_sign' }))],
  ['scope_spacing', () => validate('auth', ex('auth', { scope: ' eidapi_auth' }))],
  ['scope_unknown', () => validate('auth', ex('auth', { scope: 'eidapi_auth eidapi_login' }))],
  ['token_dots', () => validate('poll', { token: 'abc' })],
  ['token_chars', () => validate('poll', { token: 'a.b!.c' })],
  ['hex_upper_case', () => validate('signing', ex('signing', { hash: 'A'.repeat(64) }))],
  ['hex_looks_base64', () => validate('signing', ex('signing', { hash: 'R'.repeat(43) + '=' }))],
  ['hex_length', () => validate('signing', ex('signing', { hash: 'a'.repeat(63) }))],
  ['base64_looks_hex', () => validate('pdf-signing', ex('pdf-signing', { fileHash: 'a'.repeat(64) }))],
  ['base64_url_alphabet', () => validate('pdf-signing', ex('pdf-signing', { fileHash: 'R3fJTKFPwkRw019fLk-L19y91DVgI9hy_G7u6-YiECk=' }))],
  ['base64_length', () => validate('pdf-signing', ex('pdf-signing', { fileHash: 'not base64!' }))],
  ['required', () => validateSchema({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, {})],
  ['required_one_of', () => validate('auth', { redirect: 'https://a.example/cb' })],
  ['required_described', () => validate('signing', { token, source: 'PC_Browser', hash: 'a'.repeat(64) })],
  ['unknown_field', () => validate('poll', { token, Code: 'x' })],
  ['too_few_items', () => validateSchema({ type: 'array', minItems: 1 }, [])],
  ['too_many_items', () => validateSchema({ type: 'array', maxItems: 1 }, [1, 2])],
  ['repeated_item', () => validate('formfilling', ex('formfilling', { profileFields: ['idNo', 'idNo'] }))],
  ['wrong_type', () => validate('auth', ex('auth', { lang: 5 }))],
  ['no_form_matches', () => validateSchema({ anyOf: [{ type: 'string' }, { type: 'integer' }] }, true)],
  ['form_not_allowed', () => validateSchema({ not: { type: 'string' } }, 'x')],
  ['condition_unmet', () => validateSchema({ allOf: [{ if: { type: 'string' }, then: { minLength: 2 } }] }, 'x')],
  ['ignored_for_source', () => ignoredFields('poll', { token, code: 'x' }, 'PC_Browser')],
];

describe('the validator meets every code', () => {
  it('has a request for each code', () => expect(MET.map(([code]) => code).sort()).toEqual([...PROBLEM_CODES].sort()));

  it.each(MET)('%s: recorded with its English message', (code, run) => {
    const found = run().find((e) => e.code === code);
    expect(found, `no ${code} in ${JSON.stringify(run())}`).toBeDefined();
    expect(found!.message).toBe(wordProblem(EN_PROBLEMS, found!.path, found as Problem));
    expect(problemText(found!, 'en-US')).toBe(found!.message);
    expect(problemText(found!, 'zh-HK')).not.toBe(found!.message);
  });
});

describe('problemText', () => {
  it('keeps the message of a problem without a validator code, with or without its path', () => {
    const rule = { path: 'redirect', message: 'redirect: is not registered for this client' };
    expect(problemText(rule, 'zh-HK')).toBe(rule.message);
    expect(problemText(rule, 'zh-HK', { withPath: false })).toBe('is not registered for this client');
    expect(problemText({ ...rule, code: 'no_such_code', params: {} }, 'zh-CN')).toBe(rule.message);
  });

  it('words the text alone for a list that shows the path apart', () => {
    const [found] = validate('auth', ex('auth', { lang: 'en-us' }));
    expect(problemText(found, 'zh-HK', { withPath: false })).toMatch(/^'en-us' 不是有效的 lang/);
    expect(problemText(found, 'zh-HK')).toMatch(/^lang：'en-us'/);
  });
});
