import { defineStore } from 'pinia';
import { ref } from 'vue';
import { endpoint, type EndpointId } from '../../../../shared/catalogue/index.ts';
import type { FieldError } from '../../../../shared/validation/validate.ts';
import { navigate } from '../../app/router.ts';
import { useEnvironmentStore } from '../../app/environment-store.ts';
import { useHistoryStore } from '../history/history-store.ts';
import { serverFieldErrors } from './editor-markers.ts';
import { sendRequest, type SendOutcome } from './send-request.ts';
import { findSyntaxError, type SyntaxProblem } from './json-syntax.ts';
import { exampleFor } from './example-for.ts';

/** Pretty JSON as the editor shows it. */
export function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export interface LastSend {
  endpointId: EndpointId;
  env: string;
  /** The body (or query) that was sent. */
  input: Record<string, unknown>;
  outcome: SendOutcome;
}

/** Why Send sent nothing: the text is not JSON (with where), or not a JSON object. */
export type SendRefusal = { kind: 'syntax'; problem: SyntaxProblem } | { kind: 'notObject' };

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
  const refusal = ref<SendRefusal>();
  /** The response shown no longer answers the editor's text (a Send was refused since). */
  const stale = ref(false);
  /** Where the editor's cursor should go (a refused Send points at the problem); `n` makes each request new. */
  const cursor = ref<{ line: number; column: number; n: number }>();

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
    refusal.value = undefined;
  }

  /** The endpoint's example made to work here: the playground's callback, the UI language, the newest token that fits. */
  async function insertExample(): Promise<void> {
    const id = endpointId.value;
    const body = await exampleFor(id);
    if (id === endpointId.value) setText(pretty(body));
  }

  /** Says why the text cannot be sent, and points the editor's cursor at the place. */
  function refuse(why: SendRefusal): void {
    refusal.value = why;
    if (last.value) stale.value = true;
    const at = why.kind === 'syntax' ? why.problem : { line: 1, column: 1 };
    cursor.value = { line: at.line, column: at.column, n: (cursor.value?.n ?? 0) + 1 };
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
    if (sending.value) return;
    const problem = findSyntaxError(text.value);
    if (problem) return refuse({ kind: 'syntax', problem });
    const input: unknown = JSON.parse(text.value);
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return refuse({ kind: 'notObject' });
    const envs = useEnvironmentStore();
    const env = envs.current;
    const id = endpointId.value;
    const sandbox = envs.isSandbox ? { scenario: scenario.value, persona: persona.value } : undefined;
    sending.value = true;
    try {
      const sent = input as Record<string, unknown>;
      const outcome = await sendRequest({ env, endpointId: id, input: sent, sandbox });
      last.value = { endpointId: id, env, input: sent, outcome };
      stale.value = false;
      refusal.value = undefined;
      serverErrors.value =
        outcome.kind === 'response' && outcome.result.status >= 400 && outcome.result.status < 500
          ? serverFieldErrors(outcome.result.body)
          : [];
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

  return {
    endpointId,
    text,
    drafts,
    scenario,
    persona,
    sending,
    last,
    serverErrors,
    refusal,
    stale,
    cursor,
    select,
    setText,
    insertExample,
    openRequest,
    send,
  };
});
