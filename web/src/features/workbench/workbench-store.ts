import { defineStore } from 'pinia';
import { ref } from 'vue';
import { endpoint, type EndpointId } from '../../../../shared/catalogue/index.ts';
import { navigate } from '../../app/router.ts';
import { useEnvironmentStore } from '../../app/environment-store.ts';

/** Pretty JSON as the editor shows it. */
export function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/**
 * What the workbench is composing: the endpoint and the editor's text. Other features (flows)
 * open a request here with `openRequest`, so chaining never needs copy-paste.
 */
export const useWorkbenchStore = defineStore('workbench', () => {
  const endpointId = ref<EndpointId>('auth');
  /** Editor text per endpoint, so switching endpoints does not lose work. */
  const drafts = ref<Partial<Record<EndpointId, string>>>({});
  const text = ref<string>(pretty(endpoint('auth').example));

  function select(id: EndpointId): void {
    drafts.value[endpointId.value] = text.value;
    endpointId.value = id;
    text.value = drafts.value[id] ?? pretty(endpoint(id).example);
  }

  function setText(value: string): void {
    text.value = value;
  }

  function insertExample(): void {
    text.value = pretty(endpoint(endpointId.value).example);
  }

  /** Selects the endpoint, puts `body` in the editor, optionally switches environment, shows the workbench. */
  function openRequest(id: EndpointId, body: Record<string, unknown>, env?: string): void {
    select(id);
    text.value = pretty(body);
    if (env) useEnvironmentStore().select(env);
    navigate('/');
  }

  return { endpointId, text, drafts, select, setText, insertExample, openRequest };
});
