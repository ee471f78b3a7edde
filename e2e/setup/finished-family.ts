/**
 * A finished two-flow family made through the playground's proxy (so the inspector records it):
 * a login approved by scenario and collected, then a chained call (Form Filling by default, or
 * Signing / PDF Signing) with its token, approved and collected. What a person looks at after a
 * recipe has run.
 */
import { expect, type APIRequestContext } from '@playwright/test';
import { endpoint } from '../../shared/catalogue/index.ts';
import { initiateViaProxy, newFlowId, playgroundCallback, pollViaProxy } from '../fixtures/playground-proxy.ts';

const APPROVE = { 'x-sandbox-scenario': 'approve' };

export type ChainedCall = 'formfilling' | 'signing' | 'pdf-signing';

async function pollUntil200(request: APIRequestContext, token: string): Promise<void> {
  await expect.poll(async () => (await pollViaProxy(request, token)).status, { intervals: [100, 200, 400] }).toBe(200);
}

export async function finishedFamily(
  request: APIRequestContext,
  baseURL: string,
  chained: ChainedCall = 'formfilling',
): Promise<{ rootId: string; childId: string }> {
  const rootId = newFlowId('finished');
  const auth = await initiateViaProxy(
    request,
    'auth',
    { ...endpoint('auth').example, redirect: playgroundCallback(baseURL, rootId), scope: 'eidapi_auth eidapi_formFilling eidapi_sign' },
    APPROVE,
  );
  await pollUntil200(request, auth.token);
  const child = await initiateViaProxy(request, chained, { ...endpoint(chained).example, token: auth.token }, APPROVE);
  await pollUntil200(request, child.token);
  expect(child.flowId, 'the chained call has its own flow').toBeTruthy();
  return { rootId, childId: child.flowId! };
}
