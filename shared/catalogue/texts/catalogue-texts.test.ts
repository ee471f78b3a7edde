/**
 * Walks the whole catalogue: every endpoint's title, summary, description and response meanings,
 * every text of every request schema (descriptions, rule messages, ignore reasons), every answer
 * and status headline. Each must have a non-empty text in zh-HK and zh-CN that is not the English.
 */
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../endpoints.ts';
import { ANSWERS, type AnswerId } from '../answers.ts';
import { STATUS_TITLES } from '../responses.ts';
import { schemaTexts } from './walk-schema-texts.ts';
import { endpointText, localizeSchema, localizedRequestSchema, responseMeaning, TRANSLATIONS } from './localized-catalogue.ts';

const ZH = ['zh-HK', 'zh-CN'] as const;

function expectTranslated(where: string, english: string, text: string | undefined): void {
  expect(text, `${where}: no text`).toBeTruthy();
  expect(text!.trim(), `${where}: empty`).not.toBe('');
  expect(text, `${where}: still the English`).not.toBe(english);
  // A zh text carries at least one CJK character: an English sentence copied over is not a translation.
  expect(text, `${where}: no Chinese in it`).toMatch(/[\u4e00-\u9fff]/);
}

describe.each(ZH)('the catalogue in %s', (lang) => {
  it.each(ENDPOINTS.map((e) => [e.id, e] as const))('%s: title, summary, description and every response', (_, spec) => {
    const text = endpointText(spec.id, lang);
    expectTranslated(`${spec.id}.title`, spec.title, text.title);
    expectTranslated(`${spec.id}.summary`, spec.summary, text.summary);
    expectTranslated(`${spec.id}.description`, spec.description, text.description);
    for (const [status, response] of Object.entries(spec.responses))
      expectTranslated(`${spec.id}.responses.${status}`, response!.description, responseMeaning(spec.id, Number(status), lang));
  });

  it.each(ENDPOINTS.map((e) => [e.id, e] as const))('%s: every field description and rule message', (_, spec) => {
    const english = schemaTexts(spec.request, spec.id);
    const local = schemaTexts(localizeSchema(spec.request, lang), spec.id);
    expect(local.map(([at]) => at)).toEqual(english.map(([at]) => at));
    english.forEach(([at, text], i) => expectTranslated(at, text, local[i][1]));
  });

  it('every answer and status headline', () => {
    for (const id of Object.keys(ANSWERS) as AnswerId[])
      expectTranslated(`answer ${id}`, ANSWERS[id].when, TRANSLATIONS[lang].answers.answers[id]);
    for (const [status, title] of Object.entries(STATUS_TITLES))
      expectTranslated(`status ${status}`, title, TRANSLATIONS[lang].answers.statusTitles[Number(status) as keyof typeof STATUS_TITLES]);
  });

  it('has no translation left over for an English text the catalogue no longer has', () => {
    const used = new Set(ENDPOINTS.flatMap((e) => schemaTexts(e.request, e.id).map(([, text]) => text)));
    expect(Object.keys(TRANSLATIONS[lang].schema).filter((english) => !used.has(english))).toEqual([]);
  });

  it('gives the editor a request schema titled in the language', () => {
    const schema = localizedRequestSchema('auth', lang);
    expect(schema.title).toBe(endpointText('auth', lang).title);
    expect(schema.$id).toBe(localizedRequestSchema('auth', 'en-US').$id);
  });
});

describe('the catalogue in en-US', () => {
  it('is the catalogue itself', () => {
    for (const spec of ENDPOINTS) {
      expect(endpointText(spec.id, 'en-US').title).toBe(spec.title);
      for (const [status, response] of Object.entries(spec.responses))
        expect(responseMeaning(spec.id, Number(status), 'en-US')).toBe(response!.description);
      expect(localizeSchema(spec.request, 'en-US')).toBe(spec.request);
    }
  });

  it('has no meaning for a status the endpoint does not document, in any language', () => {
    for (const lang of ['en-US', ...ZH] as const) expect(responseMeaning('auth', 418, lang)).toBeUndefined();
  });

  it('builds a zh error meaning from the same answers as the English one', () => {
    const zh = responseMeaning('formfilling', 400, 'zh-HK')!;
    expect(zh).toContain(TRANSLATIONS['zh-HK'].answers.answers['scope-not-granted']);
    expect(zh).toContain('errorCode D20012');
    expect(responseMeaning('formfilling', 400, 'en-US')).toContain('(errorCode D20012)');
  });
});
