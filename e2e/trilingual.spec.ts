/**
 * The playground in Chinese, as a reader in Hong Kong or the mainland meets it: a browser whose
 * language is Chinese opens the playground in that language (no menu to find first), and the
 * examples it inserts ask iAM Smart for the same language (`lang`), so the simulated pages speak it.
 * The views a developer reads most (the workbench with a 400, a finished form-filling flow with its
 * personal-data card, the decoder) carry no English sentence outside code, and their screenshots go
 * to the report folder (test-results/e2e/trilingual/) for a person to look at the CJK glyphs.
 */
import { test, expect } from './fixtures/index.ts';
import type { Page, TestInfo } from '@playwright/test';
import { join } from 'node:path';
import { WorkbenchPage } from './pages/workbench-page.ts';
import { openView, type ViewContext } from './setup/views.ts';
import { latinSentences } from './setup/latin-sentences.ts';
import { ENDPOINTS } from '../shared/catalogue/index.ts';

/** The English endpoint titles: a zh page names endpoints in its own language. */
const ENGLISH_TITLES = ENDPOINTS.map((e) => e.title);

// Monaco shows spaces as no-break spaces: \s matches both.

for (const [locale, lang, label, send] of [
  ['zh-HK', 'zh-HK', '繁體中文', '發送'],
  ['zh-TW', 'zh-HK', '繁體中文', '發送'],
  ['zh-CN', 'zh-CN', '简体中文', '发送'],
] as const) {
  test.describe(`a browser in ${locale}`, () => {
    test.use({ locale });

    test(`opens in ${label} and inserts examples with lang ${lang}`, async ({ page }) => {
      const wb = new WorkbenchPage(page);
      await wb.open();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByTestId('ui-lang')).toHaveValue(lang);
      await expect(page.getByTestId('send')).toContainText(send);
      await wb.pick('auth');
      await wb.editorReady();
      await wb.insertExample();
      await expect.poll(() => wb.editorText()).toMatch(new RegExp(`"lang":\\s*"${lang}"`));
    });
  });
}

test.describe('a browser in zh-HK whose user picks English', () => {
  test.use({ locale: 'zh-HK' });

  test('keeps English across a reload', async ({ page }) => {
    const wb = new WorkbenchPage(page);
    await wb.open();
    await expect(page.getByTestId('ui-lang')).toHaveValue('zh-HK');
    await page.getByTestId('ui-lang').selectOption('en-US');
    await expect(page.getByTestId('send')).toContainText('Send');
    await page.reload();
    await expect(page.getByTestId('ui-lang')).toHaveValue('en-US');
    await wb.pick('auth');
    await wb.editorReady();
    await wb.insertExample();
    await expect.poll(() => wb.editorText()).toMatch(/"lang":\s*"en-US"/);
  });
});

const BAD_AUTH = '{"source":"PC_Browser","redirect":"http://127.0.0.1:3999/callback","scope":"eidapi_auth eidapi_bogus","lang":"zh-hk"}';
const HKID_LABEL = { 'zh-HK': '香港身份證號碼', 'zh-CN': '香港身份证号码' } as const;

async function workbenchWith400(page: Page): Promise<void> {
  const wb = new WorkbenchPage(page);
  await wb.open();
  await wb.pick('auth');
  await wb.editorReady();
  await wb.typeBody(BAD_AUTH);
  await wb.send();
  await expect(wb.status).toHaveText('400');
  await expect(page.getByTestId('response-field-errors')).toBeVisible();
}

/** The rendered page has no English sentence outside code; then its screenshot for the report. */
async function readsInChinese(page: Page, testInfo: TestInfo, name: string, detail?: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const folder = join(testInfo.project.outputDir, 'trilingual');
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
  // The views scroll inside their panes: the part a test is about gets a picture of its own.
  if (detail)
    await page
      .getByTestId(detail)
      .first()
      .screenshot({ path: join(folder, `${name}-${detail}.png`) });
  expect(await latinSentences(page, ENGLISH_TITLES), 'English sentences or endpoint titles on the page').toEqual([]);
}

for (const lang of ['zh-HK', 'zh-CN'] as const) {
  test.describe(`read in ${lang}`, () => {
    test.use({ locale: lang });

    test('the workbench with a 400 response', async ({ page }, testInfo) => {
      await workbenchWith400(page);
      await readsInChinese(page, testInfo, `workbench-400-${lang}`, 'response-panel');
    });

    test('a finished form-filling flow with its personal-data card', async ({ page, request, baseURL, sandbox }, testInfo) => {
      const ctx: ViewContext = { page, request, baseURL: baseURL!, sandbox };
      await openView(ctx, 'finished-formfilling');
      await expect(page.getByTestId('pd-label-idNo').first()).toContainText(HKID_LABEL[lang]);
      await readsInChinese(page, testInfo, `finished-formfilling-${lang}`, 'personal-data-card');
    });

    test('the decoder with a signing result', async ({ page, request, baseURL, sandbox }, testInfo) => {
      await openView({ page, request, baseURL: baseURL!, sandbox }, 'decoder-jwe');
      await readsInChinese(page, testInfo, `decoder-jwe-${lang}`);
    });
  });
}
