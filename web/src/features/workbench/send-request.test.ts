// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendRequest } from './send-request.ts';

afterEach(() => vi.unstubAllGlobals());

function stubFetch(response: Response | Error) {
  const fn = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

describe('sendRequest', () => {
  it('posts the body to the proxy path with the sandbox headers', async () => {
    const fetch = stubFetch(new Response('{"token":"a.b.c"}', { status: 200, headers: { 'x-playground-flow-id': 'f1' } }));
    const out = await sendRequest({
      env: 'sandbox',
      endpointId: 'auth',
      input: { source: 'PC_Browser' },
      sandbox: { scenario: 'approve', persona: 'p1' },
    });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/proxy/sandbox/iamsmart/v2/request/auth');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"source":"PC_Browser"}');
    expect(init.headers).toMatchObject({ 'x-sandbox-scenario': 'approve', 'x-sandbox-persona': 'p1', 'x-playground': '1' });
    expect(out.kind === 'response' && out.result.flowId).toBe('f1');
  });

  it('sends a query endpoint as a GET with a query string and no body', async () => {
    const fetch = stubFetch(new Response('', { status: 400 }));
    await sendRequest({ env: 'sandbox', endpointId: 'callback', input: { service: 'auth', state: 'x y' } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/proxy/sandbox/iamsmart/v2/callback/redirect?service=auth&state=x+y');
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
  });

  it('turns a failed fetch into a network outcome instead of throwing', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    await expect(sendRequest({ env: 'sandbox', endpointId: 'auth', input: {} })).resolves.toEqual({
      kind: 'network',
      message: 'Failed to fetch',
    });
  });
});
