// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import SnippetsPanel from './SnippetsPanel.vue';

beforeEach(() => setActivePinia(createPinia()));

const request = { baseUrl: 'https://canary.api.fill-easy.com', method: 'POST' as const, path: '/iamsmart/v2/request/auth', input: { source: 'PC_Browser' }, extraHeaders: {} };

describe('SnippetsPanel', () => {
  it('shows curl first and switches language', async () => {
    const w = mount(SnippetsPanel, { props: { request } });
    expect(w.get('[data-testid="snippet-code"]').text()).toMatch(/^curl /);
    await w.get('[data-testid="snippet-kind-node"]').setValue(true);
    expect(w.get('[data-testid="snippet-code"]').text()).toContain('process.env.FILLEASY_CLIENT_SECRET');
    expect(w.text()).toContain('https://canary.api.fill-easy.com');
  });

  it('asks for valid JSON when there is no request', () => {
    const w = mount(SnippetsPanel, { props: { request: undefined } });
    expect(w.find('[data-testid="snippet-code"]').exists()).toBe(false);
    expect(w.text()).toContain('Fix the JSON');
  });
});
