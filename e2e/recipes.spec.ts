/**
 * Each of the seven recipes, approve path, end to end through the UI: one click on /flows with the
 * user acting on the phone, the sandbox's QR page opened from the flow's link, the simulated phone,
 * the Callback's redirect back to /flows/<id>, and the result the playground shows there.
 * Chained steps (no url for a browser source) are approved on the phone by their ticketID.
 */
import { test, expect, type Sandbox } from './fixtures/index.ts';
import { RecipeJourney } from './pages/recipe-journey.ts';
import { expectPdfSignature, expectPersonalData, expectSignatureValid, openIdShown } from './pages/recipe-results.ts';
import type { Page } from '@playwright/test';

let pageErrors: string[] = [];
test.beforeEach(({ context }) => {
  pageErrors = [];
  context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(`${p.url()}: ${e.message}`)));
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

async function enName(sandbox: Sandbox, persona: string): Promise<string> {
  const found = (await sandbox.personas()).find((p) => p.id === persona);
  expect(found, `persona ${persona}`).toBeTruthy();
  return String(found!.enName);
}

/** The login leg of a chained recipe: QR page, phone, Callback; returns the tab now back on /flows/<root>. */
async function logIn(journey: RecipeJourney, persona: string): Promise<Page> {
  const qr = await journey.openQr(0);
  await journey.approve(await journey.phoneFromQr(qr), persona, qr);
  const root = RecipeJourney.step(qr.page, 0);
  await expect(root.getByTestId('callback-state-ok')).toBeVisible();
  await expect(root.getByTestId('auth-result')).toContainText('openID');
  return qr.page;
}

test("Authentication → Form Filling: the QR login, then the form on the phone; the returned tab shows the persona's data", async ({
  page,
  sandbox,
}) => {
  const persona = 'wong-siu-ling';
  const journey = await RecipeJourney.start(page, sandbox, 'auth-formfilling');
  const back = await logIn(journey, persona);

  await journey.approve(await journey.phoneForChained('formfilling', persona), persona);
  await journey.flows.finished();
  await expectPersonalData(RecipeJourney.step(back, 1), await enName(sandbox, persona));
});

test("Authentication → Signing: the phone shows the response's 4 digits; the signature checks out", async ({ page, sandbox }) => {
  const persona = 'lee-ka-ho';
  const journey = await RecipeJourney.start(page, sandbox, 'auth-signing');
  const back = await logIn(journey, persona);

  const hkic = await journey.hkicShown(1);
  const phone = await journey.phoneForChained('signing', persona, hkic);
  expect(await phone.hkic()).toBe(hkic);
  await journey.approve(phone, persona);
  await journey.flows.finished();
  await expectSignatureValid(RecipeJourney.step(back, 1), hkic);
});

test("Authentication → PDF Signing: the phone shows the response's 4 digits; pdfSignature and certificate are shown", async ({
  page,
  sandbox,
}) => {
  const persona = 'cheung-mei-yee';
  const journey = await RecipeJourney.start(page, sandbox, 'auth-pdf-signing');
  const back = await logIn(journey, persona);

  const hkic = await journey.hkicShown(1);
  const phone = await journey.phoneForChained('pdf-signing', persona, hkic);
  expect(await phone.hkic()).toBe(hkic);
  await journey.approve(phone, persona);
  await journey.flows.finished();
  await expectPdfSignature(RecipeJourney.step(back, 1), await enName(sandbox, persona));
});

test("Authentication → Re-authentication: a second QR and Callback; the fresh result has the login's openID", async ({ page, sandbox }) => {
  const persona = 'ho-chun-kit';
  const journey = await RecipeJourney.start(page, sandbox, 'auth-reauth');
  const back = await logIn(journey, persona);
  const loginOpenId = await openIdShown(RecipeJourney.step(back, 0));

  const qr = await journey.openQr(1);
  await journey.approve(await journey.phoneFromQr(qr), persona, qr);
  await journey.flows.finished();
  const reauth = RecipeJourney.step(qr.page, 1);
  await expect(reauth.getByTestId('poll-outcome-collected')).toBeVisible();
  expect(await openIdShown(reauth)).toBe(loginOpenId);
});

test("Anonymous Form Filling: QR, phone, Callback; the returned tab shows the persona's data", async ({ page, sandbox }) => {
  const persona = 'lam-wing-sze';
  const journey = await RecipeJourney.start(page, sandbox, 'formfilling-anonymous');
  const qr = await journey.openQr(0);
  await journey.approve(await journey.phoneFromQr(qr), persona, qr);
  await expectPersonalData(RecipeJourney.step(qr.page, 0), await enName(sandbox, persona));
  await journey.flows.finished();
});

test("Anonymous Signing: QR, the phone shows the response's 4 digits, Callback; the signature checks out", async ({ page, sandbox }) => {
  const persona = 'chan-tai-man';
  const journey = await RecipeJourney.start(page, sandbox, 'signing-anonymous');
  const hkic = await journey.hkicShown(0);
  const qr = await journey.openQr(0);
  const phone = await journey.phoneFromQr(qr);
  expect(await phone.hkic()).toBe(hkic);
  await journey.approve(phone, persona, qr);
  await expectSignatureValid(RecipeJourney.step(qr.page, 0), hkic);
  await journey.flows.finished();
});

test("Anonymous PDF Signing: QR, the phone shows the response's 4 digits, Callback; pdfSignature and certificate are shown", async ({
  page,
  sandbox,
}) => {
  const persona = 'wong-siu-ling';
  const journey = await RecipeJourney.start(page, sandbox, 'pdf-signing-anonymous');
  const hkic = await journey.hkicShown(0);
  const qr = await journey.openQr(0);
  const phone = await journey.phoneFromQr(qr);
  expect(await phone.hkic()).toBe(hkic);
  await journey.approve(phone, persona, qr);
  await expectPdfSignature(RecipeJourney.step(qr.page, 0), await enName(sandbox, persona));
  await journey.flows.finished();
});
