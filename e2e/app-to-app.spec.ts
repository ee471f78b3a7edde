/**
 * App-to-App (docs/sandbox-contract.md §6, §8): an app source gets a deep link instead of a QR page; the
 * simulated phone (standing in for iAM Smart on the same device) sends the user to the redirect with
 * a `code`, and the result is released only to a poll that carries that code.
 */
import { test, expect } from './fixtures/index.ts';
import { initiateViaProxy, newFlowId, playgroundCallback, pollViaProxy } from './fixtures/playground-proxy.ts';
import { endpoint } from '../shared/catalogue/index.ts';

for (const source of ['android', 'iOS'] as const) {
  test(`${source}: the deep link opens the phone, its redirect carries the code, and Poll Data needs that code`, async ({
    page,
    request,
    baseURL,
    sandbox,
  }) => {
    const flowId = newFlowId(`a2a-${source.toLowerCase()}`);
    const auth = await initiateViaProxy(request, 'auth', { source, redirect: playgroundCallback(baseURL!, flowId) });
    expect(auth.url).toBe(`hk.gov.iamsmart.testapp://${endpoint('auth').deepLink}?ticketID=${auth.ticketID}`);

    const phone = await sandbox.phone(page, auth.ticketID!);
    const redirected = page.waitForRequest((r) => r.url().startsWith(playgroundCallback(baseURL!, flowId)));
    await phone.approve('cheung-mei-yee');
    const callback = new URL((await redirected).url());
    const code = callback.searchParams.get('code');
    expect(code).toMatch(/^[0-9a-f]{32}$/);
    expect(callback.searchParams.get('service')).toBe('auth');
    await page.waitForURL(`**/flows/${flowId}`);

    expect((await pollViaProxy(request, auth.token)).status, 'no code').toBe(400);
    expect((await pollViaProxy(request, auth.token, 'f'.repeat(32))).status, 'a wrong code').toBe(401);
    const polled = await pollViaProxy(request, auth.token, code!);
    expect(polled.status).toBe(200);
    const result = await sandbox.openResult(polled.body.data as string);
    expect((result.iAMSMART as { openID?: string }).openID).toBeTruthy();
    await expect(page.getByTestId(`flow-timeline-${flowId}`)).toHaveAttribute('data-status', 'collected');
  });
}
