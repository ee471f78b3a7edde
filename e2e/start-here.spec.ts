/**
 * The first screen for a newcomer (issue 15): three numbered steps, one click runs Authentication →
 * Form Filling in the sandbox and lands on its live flow, and every recipe is reachable from here.
 */
import { test, expect } from './fixtures/index.ts';
import { FlowsPage } from './pages/flows-page.ts';
import { RecipeJourney } from './pages/recipe-journey.ts';

test('Start here: three numbered steps; one click runs Authentication → Form Filling and lands on the live flow', async ({ page }) => {
  await page.goto('/');
  const start = page.getByTestId('start-here');
  await expect(start.getByRole('heading', { name: 'Start here' })).toBeVisible();
  await expect(start.locator(':scope > ol > li')).toHaveCount(3);
  const run = start.getByRole('button', { name: 'Run Authentication → Form Filling in the sandbox' });
  await run.click();

  await page.waitForURL(/\/flows\/[^/]+$/);
  const flows = new FlowsPage(page);
  await flows.finished();
  await expect(RecipeJourney.step(page, 0).getByTestId('flow-diagram')).toBeVisible();
  await expect(RecipeJourney.step(page, 1).getByTestId('personal-data-card')).toBeVisible();
});

test('Start here: every other recipe is one click away on the first screen, each with its own name', async ({ page }) => {
  await page.goto('/');
  const names = await page.getByTestId('start-here').getByRole('button').allTextContents();
  expect(names.map((n) => n.trim())).toEqual([
    'Run Authentication → Form Filling in the sandbox',
    'Run Authentication → Signing',
    'Run Authentication → PDF Signing',
    'Run Authentication → Re-authentication',
    'Run Anonymous Form Filling',
    'Run Anonymous Signing',
    'Run Anonymous PDF Signing',
  ]);
  await page.getByTestId('start-here').getByRole('button', { name: 'Run Anonymous Signing' }).click();
  await new FlowsPage(page).finished();
  await expect(page.getByTestId('signature-verdict')).toBeVisible();
});
