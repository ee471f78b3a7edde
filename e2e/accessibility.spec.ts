/**
 * axe-core on every view (e2e/setup/views.ts), light and dark: WCAG 2.2 A/AA and best practice,
 * zero violations (issue 15). Each view is opened once and checked in both schemes by switching
 * the emulated `prefers-color-scheme`, which both the playground ("system" theme) and the
 * sandbox's own pages follow. A failure lists every rule, target and summary, so the fix starts
 * from the message.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { test } from './fixtures/index.ts';
import { VIEWS, openView } from './setup/views.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`),
  );
}

for (const view of VIEWS) {
  test(`axe: ${view}, light and dark, no violations`, async ({ page, request, baseURL, sandbox }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openView({ page, request, baseURL: baseURL!, sandbox }, view);
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      found.push(...(await violations(page)).map((v) => `[${scheme}] ${v}`));
    }
    if (found.length) console.log(`${view}:\n  ${found.join('\n  ')}`);
    expect(found, found.join('\n')).toEqual([]);
  });
}
