/**
 * The first journey by keyboard alone (issue 15): Authentication → Insert example → Send →
 * approve on the phone panel → Poll until done → the decrypted result. No mouse event at all:
 * after the page opens, every step is Tab / Shift+Tab / arrows / Enter, and the keys are counted
 * (the count is printed; the note quotes it). A control that Tab cannot reach, or a trap
 * that keeps focus, fails the walk with the control's name.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './fixtures/index.ts';

/** The most Tabs one step may take before the control counts as unreachable. */
const TAB_LIMIT = 80;

class Keys {
  count = 0;
  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.press(key);
  }

  private focusedTestId(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  }

  /** Tabs forward until the control with `testId` has focus. */
  async tabTo(testId: string): Promise<void> {
    for (let i = 0; i < TAB_LIMIT; i += 1) {
      if ((await this.focusedTestId()) === testId) return;
      await this.press('Tab');
    }
    throw new Error(`${TAB_LIMIT} Tabs did not reach [data-testid="${testId}"] (focus on ${await this.focusedTestId()})`);
  }

  /** Within a roving list (one Tab stop, arrows inside): ArrowDown until `testId` has focus. */
  async arrowTo(testId: string): Promise<void> {
    for (let i = 0; i < 30; i += 1) {
      if ((await this.focusedTestId()) === testId) return;
      await this.press('ArrowDown');
    }
    throw new Error(`the arrows did not reach [data-testid="${testId}"]`);
  }
}

test('keyboard only: Authentication → example → Send → approve → poll → decrypted result', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('endpoint-list')).toBeVisible();
  const keys = new Keys(page);

  // The endpoint list is one Tab stop; the arrows move to Authentication, Enter picks it.
  for (let i = 0; i < TAB_LIMIT; i += 1) {
    const inList = await page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="endpoint-list"]')));
    if (inList) break;
    await keys.press('Tab');
  }
  await keys.arrowTo('endpoint-auth');
  await keys.press('Enter');
  await expect(page.getByTestId('endpoint-auth')).toHaveAttribute('aria-pressed', 'true');

  await keys.tabTo('insert-example');
  await keys.press('Enter');
  await expect.poll(() => page.getByTestId('request-editor').innerText()).toContain('/callback?flow=');

  await keys.tabTo('send');
  await keys.press('Enter');
  await expect(page.getByTestId('response-status')).toHaveText('200');
  const next = page.getByTestId('next-step');
  await expect(next.getByTestId('phone-approve')).toBeVisible();

  await keys.tabTo('phone-approve');
  await keys.press('Enter');
  await expect(next.getByTestId('phone-last')).toContainText('HTTP 200');

  await keys.tabTo('poll-until-done');
  await keys.press('Enter');
  await expect(next.getByTestId('poll-last')).toHaveAttribute('data-outcome', 'collected');
  await expect(next.getByTestId('next-result')).toBeVisible();
  await expect(next.getByTestId('next-result')).toContainText('openID');

  console.log(`keyboard journey: ${keys.count} key presses`);
  test.info().annotations.push({ type: 'key presses', description: String(keys.count) });
});
