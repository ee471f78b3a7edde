/**
 * Keyboard access (issue 15, WCAG 2.1.2 and 2.4.3): the Monaco request editor lets focus go with
 * the keys its visible hint names; a route change puts focus on the view's one h1; the workbench's
 * tabs and endpoint list move with the arrow keys (WAI-ARIA tabs / roving focus); controls that
 * look alike have names that tell them apart. Keys only after the page is open: no clicks.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './fixtures/index.ts';
import { WorkbenchPage } from './pages/workbench-page.ts';

const inEditor = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="request-editor"]')));

async function focusEditor(page: Page): Promise<void> {
  await page.getByTestId('request-editor').getByRole('textbox').focus();
  await expect.poll(() => inEditor(page)).toBe(true);
}

test('focus leaves the request editor with the keys its hint names', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.open();
  await wb.editorReady();
  const hint = page.getByTestId('editor-keys');
  await expect(hint).toContainText('Tab');
  await expect(hint).toContainText('Ctrl+M');

  // Tab-focus mode is on by default: Tab and Shift+Tab leave.
  await focusEditor(page);
  await page.keyboard.press('Tab');
  expect(await inEditor(page)).toBe(false);
  await focusEditor(page);
  await page.keyboard.press('Shift+Tab');
  expect(await inEditor(page)).toBe(false);

  // Ctrl+M makes Tab indent (the hint says so); Escape then Tab still leaves.
  await focusEditor(page);
  await page.keyboard.press('Control+M');
  await expect(hint).toContainText('Esc');
  const before = await wb.editorText();
  await page.keyboard.press('Tab');
  expect(await inEditor(page)).toBe(true);
  await expect.poll(() => wb.editorText()).not.toBe(before);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await inEditor(page)).toBe(false);
  // And Ctrl+M again brings Tab-leaves back.
  await focusEditor(page);
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Tab');
  expect(await inEditor(page)).toBe(false);
});

test('each view has one h1, and navigating puts focus on it', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  for (const view of ['flows', 'decoder', 'workbench'] as const) {
    await page.getByTestId(`nav-${view}`).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeFocused();
  }
});

test('workbench tabs and endpoint list follow the arrow keys', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.open();
  const tab = (k: string) => page.getByTestId(`tab-${k}`);
  await tab('response').focus();
  await expect(tab('history')).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('ArrowRight');
  await expect(tab('history')).toBeFocused();
  await expect(tab('history')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('history-panel')).toBeVisible();
  await page.keyboard.press('End');
  await expect(tab('snippets')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tab('response')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tab('snippets')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tab('response')).toHaveAttribute('aria-selected', 'true');

  // The endpoint list is one Tab stop; the arrows move within it, Enter picks.
  const list = page.getByTestId('endpoint-list');
  await expect(list.locator('button[tabindex="0"]')).toHaveCount(1);
  await list.locator('button[tabindex="0"]').focus();
  const first = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  expect(second).not.toBe(first);
  expect(second).toMatch(/^endpoint-/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(second!)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId(first!)).toBeFocused();
});

test('controls on the workbench and the recipe buttons have distinct names', async ({ page }) => {
  const names = (scope: string) =>
    page.evaluate(
      (scope) =>
        [...document.querySelectorAll(`${scope} button, ${scope} a[href]`)]
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => el.getAttribute('aria-label') ?? (el as HTMLElement).innerText.trim()),
      scope,
    );
  await page.goto('/flows');
  await expect(page.getByTestId('recipe-panel')).toBeVisible();
  const flowNames = await names('[data-testid="recipe-panel"]');
  expect(flowNames).toContain('Run Authentication → Form Filling');
  expect(flowNames.length).toBeGreaterThanOrEqual(7);
  expect(flowNames.filter((n, i) => flowNames.indexOf(n) !== i)).toEqual([]);
  await page.goto('/');
  await expect(page.getByTestId('endpoint-list')).toBeVisible();
  const wbNames = await names('main');
  expect(wbNames.filter((n, i) => wbNames.indexOf(n) !== i)).toEqual([]);
});
