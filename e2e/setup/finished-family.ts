/**
 * A finished two-flow family made through the playground's proxy (so the inspector records it):
 * a login approved by scenario and collected, then a chained Form Filling with its token, approved
 * and collected. What a person looks at after a recipe has run.
 */
import { expect, type APIRequestContext } from '@playwright/test';
import { endpoint } from '../../shared/catalogue/index.ts';
import { initiateViaProxy, newFlowId, playgroundCallback, pollViaProxy } from '../fixtures/playground-proxy.ts';

const APPROVE = { 'x-sandbox-scenario': 'approve' };

async function pollUntil200(request: APIRequestContext, token: string): Promise<void> {
  await expect.poll(async () => (await pollViaProxy(request, token)).status, { intervals: [100, 200, 400] }).toBe(200);
}

export async function finishedFamily(request: APIRequestContext, baseURL: string): Promise<{ rootId: string; childId: string }> {
  const rootId = newFlowId('finished');
  const auth = await initiateViaProxy(
    request,
    'auth',
    { ...endpoint('auth').example, redirect: playgroundCallback(baseURL, rootId), scope: 'eidapi_auth eidapi_formFilling' },
    APPROVE,
  );
  await pollUntil200(request, auth.token);
  const form = await initiateViaProxy(request, 'formfilling', { ...endpoint('formfilling').example, token: auth.token }, APPROVE);
  await pollUntil200(request, form.token);
  expect(form.flowId, 'the chained call has its own flow').toBeTruthy();
  return { rootId, childId: form.flowId! };
}
