// A playground server per worker (fixtures/index.ts), so parallel workers never share its sandbox client.
import { test, expect } from './fixtures/index.ts';
import { readFile } from 'node:fs/promises';
import { FlowsPage } from './pages/flows-page.ts';
import { PUBLIC_TEST_CLIENT } from '../shared/sandbox/public-test-client.ts';

const SANDBOX_SECRET = PUBLIC_TEST_CLIENT.secret;

let pageErrors: string[] = [];
test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

test('approve on the simulated phone: QR, callback caught with its state checked, decrypted personal data, then 410 on a second poll', async ({
  page,
}) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('manual');
  const id = await flows.run('formfilling-anonymous');
  const timeline = flows.timeline(id);
  await expect(timeline.getByTestId('timeline-initiation')).toBeVisible();
  await expect(timeline.getByTestId('qr-image')).toBeVisible();
  await expect(timeline.getByTestId('countdown')).toContainText('Times out in');
  await expect(flows.page.getByTestId('open-phone-page')).toHaveAttribute('href', /\/sandbox\/sim\/app\//);
  await expect(timeline.getByTestId('poll-outcome-pending').first()).toBeVisible();

  await flows.act('approve');
  await expect(timeline.getByTestId('timeline-phone')).toContainText('Approved');
  await expect(timeline.getByTestId('callback-state-ok')).toBeVisible();
  await flows.finished();
  const card = timeline.getByTestId('personal-data-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('pd-enName')).not.toBeEmpty();
  await expect(timeline.getByTestId('result-plaintext')).toContainText('formFilling');
  await timeline.getByTestId('decode-jwe').first().click();
  await expect(page.getByTestId('inspector-panel').getByTestId('jwe-key')).toContainText('sandbox');

  await page.getByTestId('recipe-poll-again-0').click();
  await expect(page.getByTestId('poll-again-result')).toContainText('HTTP 410');
  await expect(timeline.getByTestId('poll-outcome-deleted')).toBeVisible();
  expect(await page.content()).not.toContain(SANDBOX_SECRET);
});

test('an app source gets a deep link as QR and text; the poll carries the code the app received', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('manual');
  await page.getByTestId('recipe-source').selectOption('App_Link');
  const id = await flows.run('formfilling-anonymous');
  const timeline = flows.timeline(id);
  await expect(timeline.getByTestId('qr-text')).toContainText('hk.gov.iamsmart.testapp://profile?ticketID=');
  await expect(timeline.getByTestId('qr-image')).toBeVisible();
  await flows.act('approve');
  await flows.finished();
  await expect(timeline.getByTestId('personal-data-card')).toBeVisible();
});

test('log in then fill a form, approved by scenario: the chained call uses the real token and the result is decrypted', async ({
  page,
}) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('approve');
  await flows.run('auth-formfilling');
  await flows.finished();
  await expect(flows.stepOutcome(0)).toHaveAttribute('data-outcome', 'collected');
  await expect(flows.stepOutcome(1)).toHaveAttribute('data-outcome', 'collected');
  await expect(page.getByTestId('personal-data-card')).toBeVisible();
  await expect(page.getByTestId('pd-hkid-check')).toHaveText('check digit valid');
});

test('reject on the phone ends the flow with 403 rejected', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('manual');
  const id = await flows.run('signing-anonymous');
  await flows.act('reject');
  await flows.finished();
  await expect(flows.timeline(id).getByTestId('poll-outcome-rejected')).toBeVisible();
  await expect(flows.stepOutcome(0)).toHaveAttribute('data-outcome', 'rejected');
});

test('cancel by scenario preset on the chained call of log in then re-authenticate', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('cancel');
  await flows.run('auth-reauth');
  await flows.finished();
  await expect(flows.stepOutcome(0)).toHaveAttribute('data-outcome', 'collected');
  await expect(flows.stepOutcome(1)).toHaveAttribute('data-outcome', /cancelled|rejected/);
});

test('approve after N polls: the sandbox answers 202 twice, then 200', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('approve-after-polls');
  await page.getByTestId('recipe-after-polls').fill('2');
  await page.getByTestId('recipe-interval').fill('250');
  const id = await flows.run('signing-anonymous');
  await flows.finished();
  const timeline = flows.timeline(id);
  expect(await FlowsPage.pendingPolls(timeline)).toBe(2);
  await expect(timeline.getByTestId('timeline-poll-run')).toHaveAttribute('data-polls', '2');
  await expect(timeline.getByTestId('poll-outcome-collected')).toHaveCount(1);
  await expect(timeline.getByTestId('signature-verdict')).toContainText('Signature valid for this hash');
});

test('moving the sandbox clock 5 minutes times a pending request out (410)', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('manual');
  const id = await flows.run('pdf-signing-anonymous');
  await expect(flows.timeline(id).getByTestId('poll-outcome-pending').first()).toBeVisible();
  await flows.advanceClock(5);
  await flows.finished();
  await expect(flows.timeline(id).getByTestId('poll-outcome-timed_out')).toBeVisible();
});

test('an approved result nobody polls is deleted after 18 minutes on the sandbox clock', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('manual');
  const id = await flows.run('formfilling-anonymous');
  await page.getByTestId('recipe-pause').click();
  await expect(page.getByTestId('recipe-status')).toHaveAttribute('data-status', 'paused');
  await flows.act('approve');
  await expect(flows.timeline(id).getByTestId('countdown')).toContainText('Result deleted in');
  await flows.advanceClock(18);
  await page.getByTestId('recipe-resume').click();
  await flows.finished();
  await expect(flows.timeline(id).getByTestId('poll-outcome-deleted')).toBeVisible();
});

test('log in then sign: the signature is checked in the browser against the returned certificate', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('approve');
  await flows.run('auth-signing');
  await flows.finished();
  const check = page.getByTestId('signing-check');
  await expect(check.getByTestId('signature-verdict')).toContainText('Signature valid for this hash');
  await expect(check.getByTestId('cert-subject')).toContainText('CN=');
  await expect(check.getByTestId('hkic-pair')).toContainText('the same digits');
});

test('a flow exported as a recording imports again as a read-only view', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('approve');
  const id = await flows.run('formfilling-anonymous');
  await flows.finished();
  await expect(flows.timeline(id).getByTestId('personal-data-card')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-recording').click();
  const file = await (await download).path();
  const text = await readFile(file, 'utf8');
  expect(text).not.toContain(SANDBOX_SECRET);
  expect(JSON.parse(text)).toMatchObject({ kind: 'iamsmart-playground/flow-recording', rootFlowId: id });

  await page.goto('/flows');
  await page.getByTestId('import-recording').setInputFiles({ name: 'rec.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('read-only')).toBeVisible();
  await expect(flows.timeline(id).getByTestId('timeline-initiation')).toBeVisible();
  await expect(page.getByTestId('phone-panel')).toHaveCount(0);
});
