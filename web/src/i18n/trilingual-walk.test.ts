/**
 * The trilingual walk: every text a reader meets, in en-US, zh-HK and zh-CN. It walks the
 * catalogue (endpoint titles, summaries, descriptions, response meanings, every field description
 * and rule message, answers, status headlines), every validator problem code, every playground
 * error code, every recipe (its title and name), every personal-data label, every UI message table
 * (the shell's and each feature's messages.ts, *-text(s).ts and *-table.ts, found by file name so a
 * new feature's table is walked without being listed here) and the simulated iAM Smart pages' words. It fails when a language lacks a
 * non-empty text, when a zh text is still the English one or carries no Chinese (unless the text
 * is only names, codes and placeholders: the allow-list), and when a text breaks the branding
 * rules of docs/translation.md.
 */
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../../shared/catalogue/endpoints.ts';
import { ANSWERS, type AnswerId } from '../../../shared/catalogue/answers.ts';
import { STATUS_TITLES } from '../../../shared/catalogue/responses.ts';
import { LANGS, type Lang } from '../../../shared/catalogue/values.ts';
import { endpointText, localizeSchema, responseMeaning, TRANSLATIONS } from '../../../shared/catalogue/texts/localized-catalogue.ts';
import { schemaTexts } from '../../../shared/catalogue/texts/walk-schema-texts.ts';
import { PROBLEM_CODES, wordProblem } from '../../../shared/validation/problems.ts';
import { PROBLEM_TEXTS } from '../../../shared/validation/problem-text.ts';
import { sample } from '../../../shared/validation/texts/problem-samples.ts';
import { FIELD_LABELS } from '../../../shared/personal-data/field-labels.ts';
import { simTexts } from '../../../server/sandbox/sim/sim-texts.ts';
import { RECIPES, recipeTitle } from '../features/recipes/recipe-catalogue.ts';
import { PLAYGROUND_ERRORS, type PlaygroundErrorCode } from '../../../shared/errors/playground-errors.ts';
import { errorText } from './error-texts.ts';
import { en } from './en.ts';
import { zhHK } from './zh-hk.ts';
import { zhCN } from './zh-cn.ts';
import { LATIN_TERMS } from '../../../e2e/setup/latin-terms.ts';

type Texts = Record<Lang, string | undefined>;
interface Entry {
  where: string;
  texts: Texts;
}

const ZH = ['zh-HK', 'zh-CN'] as const;
const each = <T>(f: (lang: Lang) => T): Record<Lang, T> => Object.fromEntries(LANGS.map((lang) => [lang, f(lang)])) as Record<Lang, T>;

/**
 * Names and codes that stay as they are in every language (docs/translation.md "Terms"): proper
 * names, protocol and format names, the API's own identifiers. A zh text made only of these,
 * placeholders, `code` and punctuation may equal the English.
 */
const ALLOWED_WORDS = LATIN_TERMS;
/** Sample values shown as-is (a token's first characters in the decoder's placeholder). */
const ALLOWED_TEXTS = new Set(['eyJhbGciOi…']);

