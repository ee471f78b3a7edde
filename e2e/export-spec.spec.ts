/**
 * Recordings become tests, from the first screen: run the Authentication → Form Filling recipe on
 * /flows, then "Export as Playwright spec" downloads a spec on the package's fixtures that replays
 * both steps (scripts/recorded-flow-spec.test.ts runs such a spec against a fresh sandbox).
 */
import { test, expect } from './fixtures/index.ts';
import { readFile } from 'node:fs/promises';
import { FlowsPage } from './pages/flows-page.ts';
import { SANDBOX_TEST_CLIENT } from './fixtures/sandbox-settings.ts';

test('a finished Authentication → Form Filling flow exports as a Playwright spec that replays it', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('approve');
  const id = await flows.run('auth-formfilling');
  await flows.finished();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-spec').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(`flow-${id}.spec.ts`);
  const spec = await readFile(await saved.path(), 'utf8');
  expect(spec).toContain("import { test, expect } from 'iamsmart-playground/playwright';");
  expect(spec).toContain(`recorded flow ${id}: auth → formfilling`);
  expect(spec).toContain('sandbox.initiate("auth"');
  expect(spec).toContain('sandbox.initiate("formfilling", { ...');
  expect(spec).toContain('token: step1.token');
  expect(spec).toMatch(/waitForPoll\(step2\.token, 200\)/);
  expect(spec).not.toContain(SANDBOX_TEST_CLIENT.secret);
});
