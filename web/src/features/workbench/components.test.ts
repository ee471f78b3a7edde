// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount, flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { defineComponent, h } from 'vue';
import { endpoint, ENDPOINTS } from '../../../../shared/catalogue/index.ts';
import { endpointText } from '../../../../shared/catalogue/texts/localized-catalogue.ts';
import EndpointSidebar from './EndpointSidebar.vue';
import EndpointDetails from './EndpointDetails.vue';
import ResponsePanel from './ResponsePanel.vue';
import RequestEditor from './RequestEditor.vue';
import { useWorkbenchStore } from './workbench-store.ts';
import { useSettingsStore } from '../../app/settings-store.ts';

// Monaco needs a real browser (workers, layout); the e2e spec covers it. Here a textarea stands in.
vi.mock('./JsonEditor.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: ['modelValue', 'markers'],
    emits: ['update:modelValue', 'send'],
    setup:
      (props, { emit }) =>
      () =>
        h('textarea', {
          'data-testid': 'fake-editor',
          value: props.modelValue,
          onInput: (e: Event) => emit('update:modelValue', (e.target as HTMLTextAreaElement).value),
        }),
  }),
}));

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
});
afterEach(() => vi.unstubAllGlobals());

describe('EndpointSidebar', () => {
  it('lists every catalogue endpoint with method, path and summary, and emits the selection', async () => {
    const w = mount(EndpointSidebar, { props: { selected: 'auth' } });
    for (const e of ENDPOINTS) expect(w.get(`[data-testid="endpoint-${e.id}"]`).text()).toContain(e.summary);
    await w.get('[data-testid="endpoint-poll"]').trigger('click');
    expect(w.emitted('select')).toEqual([['poll']]);
  });

  it('shows the group headings in the chosen language', async () => {
    useSettingsStore().lang = 'zh-HK';
    const w = mount(EndpointSidebar);
    expect(w.text()).toContain('已登入流程');
  });

  it('names and sums up every endpoint in the chosen language', () => {
    useSettingsStore().lang = 'zh-CN';
    const w = mount(EndpointSidebar);
    for (const e of ENDPOINTS) {
      const text = w.get(`[data-testid="endpoint-${e.id}"]`).text();
      expect(text).toContain(endpointText(e.id, 'zh-CN').title);
      expect(text).toContain(endpointText(e.id, 'zh-CN').summary);
      expect(text).not.toContain(e.summary);
    }
  });
});

describe('EndpointDetails', () => {
  it('shows the description, every schema field and the token source', () => {
    const w = mount(EndpointDetails, { props: { endpointId: 'formfilling' } });
    for (const name of Object.keys(endpoint('formfilling').request.properties ?? {}))
      expect(w.find(`[data-field="${name}"]`).exists()).toBe(true);
    expect(w.get('[data-testid="token-source"]').text()).toContain('Authentication');
    expect(w.text()).not.toContain('`');
  });

  it('speaks the UI language: title, description, field descriptions and the token source', () => {
    useSettingsStore().lang = 'zh-HK';
    const w = mount(EndpointDetails, { props: { endpointId: 'formfilling' } });
    expect(w.get('h1').text()).toContain('填表');
    expect(w.text()).toContain('向已登入的用戶');
    expect(w.get('[data-field="profileFields"]').text()).toContain('要索取的個人資料欄位');
    expect(w.get('[data-field="formData.formName"]').text()).toContain('向用戶顯示的表格名稱');
    expect(w.get('[data-testid="token-source"]').text()).toContain('身份認證');
    expect(w.text()).not.toContain('Profile fields to request');
  });
});

describe('RequestEditor', () => {
  it('lists the shared validator messages for a bad scope, and none once fixed', async () => {
    const store = useWorkbenchStore();
    const w = mount(RequestEditor);
    store.setText(JSON.stringify({ ...endpoint('auth').example, scope: 'eidapi_bogus' }));
    await flushPromises();
    expect(w.get('[data-testid="editor-problems"]').text()).toContain('scope');
    store.insertExample();
    await flushPromises();
    expect(w.get('[data-testid="editor-problems"]').text()).toContain('No problems');
  });

  it('edits the callback as a query string too', async () => {
    const store = useWorkbenchStore();
    store.select('callback');
    const w = mount(RequestEditor);
    const input = w.get('[data-testid="query-editor"]');
    expect((input.element as HTMLInputElement).value).toContain('service=auth');
    await input.setValue('service=auth&errorCode=D40001&state=abc');
    expect(JSON.parse(store.text)).toEqual({ service: 'auth', errorCode: 'D40001', state: 'abc' });
  });

  it('inserts a token picked from the flows into the body', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ flows: [{ id: 'f1', endpointId: 'auth', status: 'approved', token: 'aa.bb.cc' }] }))),
    );
    const store = useWorkbenchStore();
    store.select('formfilling');
    const w = mount(RequestEditor);
    await w.get('[data-testid="token-picker"]').trigger('click');
    await flushPromises();
    await w.get('[data-testid="token-f1"]').trigger('click');
    expect(JSON.parse(store.text).token).toBe('aa.bb.cc');
  });
});

