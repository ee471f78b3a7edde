import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api } from './api-client.ts';

/** One target the proxy can reach (GET /api/environments); never carries a secret. */
export interface Environment {
  name: string;
  baseUrl: string;
  credentials: boolean;
  sandbox: boolean;
}

const KEY = 'playground.environment';

function remembered(): string {
  try {
    return (typeof localStorage !== 'undefined' && localStorage.getItem(KEY)) || 'sandbox';
  } catch {
    return 'sandbox';
  }
}

/**
 * The environments the server offers and the one the user works against. The sandbox is the
 * default: until the list arrives (or when it fails to load) the SPA still works against it.
 */
export const useEnvironmentStore = defineStore('environment', () => {
  const environments = ref<Environment[]>([]);
  const current = ref<string>(remembered());
  const loadError = ref<string>();
  const loaded = ref(false);

  const currentEnv = computed(() => environments.value.find((e) => e.name === current.value));
  /** True for the sandbox, and also before the list is known (the default is the sandbox). */
  const isSandbox = computed(() => currentEnv.value?.sandbox ?? current.value === 'sandbox');
  const baseUrl = computed(() => currentEnv.value?.baseUrl ?? `${typeof location === 'undefined' ? '' : location.origin}/sandbox`);

  async function load(): Promise<void> {
    try {
      const res = await api<{ environments: Environment[] }>('/api/environments');
      environments.value = res.environments ?? [];
      loadError.value = undefined;
      if (!environments.value.some((e) => e.name === current.value)) {
        current.value = environments.value.find((e) => e.sandbox)?.name ?? environments.value[0]?.name ?? 'sandbox';
      }
    } catch (e) {
      loadError.value = e instanceof Error ? e.message : String(e);
    } finally {
      loaded.value = true;
    }
  }

  function select(name: string): void {
    current.value = name;
    try {
      localStorage.setItem(KEY, name);
    } catch {
      // storage may be unavailable (private mode); the choice then lasts for this page only
    }
  }

  return { environments, current, currentEnv, isSandbox, baseUrl, loadError, loaded, load, select };
});
