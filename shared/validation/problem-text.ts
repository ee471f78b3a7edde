/**
 * A validator problem in the UI's language: the browser words `{ code, params }` itself, so the
 * editor's markers and the server's `errors` read the same in 繁體中文 and 简体中文 as in English.
 * A problem without a known code (a rule of an endpoint handler, an older server) keeps its
 * English `message`.
 */
import type { Lang } from '../catalogue/values.ts';
import { EN_PROBLEMS, isProblemCode, wordProblem, type Problem, type ProblemTexts } from './problems.ts';
import { ZH_HK_PROBLEMS } from './texts/zh-hk.ts';
import { ZH_CN_PROBLEMS } from './texts/zh-cn.ts';

export const PROBLEM_TEXTS: Record<Lang, ProblemTexts> = { 'en-US': EN_PROBLEMS, 'zh-HK': ZH_HK_PROBLEMS, 'zh-CN': ZH_CN_PROBLEMS };

export interface WordedProblem {
  path: string;
  message: string;
  code?: unknown;
  params?: unknown;
}

/**
 * `path: text` in `lang` (just the text with `withPath: false`, for a list that shows the path
 * apart); the `message` as sent when the code is not one of the validator's or its params do not fit.
 */
export function problemText(problem: WordedProblem, lang: Lang, { withPath = true } = {}): string {
  const fallback = withPath ? problem.message : problem.message.replace(`${problem.path || EN_PROBLEMS.body}${EN_PROBLEMS.separator}`, '');
  if (!isProblemCode(problem.code) || typeof problem.params !== 'object' || problem.params === null) return fallback;
  const texts = PROBLEM_TEXTS[lang];
  const known = { code: problem.code, params: problem.params } as Problem;
  try {
    return withPath ? wordProblem(texts, problem.path, known) : (texts[known.code] as (p: Problem['params']) => string)(known.params);
  } catch {
    // Params from the wire that do not fit the code (another server version): its English is still right.
    return fallback;
  }
}
