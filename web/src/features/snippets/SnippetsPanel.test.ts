// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import SnippetsPanel from './SnippetsPanel.vue';
import { buildKit } from '../../../../shared/kits/build-kit.ts';
import { kitRecipe } from '../../../../shared/kits/kit-recipes.ts';

beforeEach(() => setActivePinia(createPinia()));

/** The kit templates load on demand (a dynamic import): wait until the panel shows one. */
async function kitLoaded(w: ReturnType<typeof mount>): Promise<void> {
  await vi.waitFor(() => expect(w.find('[data-testid="snippet-code"]').exists()).toBe(true));
}

const request = {
  baseUrl: 'https://canary.api.fill-easy.com',
  method: 'POST' as const,
  path: '/iamsmart/v2/request/auth',
  input: { source: 'PC_Browser' },
  extraHeaders: {},
};
const signing = { ...request, path: '/iamsmart/v2/request/signing' };

describe('SnippetsPanel', () => {
  it('shows curl first and switches language', async () => {
    const w = mount(SnippetsPanel, { props: { request } });
    expect(w.get('[data-testid="snippet-code"]').text()).toMatch(/^# Reads \$FILLEASY_CLIENT_ID/);
    await w.get('[data-testid="snippet-kind-java"]').setValue(true);
    expect(w.get('[data-testid="snippet-code"]').text()).toContain('public class AuthenticationRequest');
    expect(w.get('[data-testid="snippet-download"]').text()).toContain('AuthenticationRequest.java');
    expect(w.text()).toContain('https://canary.api.fill-easy.com');
  });

  it('offers the whole flow of the current endpoint as a kit aimed at its environment', async () => {
    const w = mount(SnippetsPanel, { props: { request: signing } });
    await w.get('[data-testid="snippet-mode-flow"]').setValue(true);
    await kitLoaded(w);
    expect((w.get('[data-testid="kit-recipe"]').element as HTMLSelectElement).value).toBe('auth-signing');
    await w.get('[data-testid="kit-lang-python"]').setValue(true);
    expect(w.get('[data-testid="snippet-code"]').element.textContent).toBe(
      buildKit('python', kitRecipe('auth-signing')!, { baseUrl: request.baseUrl }),
    );
    expect(w.get('[data-testid="snippet-download"]').text()).toContain('auth_signing_kit.py');
    expect(w.find('[data-testid="kit-csharp-note"]').exists()).toBe(false);
    await w.get('[data-testid="kit-lang-csharp"]').setValue(true);
    expect(w.get('[data-testid="kit-csharp-note"]').text()).toContain('not run');
  });

  it('downloads the code it shows under its file name', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (created.push(b as Blob), 'blob:kit'));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('auth-kit.mjs');
    });
    const w = mount(SnippetsPanel, { props: { request } });
    await w.get('[data-testid="snippet-mode-flow"]').setValue(true);
    await kitLoaded(w);
    await w.get('[data-testid="snippet-download"]').trigger('click');
    expect(click).toHaveBeenCalledOnce();
    expect(await created[0].text()).toBe(w.get('[data-testid="snippet-code"]').element.textContent);
    vi.restoreAllMocks();
  });

  it('asks for valid JSON for a request snippet, and still offers the kit', async () => {
    const w = mount(SnippetsPanel, { props: { request: undefined } });
    expect(w.find('[data-testid="snippet-code"]').exists()).toBe(false);
    expect(w.text()).toContain('Fix the JSON');
    await w.get('[data-testid="snippet-mode-flow"]').setValue(true);
    await kitLoaded(w);
    expect(w.get('[data-testid="snippet-code"]').text()).toContain('Authentication: the whole iAM Smart flow');
  });
});