describe('ResponsePanel', () => {
  it('shows the status meaning from the catalogue, latency and the pretty body', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"status":202,"message":"pending"}', { status: 202 })),
    );
    const store = useWorkbenchStore();
    store.select('poll');
    await store.send();
    const w = mount(ResponsePanel);
    expect(w.get('[data-testid="response-status"]').text()).toBe('202');
    expect(w.get('[data-testid="response-meaning"]').text()).toBe(endpoint('poll').responses[202]?.description);
    expect(w.get('[data-testid="response-body"]').text()).toContain('"status": 202');
  });

  it('says what a 400 means in the UI language', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"status":400,"message":"Bad Request - Invalid input parameters"}', { status: 400 })),
    );
    useSettingsStore().lang = 'zh-HK';
    const store = useWorkbenchStore();
    store.select('auth');
    await store.send();
    const meaning = mount(ResponsePanel).get('[data-testid="response-meaning"]').text();
    expect(meaning).toContain('錯誤請求 - 輸入參數無效');
    expect(meaning).not.toContain('When ');
  });

  it("words the validator's problems in the UI language, in the editor and from the server's answer", async () => {
    const body = {
      status: 400,
      message: 'Bad Request - Invalid input parameters',
      errors: [
        {
          path: 'lang',
          message:
            "lang: 'en-us' is not a valid lang (values are case sensitive: did you mean 'en-US'?); valid values are en-US, zh-HK, zh-CN",
          code: 'not_in_enum',
          params: { value: 'en-us', name: 'lang', values: ['en-US', 'zh-HK', 'zh-CN'], suggestion: 'en-US' },
        },
        { path: 'redirect', message: 'redirect: is not registered for this client' },
      ],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body), { status: 400 })),
    );
    useSettingsStore().lang = 'zh-CN';
    const store = useWorkbenchStore();
    store.select('auth');
    store.setText(JSON.stringify({ ...endpoint('auth').example, lang: 'en-us', scope: 'eidapi_auth,eidapi_sign' }, null, 2));
    await store.send();
    const panel = mount(ResponsePanel).get('[data-testid="response-field-errors"]').text();
    expect(panel).toContain("'en-us' 不是有效的 lang（值区分大小写：是否指 'en-US'？）");
    expect(panel).toContain('is not registered for this client'); // no code: the server's English
    expect(panel).not.toContain('redirect: is not');
    const problems = mount(RequestEditor).get('[data-testid="editor-problems"]');
    const validated = problems.findAll('[data-source="validate"]').map((li) => li.text());
    expect(validated.join('\n')).toContain('scope：授权范围之间请用空格分隔');
    expect(problems.text()).not.toContain('separate scopes');
  });

  it('says what to do when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await useWorkbenchStore().send();
    const w = mount(ResponsePanel);
    expect(w.get('[data-testid="response-trouble"]').text()).toContain('npm start');
  });

  it('explains a 504 from the proxy', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"error":{"code":"upstream_timeout","message":"sandbox timed out"}}', { status: 504 })),
    );
    await useWorkbenchStore().send();
    const w = mount(ResponsePanel);
    expect(w.get('[data-testid="response-trouble"]').text()).toContain('PROXY_TIMEOUT_MS');
    expect(w.get('[data-testid="response-proxy-error"]').text()).toBe('The environment did not answer in time.');
    // The server's own message says more than the code's words: kept beside them.
    expect(w.text()).toContain('sandbox timed out');
  });

  it("words the proxy's error from its code in the UI language (zh-HK)", async () => {
    useSettingsStore().lang = 'zh-HK';
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response('{"error":{"code":"upstream_unreachable","message":"The environment could not be reached."}}', { status: 502 }),
      ),
    );
    await useWorkbenchStore().send();
    const w = mount(ResponsePanel);
    expect(w.get('[data-testid="response-proxy-error"]').text()).toBe('無法連接該環境。');
    expect(w.get('[data-testid="response-trouble"]').text()).not.toContain('The environment could not be reached.');
  });

  it('truncates a body over a megabyte with a note', async () => {
    const big = JSON.stringify({ data: 'x'.repeat(1_200_000) });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(big, { status: 200 })),
    );
    await useWorkbenchStore().send();
    const w = mount(ResponsePanel);
    expect(w.find('[data-testid="response-truncated"]').exists()).toBe(true);
    expect(w.get('[data-testid="response-body"]').text().length).toBeLessThanOrEqual(1_000_000);
  });
});

describe('Send explains', () => {
  it('refuses invalid JSON saying what and where, marks the old response stale, and sends nothing', async () => {
    const fetch = vi.fn(async (_url: string) => new Response('{"token":"a.b.c"}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const sends = () => fetch.mock.calls.filter(([url]) => url.endsWith('/request/auth')).length;
    const store = useWorkbenchStore();
    await store.send();
    expect(sends()).toBe(1);
    store.setText('{\n  "source": "PC_Browser"\n  "lang": "en-US"\n}');
    const editor = mount(RequestEditor);
    const panel = mount(ResponsePanel);
    await store.send();
    await flushPromises();
    expect(sends()).toBe(1);
    expect(editor.get('[data-testid="send-refused"]').text()).toBe('Not sent: line 2: missing comma after "PC_Browser"');
    expect(store.cursor).toMatchObject({ line: 2, column: 25 });
    expect(panel.find('[data-testid="response-stale"]').exists()).toBe(true);
    expect(editor.get('[data-testid="editor-problems"]').text()).toContain('line 2: missing comma after "PC_Browser"');
  });

  it('flags the documentation\'s placeholder token instead of saying "No problems found"', async () => {
    const store = useWorkbenchStore();
    store.select('formfilling');
    const w = mount(RequestEditor);
    await flushPromises();
    const problems = w.get('[data-testid="editor-problems"]');
    expect(problems.text()).toContain('placeholder token');
    expect(problems.text()).not.toContain('No problems');
    expect(problems.find('[data-source="placeholder"]').classes()).toContain('warn');
  });
});
