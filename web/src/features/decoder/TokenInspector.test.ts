// @vitest-environment happy-dom
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { mount, flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import TokenInspector from './TokenInspector.vue';

const JWE = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXY.Y3Q.dGFn';

describe('TokenInspector', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('shows header, payload and claims of a JWS as text, never as HTML', () => {
    const payload = btoa(JSON.stringify({ sub: '<img src=x onerror=alert(1)>', exp: 4_000_000_000 }))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    const w = mount(TokenInspector, { props: { token: `eyJhbGciOiJIUzI1NiJ9.${payload}.c2ln` } });
    expect(w.find('[data-testid=token-kind-jws]').exists()).toBe(true);
    expect(w.get('[data-testid=claim-sub]').text()).toContain('<img src=x onerror=alert(1)>');
    expect(w.find('img').exists()).toBe(false);
    expect(w.get('[data-testid=claim-exp]').text()).toContain('valid');
  });

  it('shows the server verdict on a JWS when an environment is given', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ kind: 'jws', header: {}, payload: {}, signature: { verified: true } })),
    );
    const w = mount(TokenInspector, { props: { token: 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln', env: 'sandbox' } });
    await flushPromises();
    expect(w.get('[data-testid=jws-verified]').text()).toContain('verified by the server with the sandbox key');
  });

  it('explains a malformed token instead of throwing', () => {
    const w = mount(TokenInspector, { props: { token: 'not-a-token' } });
    expect(w.get('[data-testid=decode-problem]').text()).toContain('3 parts');
  });

  it('asks the server to open a JWE and shows the plaintext and the key name', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            kind: 'jwe',
            header: {},
            parts: {},
            plaintext: { formFilling: { gender: 'F' } },
            key: 'sandbox client secret (dir, A256GCM)',
          }),
        ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const w = mount(TokenInspector, { props: { token: JWE, env: 'sandbox' } });
    await flushPromises();
    expect(
      JSON.parse(String((fetchMock.mock.calls[0] as unknown[])[1] && ((fetchMock.mock.calls[0] as unknown[])[1] as RequestInit).body)),
    ).toEqual({ token: JWE, env: 'sandbox' });
    expect(w.get('[data-testid=jwe-key]').text()).toContain('sandbox client secret');
    expect(w.get('[data-testid=jwe-plaintext]').text()).toContain('"gender": "F"');
  });

  it('shows why the server could not open a JWE', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({ error: { code: 'decryption_failed', message: 'No key of environment sandbox opens this token' } }),
            { status: 422 },
          ),
      ),
    );
    const w = mount(TokenInspector, { props: { token: JWE } });
    await flushPromises();
    expect(w.get('[data-testid=jwe-reason]').text()).toContain('decryption_failed');
  });
});
