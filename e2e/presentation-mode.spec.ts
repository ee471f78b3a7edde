/**
 * Presentation mode (issue 15): a toggle in the header's settings, remembered after a reload; the
 * UI at 125–150 % (CSS zoom over the whole page), the raw JSON of a result folded behind its
 * disclosure, a large QR code, the phone panel standing out, and still no horizontal page scroll
 * on a 1024×768 projector.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/index.ts';
import { FlowsPage } from './pages/flows-page.ts';
import { RecipeJourney } from './pages/recipe-journey.ts';

const zoomOf = (page: Page) => page.evaluate(() => (document.documentElement as HTMLElement & { currentCSSZoom: number }).currentCSSZoom);

test('presentation mode: toggled in the header, remembered after a reload, big type, folded JSON, large QR', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  expect(await zoomOf(page)).toBe(1);
  const toggle = page.getByRole('checkbox', { name: 'Presentation mode' });
  await toggle.check();
  const zoom = await zoomOf(page);
  expect(zoom).toBeGreaterThanOrEqual(1.25);
  expect(zoom).toBeLessThanOrEqual(1.5);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Presentation mode' })).toBeChecked();
  expect(await zoomOf(page)).toBe(zoom);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);

  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('manual');
  const id = await flows.run('formfilling-anonymous');
  const qr = flows.timeline(id).getByTestId('qr-image');
  await expect(qr).toBeVisible();
  const box = (await qr.boundingBox())!;
  expect(box.width, 'a QR to scan from the back of the room').toBeGreaterThanOrEqual(280 * zoom - 1);
  await expect(flows.phone).toBeInViewport();
  await flows.act('approve');
  await flows.finished();
  const raw = RecipeJourney.step(page, 0).getByTestId('result-raw');
  await expect(raw).not.toHaveAttribute('open');
  await expect(RecipeJourney.step(page, 0).getByTestId('personal-data-card')).toBeVisible();
  await raw.locator('summary').click();
  await expect(raw.getByTestId('result-plaintext')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);

  await page.getByRole('checkbox', { name: 'Presentation mode' }).uncheck();
  await page.reload();
  expect(await zoomOf(page)).toBe(1);
});
