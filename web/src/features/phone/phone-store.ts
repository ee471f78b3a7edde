import { defineStore } from 'pinia';
import { ref } from 'vue';
import { act, getPersonas, type Persona, type PhoneAction, type PhoneTarget } from './control-api.ts';

export interface PhoneActionRecord {
  at: number;
  flowId?: string;
  action: PhoneAction;
  persona?: string;
  ok: boolean;
  status: number;
  message?: string;
}

/**
 * A URL in the control API's answer that the user's browser would visit next (the sandbox QR page
 * sends the browser to the callback once the user has acted). Only same-origin targets.
 */
export function nextBrowserHop(body: unknown, origin: string): string | undefined {
  const outer = (body ?? {}) as Record<string, unknown>;
  const o = (outer.transaction && typeof outer.transaction === 'object' ? outer.transaction : outer) as Record<string, unknown>;
  for (const key of ['callbackUrl', 'redirect', 'callback', 'location']) {
    const v = o[key];
    if (typeof v !== 'string') continue;
    try {
      const u = new URL(v, origin);
      if (u.origin === origin) return u.href;
    } catch {
      // not a URL: ignore
    }
  }
  return undefined;
}

/** The simulated phone: personas, the chosen one, and what the user did (for the timeline). */
export const usePhoneStore = defineStore('phone', () => {
  const personas = ref<Persona[]>([]);
  const persona = ref<string>('');
  const personasError = ref<string>();
  const actions = ref<PhoneActionRecord[]>([]);
  const busy = ref(false);

  async function loadPersonas(env?: string): Promise<void> {
    if (personas.value.length) return;
    const r = await getPersonas(env);
    if (r.ok) {
      personas.value = r.value;
      if (!persona.value && r.value[0]) persona.value = r.value[0].id;
      personasError.value = undefined;
    } else personasError.value = r.message;
  }

  async function perform(action: PhoneAction, target: PhoneTarget, flowId?: string, env?: string): Promise<PhoneActionRecord> {
    busy.value = true;
    try {
      const r = await act(action, target, persona.value || undefined, env);
      const record: PhoneActionRecord = {
        at: Date.now(),
        flowId,
        action,
        persona: action === 'approve' ? persona.value || undefined : undefined,
        ok: r.ok,
        status: r.ok ? r.raw.status : r.status,
        message: r.ok ? undefined : r.message,
      };
      actions.value.push(record);
      // Play the browser's part: the QR page would now send the user to the callback.
      const hop = r.ok && typeof location !== 'undefined' ? nextBrowserHop(r.value, location.origin) : undefined;
      if (hop) await fetch(hop, { credentials: 'same-origin' }).catch(() => undefined);
      return record;
    } finally {
      busy.value = false;
    }
  }

  function actionsFor(flowIds: string[]): PhoneActionRecord[] {
    return actions.value.filter((a) => a.flowId && flowIds.includes(a.flowId));
  }

  return { personas, persona, personasError, actions, busy, loadPersonas, perform, actionsFor };
});
