/**
 * What a partner's own test suite looks like: with the package installed this file imports from
 * 'iamsmart-playground/playwright' (here, the same module from source). Each test gets its own
 * sandbox client, so these run in parallel on one shared sandbox (the config's webServer; its
 * `sandboxUrl` is set in playwright.config.ts). Replace REDIRECT with your app's callback.
 */
import { test, expect } from './fixtures/playwright.ts';

// Your app's callback. The test client accepts any http://127.0.0.1:<port> or http://localhost:<port> URL.
const REDIRECT = 'http://127.0.0.1:3999/iamsmart/callback';

test('login: the user scans the QR, approves on the phone, and is sent back with a code', async ({ page, context, sandbox }) => {
  const auth = await sandbox.initiate('auth', { source: 'PC_Browser', redirect: REDIRECT, scope: 'eidapi_auth eidapi_formFilling' });
  const qr = await sandbox.qrPage(page, auth.url!);
  await qr.expectRealQr();
  expect(await qr.deepLink()).toContain(auth.ticketID);

  // The QR page follows the Callback to your redirect (nothing needs to listen there for this test).
  const sentBack = page.waitForRequest((r) => r.url().startsWith(`${REDIRECT}?`));
  const phone = await sandbox.phone(await context.newPage(), auth.ticketID!);
  await phone.approve('wong-siu-ling');
  const back = new URL((await sentBack).url());
  expect(back.searchParams.get('service')).toBe('auth');
  expect(back.searchParams.get('code')).toMatch(/^[0-9a-f]{32}$/);

  const res = await sandbox.waitForPoll(auth.token, 200);
  const result = await sandbox.openResult((res.body as { data: string }).data);
  expect(result.iAMSMART).toMatchObject({ openID: expect.any(String), tokenType: expect.any(String) });
});

test("form filling after login returns the chosen persona's data", async ({ sandbox }) => {
  const [, persona] = await sandbox.personas();
  const auth = await sandbox.initiate('auth', { source: 'PC_Browser', redirect: REDIRECT, scope: 'eidapi_auth eidapi_formFilling' });
  await sandbox.approve(auth.token, persona.id);
  await sandbox.waitForPoll(auth.token, 200);

  const form = await sandbox.initiate('formfilling', { token: auth.token, source: 'PC_Browser', profileFields: ['enName', 'chName'] });
  await sandbox.approve(form.token);
  const res = await sandbox.waitForPoll(form.token, 200);
  const result = await sandbox.openResult((res.body as { data: string }).data);
  expect(JSON.stringify(result.formFilling)).toContain(String(persona.chName));
});

test('signing: the phone shows the same 4 digits the API returned', async ({ page, sandbox }) => {
  const auth = await sandbox.initiate('auth', { source: 'PC_Browser', redirect: REDIRECT, scope: 'eidapi_auth eidapi_sign' });
  await sandbox.approve(auth.token);
  await sandbox.waitForPoll(auth.token, 200);

  const hash = 'af8b6f6259e2a3a0e36c3c4d7de6e7a1e4a5d1f1c7b9c2a5e7d0a3f6b8c9d0e1';
  const sign = await sandbox.initiate('signing', { token: auth.token, source: 'android', name: 'Loan agreement', hash });
  const phone = await sandbox.phone(page, sign.ticketID!);
  expect(await phone.hkic()).toBe(sign.hkic);
});

test('the user rejects: Poll Data answers 403 with the official code', async ({ sandbox }) => {
  const auth = await sandbox.initiate('auth', { source: 'PC_Browser', redirect: REDIRECT });
  await sandbox.reject(auth.token);
  const res = await sandbox.waitForPoll(auth.token, 403);
  expect(res.body).toMatchObject({ errorCode: 'D40001' });
});

test('the user never acts: after 5 minutes of sandbox time Poll Data answers 410', async ({ sandbox }) => {
  const auth = await sandbox.initiate('auth', { source: 'PC_Browser', redirect: REDIRECT });
  await sandbox.advanceClock(5 * 60_000 + 1_000);
  const res = await sandbox.waitForPoll(auth.token, 410);
  expect(res.body).toMatchObject({ errorCode: 'D40003' });
});

test('a scenario header decides without any UI: approve after two pending polls', async ({ sandbox }) => {
  const form = await sandbox.initiate(
    'formfilling-anonymous',
    {
      source: 'PC_Browser',
      redirect: REDIRECT,
      formData: { formName: 'Membership', formNum: 'M-1', formDesc: 'Join', formFields: ['emailAddress'] },
    },
    { 'x-sandbox-scenario': 'approve-after-polls=2' },
  );
  expect((await sandbox.poll(form.token)).status).toBe(202);
  expect((await sandbox.poll(form.token)).status).toBe(202);
  await sandbox.waitForPoll(form.token, 200);
});
