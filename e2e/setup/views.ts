/**
 * Every view of the playground (and the sandbox's own QR and phone pages), brought to the state a
 * person looks at: shared by the accessibility, responsive and screenshot specs so they all walk
 * the same screens. `openView` leaves the page settled on the view; `VIEWS` is the list to walk.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { endpoint } from '../../shared/catalogue/index.ts';
import type { Sandbox } from '../fixtures/index.ts';
import { FlowsPage } from '../pages/flows-page.ts';
import { WorkbenchPage } from '../pages/workbench-page.ts';
import { finishedFamily } from './finished-family.ts';

export const VIEWS = [
  'workbench-response',
  'history',
  'snippets',
  'flows-list',
  'finished-formfilling',
  'finished-signing',
  'decoder-jws',
  'decoder-jwe',
  'sandbox-qr',
  'sandbox-phone',
] as const;
export type ViewId = (typeof VIEWS)[number];

export interface ViewContext {
  page: Page;
  request: APIRequestContext;
  baseURL: string;
  sandbox: Sandbox;
}

const REDIRECT = 'http://127.0.0.1:8787/callback';

async function workbenchWithResponse(page: Page): Promise<WorkbenchPage> {
  const wb = new WorkbenchPage(page);
  await wb.open();
  await wb.pick('auth');
  await wb.editorReady();
  await wb.insertExample();
  await expect.poll(() => wb.editorText()).toContain('/callback?flow=');
  await wb.send();
  await expect(wb.status).toHaveText('200');
  await expect(wb.nextStep.getByTestId('qr-image')).toBeVisible();
  return wb;
}

/** The decrypted-result JWE of an approved Signing: the longest token the sandbox hands out (a certificate inside). */
async function signingResultJwe(sandbox: Sandbox): Promise<string> {
  const auth = await sandbox.initiate('auth', { source: 'PC_Browser', redirect: REDIRECT, scope: 'eidapi_auth eidapi_sign' });
  await sandbox.approve(auth.token);
  await sandbox.waitForPoll(auth.token, 200);
  const signing = await sandbox.initiate('signing', { ...endpoint('signing').example, token: auth.token });
  await sandbox.approve(signing.token);
  const poll = await sandbox.waitForPoll(signing.token, 200);
  return (poll.body as { data: string }).data;
}

async function decoderWith(page: Page, token: string, kind: 'jws' | 'jwe'): Promise<void> {
  await page.goto('/decoder');
  await page.getByTestId('decoder-input').fill(token);
  await expect(page.getByTestId(`token-kind-${kind}`)).toBeVisible();
  if (kind === 'jwe') await expect(page.getByTestId('jwe-plaintext')).toBeVisible();
  else await expect(page.getByTestId('jws-verified')).toBeVisible();
}

async function finishedFlow(ctx: ViewContext, chained: 'formfilling' | 'signing'): Promise<void> {
  const family = await finishedFamily(ctx.request, ctx.baseURL, chained);
  const flows = new FlowsPage(ctx.page);
  await flows.openFlow(family.rootId);
  await expect(flows.timeline(family.rootId)).toBeVisible();
  await expect(flows.timeline(family.childId)).toBeVisible();
  const result = chained === 'signing' ? 'signing-check' : 'personal-data-card';
  await expect(ctx.page.getByTestId(result).first()).toBeVisible();
}

export async function openView(ctx: ViewContext, view: ViewId): Promise<void> {
  const { page, sandbox } = ctx;
  switch (view) {
    case 'workbench-response':
      await workbenchWithResponse(page);
      return;
    case 'history':
    case 'snippets': {
      const wb = await workbenchWithResponse(page);
      await wb.showTab(view);
      await expect(page.getByTestId(view === 'history' ? 'history-panel' : 'snippets-panel')).toBeVisible();
      return;
    }
    case 'flows-list':
      await new FlowsPage(page).open();
      return;
    case 'finished-formfilling':
      return finishedFlow(ctx, 'formfilling');
    case 'finished-signing':
      return finishedFlow(ctx, 'signing');
    case 'decoder-jws': {
      const init = await sandbox.initiate('auth', { source: 'PC_Browser', redirect: REDIRECT });
      return decoderWith(page, init.token, 'jws');
    }
    case 'decoder-jwe':
      return decoderWith(page, await signingResultJwe(sandbox), 'jwe');
    case 'sandbox-qr': {
      const init = await sandbox.initiate('auth', { source: 'PC_Browser', redirect: REDIRECT });
      const qr = await sandbox.qrPage(page, init.url!);
      await qr.expectRealQr();
      return;
    }
    case 'sandbox-phone': {
      const init = await sandbox.initiate('signing-anonymous', { ...endpoint('signing-anonymous').example, source: 'PC_Browser' });
      await sandbox.phone(page, init.ticketID!);
      return;
    }
  }
}
