// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { SETTLE_MS, useDeferredEditor } from './use-deferred-editor.ts';

function host() {
  let api!: ReturnType<typeof useDeferredEditor>;
  const w = mount(
    defineComponent({
      setup() {
        api = useDeferredEditor();
        return () => h('div');
      },
    }),
  );
  return { w, api };
}

describe('useDeferredEditor', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 5) as unknown as number);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits until the loaded page has settled before asking for the editor', () => {
    const { api } = host();
    expect(api.wanted.value).toBe(false);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(api.wanted.value).toBe(false);
    vi.advanceTimersByTime(10);
    expect(api.wanted.value).toBe(true);
  });

  it('asks at once when the user reaches for the editor', () => {
    const { api } = host();
    api.want();
    expect(api.wanted.value).toBe(true);
  });

  it('stops its timers when unmounted', () => {
    const { w, api } = host();
    w.unmount();
    vi.advanceTimersByTime(SETTLE_MS * 3);
    expect(api.wanted.value).toBe(false);
  });
});
