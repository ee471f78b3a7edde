/**
 * Screenshots of every view (e2e/setup/views.ts) in presentation mode, at 1024×768 (a common
 * projector) and 1920×1080, light and dark, written into the e2e report folder for a person to
 * look at. Not compared pixel by pixel: each is checked only for what a projector cannot forgive,
 * a horizontal page scroll. One browser context per size and theme keeps the spec cheap.
 */
import { test, expect } from './fixtures/index.ts';
import { openView, VIEWS, type ViewContext } from './setup/views.ts';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

for (const size of SIZES) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${size.width}×${size.height} ${theme}`, () => {
      test.use({ viewport: size, colorScheme: theme });

      test('every view in presentation mode', async ({ page, request, baseURL, sandbox }, testInfo) => {
        test.setTimeout(180_000);
        await page.addInitScript((t) => {
          localStorage.setItem('playground.settings', JSON.stringify({ lang: 'en-US', theme: t, presentation: true }));
        }, theme);
        const ctx: ViewContext = { page, request, baseURL: baseURL!, sandbox };
        for (const view of VIEWS) {
          await openView(ctx, view);
          const path = testInfo.outputPath(`${view}-${size.width}x${size.height}-${theme}.png`);
          await page.screenshot({ path });
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${view}: no horizontal page scroll`).toBe(
            true,
          );
        }
      });
    });
  }
}
