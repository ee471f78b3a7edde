// A playground server per worker (fixtures/index.ts), so parallel workers never share its sandbox client.
import { test, expect } from './fixtures/index.ts';
import { endpoint } from '../shared/catalogue/index.ts';
import { SNIPPET_LANGUAGES } from '../shared/kits/languages.ts';
import { WorkbenchPage } from './pages/workbench-page.ts';
import { PUBLIC_TEST_CLIENT } from '../shared/sandbox/public-test-client.ts';

// The sandbox's published test-only secret (README): it must never reach the page.
const SANDBOX_SECRET = PUBLIC_TEST_CLIENT.secret;
const goodAuth = '{"source":"PC_Browser","redirect":"http://localhost:3999/callback","scope":"eidapi_auth eidapi_formFilling"}';
const badAuth = goodAuth.replace('eidapi_formFilling', 'eidapi_bogus');

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    // A clean browser state per test, except across the reloads a test does itself.
    if (!sessionStorage.getItem('e2e-started')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-started', '1');
    }
  });
});

test('pick an endpoint, insert its example, see and fix a bad scope, send and read the 200', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.open();
  await wb.pick('poll');
  await expect(page.getByTestId('token-source')).toBeVisible();
  await wb.pick('auth');
  await expect(page.getByTestId('field-table')).toContainText('scope');
  await wb.editorReady();

  await wb.typeBody('{}');
  await page.getByTestId('insert-example').click();
  await expect.poll(() => wb.editorText()).toContain(String(endpoint('auth').example.source));
  await expect(wb.problems).toContainText(/no problems/i);

  await wb.typeBody(badAuth);
  await expect(wb.problems.locator('[data-source="validate"]')).toContainText('scope');
  await expect(wb.squiggles().first()).toBeVisible();

  await wb.typeBody(goodAuth);
  await expect(wb.problems).toContainText(/no problems/i);
  await expect(wb.squiggles()).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(wb.status).toHaveText('200');
  await expect(page.getByTestId('response-meaning')).toContainText(/initialised/i);
  await expect(wb.body).toContainText('"token"');
  await expect(page.getByTestId('request-status')).toContainText('200');
});

test('a 400 from the server puts its field errors next to the editor', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.open();
  await wb.editorReady();
  await wb.typeBody(badAuth);
  await wb.send();
  await expect(wb.status).toHaveText('400');
  await expect(page.getByTestId('response-field-errors')).toContainText('scope');
  await expect(wb.problems.locator('[data-source="server"]').first()).toBeVisible();
});

test('the history keeps sent requests across a reload and re-opens them', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.open();
  await wb.editorReady();
  await wb.typeBody(goodAuth);
  await wb.send();
  await expect(wb.status).toHaveText('200');

  await page.reload();
  await wb.showTab('history');
  const entry = page.getByTestId('history-entry');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('/iamsmart/v2/request/auth');
  await page.getByTestId('history-search').fill('no-such-thing');
  await expect(entry).toHaveCount(0);
  await page.getByTestId('history-search').fill('auth');
  await wb.pick('poll');
  await entry.getByTestId('history-reopen').click();
  await expect(page.getByTestId('endpoint-auth')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => wb.editorText()).toContain('eidapi_formFilling');
});

test('code snippets use placeholders and never the secret', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.open();
  await wb.showTab('snippets');
  for (const kind of SNIPPET_LANGUAGES) {
    await page.getByTestId(`snippet-kind-${kind}`).check();
    const code = page.getByTestId('snippet-code');
    await expect(code).toContainText('FILLEASY_CLIENT_SECRET');
    await expect(code).toContainText('/iamsmart/v2/request/auth');
    expect(await code.innerText()).not.toContain(SANDBOX_SECRET);
  }
  expect(await page.content()).not.toContain(SANDBOX_SECRET);
});

test('switching the language changes the UI text and is remembered', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.open();
  await expect(page.getByTestId('send')).toContainText('Send');
  await page.getByTestId('ui-lang').selectOption('zh-HK');
  await expect(page.getByTestId('send')).toContainText('發送');
  await expect(page.getByTestId('tab-history')).toHaveText('記錄');
  await expect(page.getByTestId('nav-workbench')).toHaveText('工作台');
  await page.reload();
  await expect(page.getByTestId('send')).toContainText('發送');
  await page.getByTestId('ui-lang').selectOption('zh-CN');
  await expect(page.getByTestId('tab-snippets')).toHaveText('代码');
});
