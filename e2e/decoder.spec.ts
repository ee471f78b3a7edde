import { test, expect } from './fixtures/index.ts';

test('the decoder opens a sandbox JWE with the key that opened it', async ({ page, sandbox }) => {
  const init = await sandbox.initiate('formfilling-anonymous', {
    source: 'PC_Browser',
    redirect: 'http://127.0.0.1:8787/callback',
    formData: { formName: 'Decoder test', formFields: ['enName', 'mobileNumber'] },
  });
  await sandbox.approve(init.token);
  const poll = await sandbox.waitForPoll(init.token, 200);
  const data = (poll.body as { data: string }).data;

  await page.goto('/decoder');
  await page.getByTestId('decoder-input').fill(data);
  await expect(page.getByTestId('token-kind-jwe')).toBeVisible();
  await expect(page.getByTestId('token-segment-4')).toBeVisible();
  await expect(page.getByTestId('jwe-key')).toContainText('sandbox');
  await expect(page.getByTestId('jwe-plaintext')).toContainText('formFilling');
});

test('the decoder reads a JWS in the browser and explains its claims', async ({ page, sandbox }) => {
  const init = await sandbox.initiate('auth', { source: 'PC_Browser', redirect: 'http://127.0.0.1:8787/callback' });
  await page.goto('/decoder');
  await page.getByTestId('decoder-input').fill(init.token);
  await expect(page.getByTestId('token-kind-jws')).toBeVisible();
  await expect(page.getByTestId('token-header')).toContainText('HS256');
  await expect(page.getByTestId('claim-exp')).toContainText('valid');
  await expect(page.getByTestId('claim-svc')).toContainText('auth');
  await expect(page.getByTestId('jws-verified')).toContainText('verified by the server');
});

test('a malformed token gets a clear explanation, never an exception', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/decoder');
  const input = page.getByTestId('decoder-input');
  await input.fill('abc.def');
  await expect(page.getByTestId('decode-problem')).toContainText('3 parts');
  await input.fill('"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"');
  await expect(page.getByTestId('decode-problem')).toContainText('base64url');
  await input.fill('bm90IGpzb24.e30.c2ln');
  await expect(page.getByTestId('decode-problem')).toContainText('not JSON');
  expect(errors).toEqual([]);
});
