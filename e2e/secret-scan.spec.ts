/**
 * The client secret never reaches the browser (docs/quality-targets.md SEC-1). Everything the browser saw
 * during a whole flow driven through the playground UI is recorded (requests, responses with
 * headers and bodies, HTML, console, Server-Sent Events, cookies, localStorage, sessionStorage,
 * IndexedDB) and searched for the secret in hex (any case) and Base64 / Base64url of the hex string
 * and of the 32 raw bytes. The first test proves the search finds deliberate leaks.
 */
import { test, expect } from './fixtures/index.ts';
import { BrowserRecorder, type Seen } from './fixtures/browser-recorder.ts';
import { newFlowId, playgroundCallback } from './fixtures/playground-proxy.ts';
import { findSecret, secretForms, type Finding } from './fixtures/secret-detector.ts';
import { SANDBOX_TEST_CLIENT } from './fixtures/sandbox-settings.ts';
import { WorkbenchPage } from './pages/workbench-page.ts';
import { endpoint } from '../shared/catalogue/index.ts';

const SECRET = SANDBOX_TEST_CLIENT.secret;
const FORMS = secretForms(SECRET);
const RAW = Buffer.from(SECRET, 'hex');

function scan(seen: Seen[]): Finding[] {
  return seen.flatMap((s) => findSecret(s.source, s.text, FORMS));
}

test('the detector finds a deliberately leaked secret in a body, a header, the console and IndexedDB', async ({ page, context }) => {
  const recorder = await BrowserRecorder.attach(context);
  // Test-only leaks: two bytes before the raw key put its Base64 off the 3-byte grid, as inside a JWT.
  const unaligned = Buffer.concat([Buffer.from('k='), RAW]).toString('base64');
  await page.route('**/api/environments', async (route) => {
    const res = await route.fetch();
    const json = { ...(await res.json()), debugKey: unaligned };
    await route.fulfill({ response: res, json, headers: { ...res.headers(), 'x-debug-key': SECRET.toUpperCase() } });
  });
  const environments = page.waitForResponse('**/api/environments');
  await page.goto('/');
  await environments;
  await page.evaluate(
    async ([hexB64, rawB64url]) => {
      console.log(`token=${rawB64url}`);
      await new Promise<void>((ok) => {
        const open = indexedDB.open('leak-test', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('keys');
        open.onsuccess = () => {
          const tx = open.result.transaction('keys', 'readwrite');
          tx.objectStore('keys').put({ value: hexB64 }, 'k');
          tx.oncomplete = () => (open.result.close(), ok());
        };
      });
    },
    [Buffer.from(SECRET).toString('base64'), Buffer.concat([Buffer.from('x'), RAW]).toString('base64url')],
  );
  await recorder.snapshot();
  const findings = scan(await recorder.settle());

  const where = (source: RegExp, form: string) => findings.some((f) => source.test(f.source) && f.form === form);
  expect(
    where(/^response 200 .*\/api\/environments body$/, 'Base64 of the 32 raw bytes (alignment 2)'),
    JSON.stringify(findings, null, 1),
  ).toBe(true);
  expect(where(/^response 200 .*\/api\/environments headers$/, 'hex (upper case)')).toBe(true);
  expect(where(/^console log$/, 'Base64 of the 32 raw bytes (alignment 1)')).toBe(true);
  expect(where(/^storage /, 'Base64 of the secret string (alignment 0)')).toBe(true);
  expect(findSecret('plain', 'nothing to see', FORMS)).toEqual([]);
});

test('a whole flow through the playground UI shows the browser no trace of the client secret', async ({
  page,
  context,
  baseURL,
  sandbox,
}) => {
  test.setTimeout(60_000);
  const recorder = await BrowserRecorder.attach(context);
  const wb = new WorkbenchPage(page);
  const flowId = newFlowId('secret-scan');
  // The editor's text at once (long tokens typed key by key cost seconds each), checked whole.
  const setBody = async (body: unknown) => {
    await wb.typeBody('');
    await page.keyboard.insertText(JSON.stringify(body));
    const flat = (text: string) => text.replace(/\s/g, '');
    await expect.poll(async () => flat(await wb.editorText()), { intervals: [50] }).toBe(flat(JSON.stringify(body)));
  };
  const send = async (path: string) => {
    const answered = page.waitForResponse((r) => r.url().endsWith(`/proxy/sandbox${path}`));
    await page.keyboard.press('ControlOrMeta+Enter'); // the editor has the focus
    return answered;
  };

  // 1. Login from the workbench; the browser legs (QR page, phone, callback) in real tabs.
  await wb.open();
  await wb.pick('auth');
  await wb.editorReady();
  await setBody({ source: 'PC_Browser', redirect: playgroundCallback(baseURL!, flowId), scope: 'eidapi_auth eidapi_formFilling' });
  const auth = (await (await send(endpoint('auth').path)).json()) as { token: string; url: string };
  const qr = await sandbox.qrPage(page, auth.url);
  const phone = await sandbox.phone(await context.newPage(), qr.ticketID);
  await phone.approve();
  await qr.waitForReturn(`**/flows/${flowId}`);

  // 2. Poll, then form filling (approved by the workbench's scenario header), then its poll.
  await wb.open();
  await wb.pick('poll');
  await wb.editorReady();
  await setBody({ token: auth.token });
  expect((await send(endpoint('poll').path)).status()).toBe(200);

  await wb.pick('formfilling');
  await page.getByTestId('scenario').selectOption('approve');
  await setBody({ token: auth.token, source: 'PC_Browser', profileFields: ['enName', 'idNo'] });
  const form = (await (await send(endpoint('formfilling').path)).json()) as { token: string };
  await wb.pick('poll');
  await setBody({ token: form.token });
  let data = '';
  await expect(async () => {
    const res = await send(endpoint('poll').path);
    expect(res.status()).toBe(200);
    data = ((await res.json()) as { data: string }).data;
  }).toPass({ timeout: 10_000, intervals: [100] });

  // 3. The flow view and the decoder open the results (on the server, which alone holds the key).
  await page.goto(`/flows/${flowId}`);
  await expect(page.getByTestId('personal-data-card').getByTestId('pd-enName')).not.toBeEmpty();
  await page.goto('/decoder');
  await page.getByTestId('decoder-input').fill(data);
  await expect(page.getByTestId('jwe-plaintext')).toContainText('formFilling');

  await recorder.snapshot();
  const seen = await recorder.settle();
  // The recording really covered the flow: the result and the opened personal data are in it.
  expect(seen.some((s) => s.source.endsWith('body') && s.text.includes(data))).toBe(true);
  expect(seen.some((s) => s.source.startsWith('html') && s.text.includes('formFilling'))).toBe(true);
  expect(seen.some((s) => s.source.startsWith('request POST') && s.source.includes('/sim/app/'))).toBe(true);
  expect(seen.length).toBeGreaterThan(20);
  expect(scan(seen)).toEqual([]);
});
