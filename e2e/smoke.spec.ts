// A playground server per worker (fixtures/index.ts), so parallel workers never share its sandbox client.
import { test, expect } from './fixtures/index.ts';
import { ENDPOINTS } from '../shared/catalogue/index.ts';

test('the playground loads with no console errors and lists every endpoint of the catalogue', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/');
  const list = page.getByTestId('endpoint-list');
  await expect(list).toBeVisible();
  for (const e of ENDPOINTS) {
    await expect(list.getByTestId(`endpoint-${e.id}`)).toContainText(e.title);
  }
  expect(problems).toEqual([]);
});
