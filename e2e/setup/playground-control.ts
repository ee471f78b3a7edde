/**
 * The control API as the playground itself reaches it (through its proxy, so with the playground's
 * own sandbox client): from the test runner, i.e. from outside the page under test, as another
 * tab or a script would. Changes made this way reach open pages only by live events.
 */
import { expect, type APIRequestContext } from '@playwright/test';

export async function controlViaProxy(
  request: APIRequestContext,
  action: 'approve' | 'reject' | 'clock',
  body: Record<string, unknown>,
): Promise<unknown> {
  const res = await request.post(`/proxy/sandbox/_control/${action}`, {
    headers: { 'x-playground': '1', 'content-type': 'application/json' },
    data: body,
  });
  expect(res.status(), `${action} through the proxy: ${await res.text()}`).toBe(200);
  return res.json();
}

export function advancePlaygroundClock(request: APIRequestContext, ms: number): Promise<unknown> {
  return controlViaProxy(request, 'clock', { advanceMs: ms });
}
