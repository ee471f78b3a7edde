/**
 * Finds English left on a page a Chinese reader looks at: runs of three or more Latin-script words
 * in the rendered, visible text, outside code (<code>, <pre>, <kbd>, <samp>, Monaco, JSON boxes,
 * .mono), outside data marked translate="no" (a person's name and address), and after the names and codes that stay as they are in every language
 * (docs/translation.md "Terms"). Used by e2e/trilingual.spec.ts.
 */
import type { Page } from '@playwright/test';
import { LATIN_TERMS } from './latin-terms.ts';

/** The names every language keeps, and what a rendered page also shows as is: the decoder's algorithm names and cURL. */
export const LATIN_ALLOWED = [...LATIN_TERMS, 'RSA-OAEP-256', 'A256GCM', 'cURL'];

/** Elements whose text is code, data or an identifier, not prose. */
const CODE_SELECTOR =
  'code, pre, kbd, samp, script, style, .monaco-editor, .mono, [class*="json"], [data-testid$="-json"], [translate="no"]';

export interface LatinRun {
  text: string;
  run: string;
  where: string;
}

/**
 * `englishWords`: single words or short names that must not show either (the English endpoint
 * titles, which a 3-word rule would miss: a heading that says just "Authentication").
 */
export async function latinSentences(page: Page, englishWords: readonly string[] = []): Promise<LatinRun[]> {
  return page.evaluate(
    ({ allowed, codeSelector, englishWords }) => {
      const out: { text: string; run: string; where: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        const raw = node.textContent ?? '';
        if (!el || !raw.trim() || el.closest(codeSelector)) continue;
        if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
        let text = raw;
        for (const word of allowed) text = text.split(word).join(' · ');
        // The API's identifiers stay as typed: camelCase, snake_case, codes like D40001, URLs, paths.
        text = text.replace(/\b[a-z]+[A-Z]\w*\b|\b\w+_\w+\b|\b[A-Z]\d{3,}\b|\bhttps?:\/\/\S+|\/[\w/.-]+/g, ' · ');
        const run =
          /[A-Za-z][A-Za-z'’-]*(?:[ \t,]+[A-Za-z][A-Za-z'’-]*){2,}/.exec(text) ??
          englishWords
            .map((w) => new RegExp(`(^|[^A-Za-z-])(${w})(?![A-Za-z-])`).exec(text))
            .find(Boolean)
            ?.slice(2);
        if (run) {
          const tid = el.closest('[data-testid]')?.getAttribute('data-testid');
          out.push({ text: raw.trim().slice(0, 160), run: run[0], where: `${el.tagName.toLowerCase()}${tid ? ` in ${tid}` : ''}` });
        }
      }
      return out;
    },
    { allowed: LATIN_ALLOWED, codeSelector: CODE_SELECTOR, englishWords },
  );
}
