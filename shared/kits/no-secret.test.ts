/**
 * No generated text ever holds a configured secret, in any encoding the secret scan knows
 * (e2e/fixtures/secret-detector.ts): every snippet of every endpoint's example in every language,
 * every kit, and the committed kits/ folder's files. The generators never receive a secret; this
 * proves it stays so. The first test shows the check finds a secret when one is there.
 */
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../catalogue/index.ts';
import { TEST_CLIENT } from '../../server/config.ts';
import { OTHER_CLIENT } from '../../server/testing/test-harness.ts';
import { findSecret, secretForms } from '../../e2e/fixtures/secret-detector.ts';
import { buildSnippet } from './build-snippet.ts';
import { buildKit } from './build-kit.ts';
import { KIT_LANGUAGES, SNIPPET_LANGUAGES } from './languages.ts';
import { KIT_RECIPES } from './kit-recipes.ts';
import { kitFiles } from './kit-files.ts';
import type { SnippetRequest } from './snippet-request.ts';

const SECRETS = [TEST_CLIENT.secret, OTHER_CLIENT.secret];
const BASE_URLS = ['http://127.0.0.1:8787/sandbox', 'https://canary.api.fill-easy.com'];

function generated(): { source: string; text: string }[] {
  const out: { source: string; text: string }[] = [];
  for (const baseUrl of BASE_URLS) {
    for (const e of ENDPOINTS) {
      const request: SnippetRequest = { baseUrl, method: e.method, path: e.path, input: e.example, extraHeaders: { 'x-sandbox-scenario': 'approve', 'x-sandbox-persona': 'chan-tai-man' } };
      for (const language of SNIPPET_LANGUAGES) out.push({ source: `${language} snippet of ${e.id} at ${baseUrl}`, text: buildSnippet(language, request) });
    }
    for (const language of KIT_LANGUAGES) for (const recipe of KIT_RECIPES) out.push({ source: `${language} kit ${recipe.id} at ${baseUrl}`, text: buildKit(language, recipe, { baseUrl }) });
  }
  for (const f of kitFiles()) out.push({ source: f.path, text: f.text });
  return out;
}

describe('generated snippets and kits', () => {
  it('would be caught holding a secret (the check can fail)', () => {
    const leaky: SnippetRequest = { baseUrl: BASE_URLS[0], method: 'POST', path: ENDPOINTS[0].path, input: { note: TEST_CLIENT.secret.toUpperCase() }, extraHeaders: {} };
    expect(findSecret('planted', buildSnippet('python', leaky), secretForms(TEST_CLIENT.secret))).not.toEqual([]);
  });

  it('never hold a configured client secret in any encoding', () => {
    const texts = generated();
    expect(texts.length).toBeGreaterThan(SNIPPET_LANGUAGES.length * ENDPOINTS.length);
    const findings = SECRETS.flatMap((secret) => texts.flatMap((t) => findSecret(t.source, t.text, secretForms(secret))));
    expect(findings).toEqual([]);
  });
});
