/**
 * The playground in Chinese, as a reader in Hong Kong or the mainland meets it: a browser whose
 * language is Chinese opens the playground in that language (no menu to find first), and the
 * examples it inserts ask iAM Smart for the same language (`lang`), so the simulated pages speak it.
 */
import { test, expect } from './fixtures/index.ts';
import { WorkbenchPage } from './pages/workbench-page.ts';

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
