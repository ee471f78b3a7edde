import { defineStore } from 'pinia';
import { ref } from 'vue';
import { endpoint, type EndpointId } from '../../../../shared/catalogue/index.ts';
import type { FieldError } from '../../../../shared/validation/validate.ts';
import { navigate } from '../../app/router.ts';
import { useEnvironmentStore } from '../../app/environment-store.ts';
import { useHistoryStore } from '../history/history-store.ts';
import { parseInput, serverFieldErrors } from './editor-markers.ts';
import { sendRequest, type SendOutcome } from './send-request.ts';

/** Pretty JSON as the editor shows it. */
export function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export interface LastSend {
  endpointId: EndpointId;
  env: string;
  outcome: SendOutcome;
}

/**
 * What the workbench is composing and the last answer. Other features (flows) open a request
 * here with `openRequest`, so chaining never needs copy-paste.
 */
export const useWorkbenchStore = defineStore('workbench', () => {
  const endpointId = ref<EndpointId>('auth');
  /** Editor text per endpoint, so switching endpoints does not lose work. */
  const drafts = ref<Partial<Record<EndpointId, string>>>({});
  const text = ref<string>(pretty(endpoint('auth').example));
  const scenario = ref('');
  const persona = ref('');
  const sending = ref(false);
  const last = ref<LastSend>();
  /** Field errors of the last 4xx, shown as markers until the text changes. */
  const serverErrors = ref<FieldError[]>([]);

  function select(id: EndpointId): void {
    if (id === endpointId.value) return;
    drafts.value[endpointId.value] = text.value;
    endpointId.value = id;
    text.value = drafts.value[id] ?? pretty(endpoint(id).example);
    serverErrors.value = [];
  }

  function setText(value: string): void {
    if (value === text.value) return;
    text.value = value;
    serverErrors.value = [];
  }

  function insertExample(): void {
    setText(pretty(endpoint(endpointId.value).example));
  }

  /** Selects the endpoint, puts `body` in the editor, optionally switches environment, shows the workbench. */
  function openRequest(id: EndpointId, body: Record<string, unknown>, env?: string): void {
    select(id);
    setText(pretty(body));
    if (env) useEnvironmentStore().select(env);
    navigate('/');
  }

  /** Sends the editor's text (which must at least be a JSON object) and records it in the history. */
  async function send(): Promise<void> {
    const parsed = parseInput(text.value);
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value) || sending.value) return;
    const envs = useEnvironmentStore();
    const env = envs.current;
    const id = endpointId.value;
    const sandbox = envs.isSandbox ? { scenario: scenario.value, persona: persona.value } : undefined;
    sending.value = true;
    try {
      const outcome = await sendRequest({ env, endpointId: id, input: parsed.value as Record<string, unknown>, sandbox });
      last.value = { endpointId: id, env, outcome };
      serverErrors.value = outcome.kind === 'response' && outcome.result.status >= 400 && outcome.result.status < 500 ? serverFieldErrors(outcome.result.body) : [];
      const spec = endpoint(id);
      useHistoryStore().add({
        env,
        endpointId: id,
        method: spec.method,
        path: spec.path,
        input: text.value,
        scenario: sandbox?.scenario || undefined,
        persona: sandbox?.persona || undefined,
        ...(outcome.kind === 'response'
          ? { status: outcome.result.status, ms: outcome.result.ms, responseText: outcome.result.text }
          : { error: outcome.message }),
      });
    } finally {
      sending.value = false;
    }
  }

  return { endpointId, text, drafts, scenario, persona, sending, last, serverErrors, select, setText, insertExample, openRequest, send };
});
