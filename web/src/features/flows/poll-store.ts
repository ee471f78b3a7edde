import { defineStore } from 'pinia';
import { ref } from 'vue';
import { endpoint, isAppSource, type InitiationId } from '../../../../shared/catalogue/index.ts';
import { sendThroughProxy } from '../../app/api-client.ts';
import { isFinal, pollOutcome, type PollOutcome } from '../../../../shared/inspector/flow-status.ts';
import { pollDelay } from '../recipes/recipe-runner.ts';
import { usePhoneStore } from '../phone/phone-store.ts';
import { readAppCode } from '../phone/transaction-lookups.ts';

/** What to poll: an initiation's token, and what is needed to read an app's code if it must. */
export interface PollTarget {
  env: string;
  token: string;
  service: InitiationId;
  url?: string;
  source?: string;
}

export interface PollState {
  running: boolean;
  count: number;
  last?: { status: number; outcome: PollOutcome; body: unknown; exchangeId?: string };
  error?: string;
}

/** The interval "Poll until done" starts from; it backs off gently while the user takes time. */
const INTERVAL_MS = 500;

/**
 * Poll now / Poll until done, for any pending initiation (the workbench's last response, any flow
 * page), not only recipes. Each poll is an ordinary Poll Data call through the proxy, so it lands in
 * the flow's timeline by the usual events. Timers run only while a poll loop is pending.
 */
export const usePollStore = defineStore('poll', () => {
  const states = ref<Record<string, PollState>>({});
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const stateOf = (token: string): PollState => (states.value[token] ??= { running: false, count: 0 });

  async function codeFor(t: PollTarget): Promise<string | undefined> {
    if (!t.source || !isAppSource(t.source)) return undefined;
    return (
      usePhoneStore().appCodes[t.token] ??
      (await readAppCode(t.env, { url: t.url, token: t.token, service: t.service }).catch(() => undefined))
    );
  }

  async function pollOnce(t: PollTarget, code?: string): Promise<PollState['last']> {
    const s = stateOf(t.token);
    try {
      const r = await sendThroughProxy(t.env, endpoint('poll').path, {
        method: 'POST',
        body: code ? { token: t.token, code } : { token: t.token },
      });
      s.count += 1;
      s.error = undefined;
      s.last = { status: r.status, outcome: pollOutcome(t.service, r.status, r.body), body: r.body, exchangeId: r.exchangeId };
    } catch (e) {
      s.error = (e as Error).message;
      s.last = { status: 0, outcome: 'error', body: undefined };
    }
    return s.last;
  }

  /** One poll; an App-to-App request that needs the app's code gets it and is polled again once. */
  async function pollNow(t: PollTarget): Promise<PollState['last']> {
    const last = await pollOnce(t);
    if (last?.status !== 400) return last;
    const code = await codeFor(t);
    return code ? pollOnce(t, code) : last;
  }

  async function loop(t: PollTarget): Promise<void> {
    const s = stateOf(t.token);
    if (!s.running) return;
    const last = await pollNow(t);
    if (!s.running) return;
    if (!last || isFinal(last.outcome)) return stop(t.token);
    timers.set(
      t.token,
      setTimeout(() => void loop(t), pollDelay(INTERVAL_MS, s.count)),
    );
  }

  function pollUntilDone(t: PollTarget): Promise<void> {
    const s = stateOf(t.token);
    if (s.running) return Promise.resolve();
    s.running = true;
    return loop(t);
  }

  function stop(token: string): void {
    clearTimeout(timers.get(token));
    timers.delete(token);
    stateOf(token).running = false;
  }

  return { states, stateOf, pollNow, pollUntilDone, stop };
});
