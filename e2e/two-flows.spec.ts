/**
 * Two anonymous form fillings at once, in two tabs, approved by two personas in the opposite order:
 * each tab comes back to its own flow and shows its own persona's data, never the other's.
 */
import { test, expect } from './fixtures/index.ts';
import { initiateViaProxy, newFlowId, playgroundCallback, pollViaProxy } from './fixtures/playground-proxy.ts';
import { endpoint } from '../shared/catalogue/index.ts';

test('two flows in two tabs do not mix: each shows its own persona', async ({ context, request, baseURL, sandbox }) => {
  const personas = await sandbox.personas();
  const [first, second] = [personas[0], personas[1]] as { id: string; enName: string }[];
  const example = endpoint('formfilling-anonymous').example;

  const tabs = await Promise.all(
    [first, second].map(async (persona, i) => {
      const flowId = newFlowId(`two-${i}`);
      const form = await initiateViaProxy(request, 'formfilling-anonymous', { ...example, redirect: playgroundCallback(baseURL!, flowId) });
      const page = await context.newPage();
      const qr = await sandbox.qrPage(page, form.url!);
      return { persona, flowId, form, page, qr };
    }),
  );
  // Approve in reverse order on two phones, while both QR pages wait.
  for (const tab of [...tabs].reverse()) {
    const phone = await sandbox.phone(await context.newPage(), tab.form.ticketID!);
    await phone.approve(tab.persona.id);
    await phone.expectStatus('approved');
  }
  for (const tab of tabs) {
    await tab.qr.waitForReturn(`**/flows/${tab.flowId}`);
    expect((await pollViaProxy(request, tab.form.token)).status).toBe(200);
  }
  for (const [i, tab] of tabs.entries()) {
    const other = tabs[1 - i].persona;
    const card = tab.page.getByTestId('personal-data-card');
    await expect(card.getByTestId('pd-enName')).toContainText(tab.persona.enName);
    await expect(card).not.toContainText(other.enName);
    await expect(tab.page.getByTestId(`flow-timeline-${tab.flowId}`)).toHaveAttribute('data-status', 'collected');
  }
});
