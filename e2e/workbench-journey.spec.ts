/**
 * The first journey, done from the workbench as a new user would (issue 12): Authentication →
 * Insert example → Send → the QR in the response → Approve as a persona on the simulated phone →
 * Poll until done → the decrypted result → Open in decoder; then the flow's timeline (reached by
 * the offered "Open flow") has its Callback step, with its state checked. No console error at all,
 * CSP reports included: the browser never leaves the playground's origin.
 */
import { test, expect } from './fixtures/index.ts';
import { WorkbenchPage } from './pages/workbench-page.ts';
import { FlowsPage } from './pages/flows-page.ts';
import { collectConsoleErrors } from './setup/console-errors.ts';

const PERSONA = 'lee-ka-ho';

let consoleErrors: string[] = [];
test.beforeEach(async ({ page }) => {
  consoleErrors = collectConsoleErrors(page);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-started')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-started', '1');
    }
  });
});
test.afterEach(() => {
  expect(consoleErrors, 'console errors (CSP violations included)').toEqual([]);
});

test('Authentication from the workbench: example, send, QR, approve, poll until done, result, decoder, and the callback in the timeline', async ({
  page,
  sandbox,
}) => {
  expect((await sandbox.personas()).map((p) => p.id)).toContain(PERSONA);
  const wb = new WorkbenchPage(page);
  await wb.open();
  await wb.pick('auth');
  await wb.editorReady();

  await wb.insertExample();
  await expect.poll(() => wb.editorText()).toContain('/callback?flow=');
  await expect(wb.problems).toContainText(/no problems/i);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(wb.status).toHaveText('200');

  await expect(wb.nextStep.getByTestId('qr-image')).toBeVisible();
  await expect(wb.nextStep.getByTestId('next-open-qr')).toHaveAttribute('href', /\/sandbox\/sim\/qr\//);
  await expect(wb.nextStep.getByTestId('flow-status')).toHaveAttribute('data-status', 'pending');
  await wb.approveAs(PERSONA);
  await expect(wb.nextStep.getByTestId('flow-status')).toHaveAttribute('data-status', 'approved_uncollected');

  await wb.pollUntilDone();
  const result = wb.nextStep.getByTestId('next-result');
  await expect(result.getByTestId('auth-result')).toContainText('openID');
  await expect(wb.nextStep.getByTestId('flow-status')).toHaveAttribute('data-status', 'collected');

  await result.getByTestId('result-open-decoder').click();
  await expect(page.getByTestId('decoder-view')).toBeVisible();
  await expect(page.getByTestId('jwe-key')).toContainText('sandbox');
  await expect(page.getByTestId('decoder-view')).toContainText('openID');

  await page.goBack();
  const flowLink = wb.nextStep.getByTestId('open-flow');
  const flowId = new URL((await flowLink.getAttribute('href'))!, 'http://x').pathname.split('/').pop()!;
  await flowLink.click();
  const flows = new FlowsPage(page);
  const timeline = flows.timeline(flowId);
  await expect(timeline.getByTestId('timeline-callback')).toBeVisible();
  await expect(timeline.getByTestId('callback-state-ok')).toBeVisible();
  await expect(timeline.getByTestId('callback-problems')).toHaveCount(0);
  await expect(timeline.getByTestId('poll-outcome-collected')).toBeVisible();
  expect(page.url(), 'never left the playground').toContain(`/flows/${flowId}`);
});

test('Send explains invalid JSON where it is and keeps the old response marked stale; after a picked token, focus is back and Ctrl+Enter sends', async ({
  page,
}) => {
  const wb = new WorkbenchPage(page);
  await wb.open();
  await wb.pick('auth');
  await wb.editorReady();
  await wb.insertExample();
  await expect.poll(() => wb.editorText()).toContain('/callback?flow=');
  await wb.send();
  await expect(wb.status).toHaveText('200');

  await wb.typeBody('{"source": "PC_Browser" "lang": "en-US"}');
  await wb.send();
  await expect(page.getByTestId('send-refused')).toHaveText('Not sent: line 1: missing comma after "PC_Browser"');
  await expect(page.getByTestId('response-stale')).toBeVisible();
  await expect(wb.status).toHaveText('200');
  // The cursor is where the comma belongs: typing it there fixes the text.
  await page.keyboard.type(',');
  await expect(page.getByTestId('send-refused')).toHaveCount(0);
  await expect(wb.problems).not.toContainText('not valid JSON');

  await wb.pick('poll');
  await wb.insertExample();
  const picker = page.getByTestId('token-picker');
  await picker.click();
  const first = page.locator('#token-list .item').first();
  await expect(first).toHaveAttribute('data-fits', 'true');
  await expect(first).toContainText('Authentication');
  await expect(first).toContainText('fits this endpoint');
  await first.click();
  await expect(picker).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByTestId('request-status')).toContainText('Poll Data');
  await expect(page.getByTestId('response-stale')).toHaveCount(0);
});
