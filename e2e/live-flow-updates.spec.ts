/**
 * An open flow page follows the sandbox by live events (issue 12): what happens on another surface
 * (the sandbox's own phone page in a second tab, the sandbox clock moved by someone else) shows on
 * the page without a reload. The status chip reads the sandbox's own record of the transaction.
 */
import { test, expect } from './fixtures/index.ts';
import { endpoint } from '../shared/catalogue/index.ts';
import { initiateViaProxy, newFlowId, playgroundCallback } from './fixtures/playground-proxy.ts';
import { advancePlaygroundClock, controlViaProxy } from './setup/playground-control.ts';
import { FlowsPage } from './pages/flows-page.ts';
import type { APIRequestContext, Page } from '@playwright/test';

const MINUTE = 60_000;

async function pendingLogin(request: APIRequestContext, baseURL: string, label: string) {
  const flowId = newFlowId(label);
  const auth = await initiateViaProxy(request, 'auth', { ...endpoint('auth').example, redirect: playgroundCallback(baseURL, flowId) });
  return { ...auth, flowId };
}

/** Marks the document so a reload (which would start a new one) is caught. */
async function markDocument(page: Page): Promise<() => Promise<unknown>> {
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  return () => page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere);
}

test("approving on the sandbox's own phone page in a second tab updates the open flow page, no reload", async ({
  page,
  context,
  request,
  baseURL,
  sandbox,
}) => {
  const login = await pendingLogin(request, baseURL!, 'phone-tab');
  const flows = new FlowsPage(page);
  await flows.openFlow(login.flowId);
  await expect(flows.chip(login.flowId)).toHaveAttribute('data-status', 'pending');
  await expect(flows.timeline(login.flowId).getByTestId('countdown')).toContainText('Times out in');
  const stillHere = await markDocument(page);

  const phone = await sandbox.phone(await context.newPage(), login.ticketID!);
  await phone.approve('wong-siu-ling');
  await phone.expectStatus('approved');

  await expect(flows.chip(login.flowId)).toHaveAttribute('data-status', 'approved_uncollected');
  await expect(flows.chip(login.flowId)).toHaveText('approved, not collected');
  await expect(flows.timeline(login.flowId).getByTestId('countdown')).toContainText('Result deleted in');
  await expect(flows.phone.getByTestId('phone-transaction')).toContainText('wong-siu-ling');
  expect(await stillHere()).toBe(true);
});

test('moving the sandbox clock past 5 and 18 minutes turns open flows to timed out, then deleted, no reload', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  const waiting = await pendingLogin(request, baseURL!, 'times-out');
  const approved = await pendingLogin(request, baseURL!, 'is-deleted');
  await controlViaProxy(request, 'approve', { token: approved.token });

  const first = new FlowsPage(page);
  await first.openFlow(waiting.flowId);
  const second = new FlowsPage(await context.newPage());
  await second.openFlow(approved.flowId);
  await expect(first.chip(waiting.flowId)).toHaveAttribute('data-status', 'pending');
  await expect(second.chip(approved.flowId)).toHaveAttribute('data-status', 'approved_uncollected');
  const stillHere = [await markDocument(first.page), await markDocument(second.page)];

  await advancePlaygroundClock(request, 5 * MINUTE + 1_000);
  await expect(first.chip(waiting.flowId)).toHaveAttribute('data-status', 'timed_out');
  await expect(first.chip(waiting.flowId)).toHaveText('timed out');
  await expect(second.chip(approved.flowId)).toHaveAttribute('data-status', 'approved_uncollected');

  await advancePlaygroundClock(request, 18 * MINUTE);
  await expect(second.chip(approved.flowId)).toHaveAttribute('data-status', 'deleted');
  await expect(first.chip(waiting.flowId)).toHaveAttribute('data-status', 'deleted');
  for (const check of stillHere) expect(await check()).toBe(true);
});
