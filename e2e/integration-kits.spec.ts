/**
 * The Code tab's whole-flow kit, as a partner gets it: from the first screen, pick Anonymous Signing,
 * open Code, choose the whole flow in Node, download the file. The downloaded kit is aimed at this
 * playground's sandbox, holds no secret, and runs: the test plays the user (approve through the
 * control API) and the kit prints the result with its signature verified.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { endpoint } from '../shared/catalogue/index.ts';
import { SANDBOX_TEST_CLIENT } from './fixtures/sandbox-settings.ts';
import { findSecret, secretForms } from './fixtures/secret-detector.ts';
import { WorkbenchPage } from './pages/workbench-page.ts';
import { driveKit } from '../scripts/kits/drive-kit.ts';

test('download the whole-flow kit for the current endpoint from the Code tab and run it against the sandbox', async ({
  page,
  baseURL,
}, testInfo) => {
  const wb = new WorkbenchPage(page);
  await wb.open();
  await wb.pick('signing-anonymous');
  await wb.showTab('snippets');
  await page.getByTestId('snippet-mode-flow').check();
  await expect(page.getByTestId('kit-recipe')).toHaveValue('signing-anonymous');
  await page.getByTestId('kit-lang-node').check();
  const code = page.getByTestId('snippet-code');
  await expect(code).toContainText('Anonymous Signing: the whole iAM Smart flow');
  await expect(code).toContainText(`${baseURL}/sandbox`);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('snippet-download').click()]);
  expect(download.suggestedFilename()).toBe('signing-anonymous-kit.mjs');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(text).toBe(await code.textContent());
  expect(findSecret('downloaded kit', text, secretForms(SANDBOX_TEST_CLIENT.secret))).toEqual([]);
  expect(findSecret('page', await page.content(), secretForms(SANDBOX_TEST_CLIENT.secret))).toEqual([]);

  // The kit's own default base URL is this sandbox: the run sets only the credentials.
  const client = { id: SANDBOX_TEST_CLIENT.id, secret: SANDBOX_TEST_CLIENT.secret, redirects: [] };
  const outcome = await driveKit(
    { command: process.execPath, args: [file], cwd: testInfo.outputDir, env: { FILLEASY_BASE_URL: '' } },
    { baseUrl: `${baseURL}/sandbox`, client },
    'approve',
    1,
  );
  const shown = `exit ${outcome.exitCode}; driver: ${outcome.actions.join(', ')}\n${outcome.stdout}\n${outcome.stderr}`;
  expect(outcome.exitCode, shown).toBe(0);
  const fileHash = String(endpoint('signing-anonymous').example.fileHash);
  expect(outcome.stdout, shown).toContain(`signature verified: SHA256withRSA over ${fileHash}`);
  const result = /^result signing-anonymous: (.*)$/m.exec(outcome.stdout)?.[1];
  expect(JSON.parse(result ?? 'null'), shown).toMatchObject({
    sign: { hashCode: fileHash, signature: expect.any(String), cert: expect.stringContaining('BEGIN CERTIFICATE') },
  });
});
