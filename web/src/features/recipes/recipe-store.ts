import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';
import { navigate } from '../../app/router.ts';
import { recipe } from './recipe-catalogue.ts';
import { clampInterval, RecipeRunner, type RunState, type Scenario } from './recipe-runner.ts';
import { newFlowId } from './flow-id.ts';
import { getTransactions } from '../phone/control-api.ts';
import { findTransaction, phoneCodeOf, type TransactionKey } from '../phone/use-transaction.ts';

async function readPhoneCode(env: string, key: TransactionKey): Promise<string | undefined> {
  const r = await getTransactions(env);
  return r.ok ? phoneCodeOf(findTransaction(r.value, key)) : undefined;
}

/** The `code` in the callback the sandbox would send the app to (its callbackUrl). */
async function readAppCode(env: string, key: TransactionKey): Promise<string | undefined> {
  const r = await getTransactions(env);
  const url = r.ok ? findTransaction(r.value, key)?.callbackUrl : undefined;
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url, location.origin).searchParams.get('code') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Recipe settings and the runs in this page, by their root flow id. */
export const useRecipeStore = defineStore('recipes', () => {
  const scenario = ref<Scenario>('approve');
  const afterPolls = ref(2);
  const intervalMs = ref(500);
  const maxPolls = ref(300);
  /** '' keeps each example's own source (PC_Browser). */
  const source = ref('');
  const runs = ref<Record<string, RunState>>({});
  const runners = new Map<string, RecipeRunner>();

  /** Starts a recipe against the sandbox and shows its flow. */
  async function start(recipeId: string, opts: { env?: string; persona?: string; show?: boolean } = {}): Promise<string | undefined> {
    const r = recipe(recipeId);
    if (!r) return undefined;
    const flowId = newFlowId();
    const options = {
      env: opts.env ?? 'sandbox',
      origin: location.origin,
      flowId,
      scenario: scenario.value,
      afterPolls: afterPolls.value,
      persona: opts.persona,
      intervalMs: clampInterval(intervalMs.value),
      maxPolls: Math.max(1, Math.min(2000, Math.round(maxPolls.value) || 300)),
      source: source.value || undefined,
    };
    const state = reactive(RecipeRunner.initialState(r, options, Date.now())) as RunState;
    runs.value[flowId] = state;
    const sandbox = options.env === 'sandbox';
    const runner = new RecipeRunner(
      r,
      options,
      state,
      undefined,
      undefined,
      sandbox ? (key) => readPhoneCode(options.env, key) : undefined,
      sandbox ? (key) => readAppCode(options.env, key) : undefined,
    );
    runners.set(flowId, runner);
    if (opts.show !== false) navigate(`/flows/${flowId}`);
    await runner.start();
    return flowId;
  }

  /** The run a flow belongs to (as root or as a chained step). */
  function runOf(flowId: string): RunState | undefined {
    return runs.value[flowId] ?? Object.values(runs.value).find((s) => s.steps.some((st) => st.flowId === flowId));
  }

  const runner = (root: string) => runners.get(root);

  return {
    scenario,
    afterPolls,
    intervalMs,
    maxPolls,
    source,
    runs,
    start,
    runOf,
    pause: (root: string) => runner(root)?.pause(),
    resume: (root: string) => runner(root)?.resume(),
    stop: (root: string) => runner(root)?.stop(),
    nudge: (root: string) => runner(root)?.nudge(),
    pollAgain: (root: string, index: number) => runner(root)?.pollAgain(index),
  };
});
