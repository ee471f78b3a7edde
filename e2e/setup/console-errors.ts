/**
 * Every error a page reports: uncaught exceptions and console errors, which include the browser's
 * CSP violation reports. A journey that ends with this list non-empty did not really work.
 */
import type { Page } from '@playwright/test';

export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return errors;
}
