import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';
import { navigate } from '../../app/router.ts';
import { recipe, type Recipe } from './recipe-catalogue.ts';
import { clampInterval, RecipeRunner, type RunOptions, type RunState, type Scenario } from './recipe-runner.ts';
import { rebuildRun, type RecordsOfRun } from './recipe-resume.ts';
import { savedRun, saveRun, updateSavedRun } from './saved-runs.ts';
import { newFlowId } from '../../../../shared/inspector/flow-id.ts';
import { readAppCode } from '../phone/transaction-lookups.ts';
import { useSettingsStore } from '../../app/settings-store.ts';

/** The flows store as far as resuming needs it: the records, once loaded. */
interface ServerRecords extends RecordsOfRun {
  ready(flowId: string): Promise<void>;
}

/** Recipe settings and the runs in this page, by their root flow id; a reload resumes them. */
export const useRecipeStore = defineStore('recipes', () => {
  const scenario = ref<Scenario>('approve');
  const afterPolls = ref(2);
  const intervalMs = ref(500);
  const maxPolls = ref(300);
  /** '' keeps each example's own source (PC_Browser). */
  const source = ref('');
  const runs = ref<Record<string, RunState>>({});
  const runners = new Map<string, RecipeRunner>();
  const resuming = new Set<string>();

  function runnerFor(r: Recipe, options: RunOptions, state: RunState): RecipeRunner {
    const sandbox = options.env === 'sandbox';
    const runner = new RecipeRunner(r, options, state, undefined, undefined, sandbox ? (key) => readAppCode(options.env, key) : undefined);
    runs.value[options.flowId] = state;
    runners.set(options.flowId, runner);
    return runner;
  }

  /** Starts a recipe against the sandbox and shows its flow. */
  async function start(recipeId: string, opts: { env?: string; persona?: string; show?: boolean } = {}): Promise<string | undefined> {
    const r = recipe(recipeId);
    if (!r) return undefined;
    const flowId = newFlowId();
    const options: RunOptions = {
      env: opts.env ?? 'sandbox',
      origin: location.origin,
      flowId,
      scenario: scenario.value,
      afterPolls: afterPolls.value,
      persona: opts.persona,
      intervalMs: clampInterval(intervalMs.value),
      maxPolls: Math.max(1, Math.min(2000, Math.round(maxPolls.value) || 300)),
      source: source.value || undefined,
      lang: useSettingsStore().lang,
    };
    const startedAt = Date.now();
    saveRun({ recipeId, options, startedAt });
    const runner = runnerFor(r, options, reactive(RecipeRunner.initialState(r, options, startedAt)) as RunState);
    if (opts.show !== false) navigate(`/flows/${flowId}`);
    await runner.start();
    return flowId;
  }

  /** After a reload: if this page started a recipe on `rootFlowId`, rebuild it from the server and go on. */
  async function resumeAfterReload(rootFlowId: string, records: ServerRecords): Promise<void> {
    const saved = savedRun(rootFlowId);
    const r = saved && recipe(saved.recipeId);
    if (!saved || !r || runs.value[rootFlowId] || resuming.has(rootFlowId)) return;
    resuming.add(rootFlowId);
    try {
      await records.ready(rootFlowId);
      const state = reactive(rebuildRun(r, saved.options, saved.startedAt, records)) as RunState;
      if (saved.halted && state.status === 'running') state.status = saved.halted;
      await runnerFor(r, saved.options, state).continue();
    } finally {
      resuming.delete(rootFlowId);
    }
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
    resumeAfterReload,
    runOf,
    pause: (root: string) => {
      runner(root)?.pause();
      updateSavedRun(root, { halted: 'paused' });
    },
    resume: (root: string) => {
      runner(root)?.resume();
      updateSavedRun(root, { halted: undefined });
    },
    stop: (root: string) => {
      runner(root)?.stop();
      updateSavedRun(root, { halted: 'stopped' });
    },
    nudge: (root: string) => runner(root)?.nudge(),
    pollAgain: (root: string, index: number) => runner(root)?.pollAgain(index),
  };
});
