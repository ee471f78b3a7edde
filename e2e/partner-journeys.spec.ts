/**
 * Partner journeys (issue 14): a mobile browser's same-device login (an "Open iAM Smart" page instead of a
 * QR, the simulated app in the same tab, back to the playground's callback), the sandbox's
 * warnings recorded by the inspector, and the partner guide reached from the first screen.
 */
import { test, expect } from './fixtures/index.ts';
import { initiateViaProxy, newFlowId, playgroundCallback, pollViaProxy } from './fixtures/playground-proxy.ts';

test('a mobile browser gets "Open iAM Smart", approves in the same tab and lands back on its flow', async ({ page, request, baseURL }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const flowId = newFlowId('same-device');
  const login = await initiateViaProxy(request, 'auth', {
    source: 'Android_Chrome',
    lang: 'en-US',
    redirect: playgroundCallback(baseURL!, flowId),
  });
  expect(login.url).toMatch(/\/sandbox\/sim\/qr\/[A-Za-z0-9]+$/);

  await page.goto(login.url!);
  await expect(page.getByTestId('broker-same-device')).toBeVisible();
  await expect(page.getByTestId('qr-code')).toHaveCount(0);
  const open = page.getByRole('link', { name: 'Open iAM Smart' });
  await expect(open).toHaveAttribute('data-deep-link', `hk.gov.iamsmart.testapp://auth?ticketID=${login.ticketID}`);
  await page.screenshot({ path: test.info().outputPath('same-device-page.png') });

  await open.click();
  await page.getByTestId('persona-select').selectOption('wong-siu-ling');
  await page.getByTestId('phone-approve').click();
  await page.waitForURL(`**/flows/${flowId}`, { timeout: 15_000 });
  await expect(page.getByTestId(`flow-timeline-${flowId}`).getByTestId('callback-state-ok')).toBeVisible();
  expect((await pollViaProxy(request, login.token)).status).toBe(200);
});

test('the inspector records x-sandbox-warnings: a sample code kept in a browser poll is ignored, not refused', async ({
  request,
  baseURL,
}) => {
  const flowId = newFlowId('warnings');
  const login = await initiateViaProxy(request, 'auth', { source: 'PC_Browser', redirect: playgroundCallback(baseURL!, flowId) });
  const polled = await pollViaProxy(request, login.token, 'a51c81dc…');
  expect(polled.status).toBe(202);
  const { exchanges } = (await (await request.get(`/api/exchanges?flow=${flowId}`)).json()) as {
    exchanges: { endpointId?: string; response?: { headers: Record<string, string> } }[];
  };
  const poll = exchanges.find((e) => e.endpointId === 'poll');
  expect(JSON.parse(poll!.response!.headers['x-sandbox-warnings'])).toEqual([expect.objectContaining({ path: 'code' })]);
});

test('the partner guide is one click from the first screen', async ({ page, context }) => {
  await page.goto('/');
  const [guide] = await Promise.all([context.waitForEvent('page'), page.getByTestId('partner-guide-link').click()]);
  await expect(guide.locator('body')).toContainText('Partner guide: integrating with Fill Easy');
  await expect(guide.locator('body')).toContainText('http://127.0.0.1:8787/sandbox');
});
