import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { act, getPersonas, type Persona, type PhoneAction, type PhoneTarget } from './control-api.ts';
import { codeInCallback } from './transaction-lookups.ts';
import { isPlaygroundCallback } from '../../../../shared/inspector/flow-id.ts';

export interface PhoneActionRecord {
  at: number;
  flowId?: string;
  action: PhoneAction;
  persona?: string;
  ok: boolean;
  status: number;
  message?: string;
}

/** Where the user acts, and what the browser does next. */
export interface PhoneActOptions {
  flowId?: string;
  env?: string;
  /** Overrides the chosen persona (a chained call acts for the persona who logged in). */
  persona?: string;
  /** The redirect the flow's login sent: the browser's next stop once the user has acted. */
  redirect?: string;
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

/**
 * Whether following the hop stays on this page's origin end to end: the sandbox's Callback answers
 * with a redirect to the flow's `redirect`, which a fetch would follow. Only the playground's own
 * /callback qualifies; anything else (e.g. https://www.yourwebsite.com) would break the page's CSP.
 */
export function returnsHere(redirect: string | undefined, origin: string): boolean {
  return redirect !== undefined && isPlaygroundCallback(redirect, origin);
}

const PERSONA_KEY = 'playground.phone.persona';

function rememberedPersona(): string {
  try {
    return localStorage.getItem(PERSONA_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The simulated phone: personas, the chosen one (kept across reloads), and what the user did. */
export const usePhoneStore = defineStore('phone', () => {
  const personas = ref<Persona[]>([]);
  const persona = ref<string>(typeof localStorage === 'undefined' ? '' : rememberedPersona());
  const personasError = ref<string>();
  const actions = ref<PhoneActionRecord[]>([]);
  /** App-to-App: the `code` the app received on its redirect, by the initiation's token. */
  const appCodes = ref<Record<string, string>>({});
  const busy = ref(false);
  let loading: Promise<void> | undefined;

  watch(persona, (p) => {
    try {
      localStorage.setItem(PERSONA_KEY, p);
    } catch {
      // storage unavailable: the choice lasts for this page
    }
  });

  /** Loads the personas once per page. */
  function loadPersonas(env?: string): Promise<void> {
    loading ??= getPersonas(env).then((r) => {
      if (!r.ok) {
        personasError.value = r.message;
        loading = undefined;
        return;
      }
      personas.value = r.value;
      if (!r.value.some((p) => p.id === persona.value) && r.value[0]) persona.value = r.value[0].id;
      personasError.value = undefined;
    });
    return loading;
  }

  async function perform(action: PhoneAction, target: PhoneTarget, opts: PhoneActOptions = {}): Promise<PhoneActionRecord> {
    busy.value = true;
    const who = action === 'approve' ? opts.persona || persona.value || undefined : undefined;
    try {
      const r = await act(action, target, who, opts.env);
      const record: PhoneActionRecord = {
        at: Date.now(),
        flowId: opts.flowId,
        action,
        persona: who,
        ok: r.ok,
        status: r.ok ? r.raw.status : r.status,
        message: r.ok ? undefined : r.message,
      };
      actions.value.push(record);
      if (!r.ok) return record;
      const hop = nextBrowserHop(r.value, location.origin);
      const code = codeInCallback(hop);
      if (code && 'token' in target) appCodes.value[target.token] = code;
      // Play the browser's part: the QR page would now send the user to the Callback, and on to the redirect.
      if (hop && returnsHere(opts.redirect, location.origin)) await fetch(hop, { credentials: 'same-origin' }).catch(() => undefined);
      return record;
    } finally {
      busy.value = false;
    }
  }

  function actionsFor(flowIds: string[]): PhoneActionRecord[] {
    return actions.value.filter((a) => a.flowId && flowIds.includes(a.flowId));
  }

  return { personas, persona, personasError, actions, appCodes, busy, loadPersonas, perform, actionsFor };
});
