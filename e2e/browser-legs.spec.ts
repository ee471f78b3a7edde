/**
 * The browser legs of a login, end to end: the sandbox's QR page, the simulated phone in a second
 * tab, the Callback's 302 back into the playground (/callback?flow=<id> -> /flows/<id>) and the
 * flow view showing the outcome. Transactions start and are polled through the playground's proxy
 * so the inspector records them; each test has its own flow and token.
 */
import { test, expect } from './fixtures/index.ts';
import { initiateViaProxy, newFlowId, playgroundCallback, pollViaProxy } from './fixtures/playground-proxy.ts';
import { endpoint } from '../shared/catalogue/index.ts';
import { DEFAULT_SANDBOX } from '../server/config.ts';

const AUTH = endpoint('auth');

async function startLogin(request: Parameters<typeof initiateViaProxy>[0], baseURL: string, label: string) {
  const flowId = newFlowId(label);
  const auth = await initiateViaProxy(request, 'auth', {
    source: 'PC_Browser',
    lang: 'en-US',
    redirect: playgroundCallback(baseURL, flowId),
  });
  expect(auth.flowId, 'the proxy adopts the flow id named in the redirect').toBe(flowId);
  expect(auth.ticketID).toBeTruthy();
  return { ...auth, flowId, ticketID: auth.ticketID! };
}

test('approve: a real QR of the deep link, the phone approves, the callback lands on the flow, which shows the result', async ({
  page,
  context,
  request,
  baseURL,
  sandbox,
}) => {
  const login = await startLogin(request, baseURL!, 'approve');
  const qr = await sandbox.qrPage(page, login.url!);
  await qr.expectRealQr();
  const deepLink = await qr.deepLink();
  expect(deepLink).toBe(`hk.gov.iamsmart.testapp://${AUTH.deepLink}?ticketID=${login.ticketID}`);
  await expect(qr.phoneLink()).toHaveAttribute('href', new RegExp(`/sim/app/${login.ticketID}$`));

  const phone = await sandbox.phone(await context.newPage(), login.ticketID);
  await phone.approve('lee-ka-ho');
  await phone.expectStatus('approved');

  await qr.waitForReturn(`**/flows/${login.flowId}`);
  const timeline = page.getByTestId(`flow-timeline-${login.flowId}`);
  await expect(timeline).toBeVisible();
  await expect(timeline.getByTestId('timeline-callback')).toBeVisible();
  await expect(timeline.getByTestId('callback-state-ok')).toBeVisible();

  const polled = await pollViaProxy(request, login.token);
  expect(polled.status).toBe(200);
  await expect(timeline).toHaveAttribute('data-status', 'collected');
  await expect(page.getByTestId('auth-result')).toContainText(/openID/);
});

for (const [action, status, code] of [
  ['reject', 'rejected', AUTH.outcomes!.rejected],
  ['cancel', 'cancelled', AUTH.outcomes!.cancelled],
] as const) {
  test(`${action}: the callback carries ${code}, the flow shows ${status} and Poll Data answers 403`, async ({
    page,
    context,
    request,
    baseURL,
    sandbox,
  }) => {
    const login = await startLogin(request, baseURL!, action);
    const qr = await sandbox.qrPage(page, login.url!);
    const phone = await sandbox.phone(await context.newPage(), login.ticketID);
    await phone[action]();
    await phone.expectStatus(status);

    await qr.waitForReturn(`**/flows/${login.flowId}`);
    const flow = await (await request.get(`/api/flows/${login.flowId}`)).json();
    expect(flow.callbacks.map((c: { query: Record<string, string> }) => c.query)).toEqual([
      expect.objectContaining({ errorCode: code, service: 'auth' }),
    ]);
    expect(flow.callbacks[0].query.code).toBeUndefined();

    const polled = await pollViaProxy(request, login.token);
    expect(polled.status).toBe(403);
    expect(polled.body.errorCode).toBe(code);
    await expect(page.getByTestId(`flow-timeline-${login.flowId}`)).toHaveAttribute('data-status', status);
  });
}

test('timeout: moving the sandbox clock past the pending limit ends the login with 410 and the QR page returns with the timeout code', async ({
  page,
  request,
  baseURL,
  sandbox,
}) => {
  const login = await startLogin(request, baseURL!, 'timeout');
  const qr = await sandbox.qrPage(page, login.url!);
  expect((await pollViaProxy(request, login.token)).status).toBe(202);

  await sandbox.advanceClock(DEFAULT_SANDBOX.pendingTimeoutMs + 1_000);
  await qr.waitForReturn(`**/flows/${login.flowId}`);
  const polled = await pollViaProxy(request, login.token);
  expect(polled.status).toBe(410);
  expect(polled.body.errorCode).toBe(AUTH.outcomes!.timedOut);
  await expect(page.getByTestId(`flow-timeline-${login.flowId}`)).toHaveAttribute('data-status', 'timed_out');
});