/** What is left of a text once placeholders, `code`, identifiers and allowed names are taken out. */
function prose(text: string): string {
  let rest = text.replace(/\{\w+\}/g, ' ').replace(/`[^`]*`/g, ' ');
  for (const word of ALLOWED_WORDS) rest = rest.split(word).join(' ');
  // The API's identifiers: camelCase, snake_case, Upper_Snake and codes like D40001 or eidapi_auth.
  return rest.replace(/\b[a-z]+[A-Z]\w*\b|\b\w+_\w+\b|\b[A-Z]\d{3,}\b/g, ' ');
}
const languageNeutral = (text: string) => ALLOWED_TEXTS.has(text) || !/[A-Za-z]{2,}/.test(prose(text));
const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** The problems of one text, [] when it is fine. */
function problemsOf({ where, texts }: Entry): string[] {
  const out: string[] = [];
  const english = texts['en-US'];
  for (const lang of LANGS) if (!texts[lang]?.trim()) out.push(`${where} [${lang}]: no text`);
  if (!english) return out;
  for (const lang of ZH) {
    const text = texts[lang];
    if (!text?.trim() || languageNeutral(english)) continue;
    if (text === english) out.push(`${where} [${lang}]: still the English ${JSON.stringify(english)}`);
    else if (!HAS_CHINESE.test(text)) out.push(`${where} [${lang}]: no Chinese in ${JSON.stringify(text)}`);
  }
  // Branding (docs/translation.md): 「智方便」 in Traditional, “智方便” in Simplified, iAM Smart as spelt.
  for (const name of ['智方便', '填表通']) {
    if (texts['zh-HK']?.includes(`“${name}`)) out.push(`${where} [zh-HK]: “${name}” should be 「${name}」`);
    if (texts['zh-CN']?.includes(`「${name}`)) out.push(`${where} [zh-CN]: 「${name}」 should be “${name}”`);
  }
  for (const lang of LANGS)
    if (/\b(IAM Smart|iAm Smart|Iam Smart|IAMSmart|iAMSmart)\b/.test(texts[lang] ?? '')) out.push(`${where} [${lang}]: iAM Smart misspelt`);
  return out;
}

function catalogueEntries(): Entry[] {
  const out: Entry[] = [];
  for (const spec of ENDPOINTS) {
    for (const part of ['title', 'summary', 'description'] as const)
      out.push({ where: `catalogue ${spec.id}.${part}`, texts: each((lang) => endpointText(spec.id, lang)[part]) });
    for (const status of Object.keys(spec.responses))
      out.push({
        where: `catalogue ${spec.id}.responses.${status}`,
        texts: each((lang) => responseMeaning(spec.id, Number(status), lang)),
      });
    const local = each((lang) => schemaTexts(localizeSchema(spec.request, lang), spec.id));
    local['en-US'].forEach(([at], i) => out.push({ where: `catalogue ${at}`, texts: each((lang) => local[lang][i]?.[1]) }));
  }
  for (const id of Object.keys(ANSWERS) as AnswerId[])
    out.push({
      where: `answer ${id}`,
      texts: each((lang) => (lang === 'en-US' ? ANSWERS[id].when : TRANSLATIONS[lang].answers.answers[id])),
    });
  for (const [status, title] of Object.entries(STATUS_TITLES)) {
    const code = Number(status) as keyof typeof STATUS_TITLES;
    out.push({
      where: `status ${status}`,
      texts: each((lang) => (lang === 'en-US' ? title : TRANSLATIONS[lang].answers.statusTitles[code])),
    });
  }
  return out;
}

const problemEntries = (): Entry[] =>
  PROBLEM_CODES.map((code) => ({
    where: `validator ${code}`,
    texts: each((lang) => wordProblem(PROBLEM_TEXTS[lang], 'field', sample(code)).replace(/^field[:：]\s*/, '')),
  }));

const errorEntries = (): Entry[] =>
  (Object.keys(PLAYGROUND_ERRORS) as PlaygroundErrorCode[]).map((code) => ({
    where: `playground error ${code}`,
    texts: each((lang) => errorText(code, lang)),
  }));

const recipeEntries = (): Entry[] => RECIPES.map((r) => ({ where: `recipe ${r.id} title`, texts: each((lang) => recipeTitle(r, lang)) }));

const labelEntries = (): Entry[] =>
  Object.keys(FIELD_LABELS['en-US']).map((field) => ({
    where: `personal-data label ${field}`,
    texts: each((lang) => (FIELD_LABELS[lang] as Record<string, string>)[field]),
  }));

/** A per-language table (FeatureMessages or the shell's), as entries by key. */
type Table = Record<Lang, Record<string, string>>;
const isTable = (v: unknown): v is Table =>
  Boolean(v) && typeof v === 'object' && LANGS.every((lang) => typeof (v as Record<string, unknown>)[lang] === 'object');

/** A table keyed the other way round: each entry holds its words per language (the flow step table). */
const isRowTable = (v: unknown): v is Record<string, Record<Lang, string>> =>
  Boolean(v) &&
  typeof v === 'object' &&
  Object.values(v as object).length > 0 &&
  Object.values(v as object).every(
    (row) => Boolean(row) && typeof row === 'object' && LANGS.every((lang) => typeof row[lang] === 'string'),
  );
const byLanguage = (rows: Record<string, Record<Lang, string>>): Table =>
  each((lang) => Object.fromEntries(Object.entries(rows).map(([key, row]) => [key, row[lang]])));

const FEATURE_MODULES = import.meta.glob<Record<string, unknown>>(
  ['../features/*/messages.ts', '../features/*/*-text.ts', '../features/*/*-texts.ts', '../features/*/*-table.ts'],
  { eager: true },
);

function uiTables(): [string, Table][] {
  const tables: [string, Table][] = [['shell', { 'en-US': en, 'zh-HK': zhHK, 'zh-CN': zhCN }]];
  for (const [file, module] of Object.entries(FEATURE_MODULES))
    for (const [name, value] of Object.entries(module)) {
      const where = `${file.replace('../features/', '')}:${name}`;
      if (isTable(value)) tables.push([where, value]);
      else if (isRowTable(value)) tables.push([where, byLanguage(value)]);
    }
  return tables;
}

const tableEntries = (name: string, table: Table): Entry[] =>
  Object.keys(table['en-US']).map((key) => ({ where: `${name} ${key}`, texts: each((lang) => table[lang][key]) }));

/** The simulated pages' words, nested records flattened. */
function simEntries(): Entry[] {
  const flat = (v: unknown, at: string, out: [string, string][]) => {
    if (typeof v === 'string') out.push([at, v]);
    else if (v && typeof v === 'object') for (const [k, inner] of Object.entries(v)) flat(inner, `${at}.${k}`, out);
    return out;
  };
  const local = each((lang) => new Map(flat(simTexts(lang), 'sim', [])));
  return [...local['en-US'].keys()].map((at) => ({ where: at, texts: each((lang) => local[lang].get(at)) }));
}

const WALKS: [string, () => Entry[]][] = [
  ['the catalogue', catalogueEntries],
  ['the validator problems', problemEntries],
  ['the playground errors', errorEntries],
  ['the recipes', recipeEntries],
  ['the personal-data labels', labelEntries],
  ['the simulated iAM Smart pages', simEntries],
  ...uiTables().map(([name, table]): [string, () => Entry[]] => [`UI messages ${name}`, () => tableEntries(name, table)]),
];

describe('the trilingual walk', () => {
  it('finds the shell and every feature message table', () => {
    const names = uiTables().map(([name]) => name.split('/')[0]);
    expect(uiTables().map(([name]) => name)).toContain('flows/step-table.ts:STEP_TABLE');
    for (const feature of ['shell', 'decoder', 'flows', 'history', 'phone', 'recipes', 'snippets', 'start', 'workbench'])
      expect(names).toContain(feature);
  });

  it.each(WALKS)('%s: every text in every language, translated and branded', (_, walk) => {
    const entries = walk();
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.flatMap(problemsOf)).toEqual([]);
  });

  it('walks every validator code, recipe and personal-data field', () => {
    expect(problemEntries()).toHaveLength(PROBLEM_CODES.length);
    expect(recipeEntries()).toHaveLength(RECIPES.length);
    expect(labelEntries().map((e) => e.where)).toContain('personal-data label idNo');
  });
});

describe('the walk catches', () => {
  const entry = (texts: Partial<Texts>): Entry => ({
    where: 'x',
    texts: { 'en-US': 'Send the request', 'zh-HK': '發送請求', 'zh-CN': '发送请求', ...texts },
  });

  it('a missing or empty text', () => {
    expect(problemsOf(entry({ 'zh-HK': undefined }))).toEqual(['x [zh-HK]: no text']);
    expect(problemsOf(entry({ 'zh-CN': '  ' }))).toEqual(['x [zh-CN]: no text']);
  });

  it('an English text copied over, or one with no Chinese', () => {
    expect(problemsOf(entry({ 'zh-HK': 'Send the request' }))).toEqual(['x [zh-HK]: still the English "Send the request"']);
    expect(problemsOf(entry({ 'zh-CN': 'Send it' }))).toEqual(['x [zh-CN]: no Chinese in "Send it"']);
  });

  it('lets names, codes and placeholders stay as they are', () => {
    const same = (english: string) => problemsOf(entry({ 'en-US': english, 'zh-HK': english, 'zh-CN': english }));
    for (const text of ['JWE', 'HTTP {status}', '`formData` (JSON)', 'D40001', 'eidapi_auth', 'Ctrl/Cmd+Enter', 'iAM Smart'])
      expect(same(text)).toEqual([]);
    expect(same('Token')).not.toEqual([]);
  });

  it('the wrong quotes around 智方便 and a misspelt iAM Smart', () => {
    expect(problemsOf(entry({ 'zh-HK': '以“智方便”登入' }))).toEqual(['x [zh-HK]: “智方便” should be 「智方便」']);
    expect(problemsOf(entry({ 'zh-CN': '以「智方便」登录' }))).toEqual(['x [zh-CN]: 「智方便」 should be “智方便”']);
    expect(problemsOf(entry({ 'en-US': 'Log in with IAM Smart' }))).toEqual(['x [en-US]: iAM Smart misspelt']);
  });
});
