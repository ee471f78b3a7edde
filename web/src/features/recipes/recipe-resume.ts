/**
 * A recipe's run rebuilt from what the server knows (the flows and their exchanges), so that a
 * reload mid-recipe picks up where it was: which step, its token, its polls, how each step ended.
 */
import type { Exchange, Flow } from '../flows/flow-types.ts';
import { initiationOf } from '../flows/flow-family.ts';
import type { Recipe } from './recipe-catalogue.ts';
import { RecipeRunner, type PollRecord, type RunOptions, type RunState, type RunStep } from './recipe-runner.ts';
import { isFinal, pollOutcome } from '../../../../shared/inspector/flow-status.ts';
import type { InitiationId } from '../../../../shared/catalogue/index.ts';

export interface RecordsOfRun {
  flows: Record<string, Flow>;
  exchangesOf(flowId: string): Exchange[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function pollsOf(flow: Flow, exchanges: Exchange[], startedAt: number): PollRecord[] {
  let prev = startedAt;
  return exchanges
    .filter((e) => e.endpointId === 'poll' && e.flowId === flow.id && e.response)
    .map((e) => {
      const at = Date.parse(e.startedAt);
      const record = {
        status: e.response!.status,
        outcome: pollOutcome(flow.endpointId, e.response!.status, e.response!.body),
        body: e.response!.body,
        sinceStartMs: at - startedAt,
        sinceLastMs: at - prev,
        exchangeId: e.id,
      };
      prev = at;
      return record;
    });
}

function stepOf(id: InitiationId, flow: Flow, records: RecordsOfRun, startedAt: number): RunStep {
  const exchanges = records.exchangesOf(flow.id);
  const init = initiationOf(flow, exchanges);
  const answer = (init?.response?.body ?? {}) as Record<string, unknown>;
  const polls = pollsOf(flow, exchanges, startedAt);
  const final = polls.find((p) => isFinal(p.outcome));
  return {
    endpointId: id,
    body: (init?.request.body ?? {}) as Record<string, unknown>,
    flowId: flow.id,
    initiation: init?.response
      ? { status: init.response.status, body: init.response.body, ms: init.timings.totalMs, exchangeId: init.id }
      : undefined,
    token: flow.token,
    url: str(answer.url),
    hkic: str(answer.hkic),
    polls,
    outcome: flow.status === 'error' ? 'init_failed' : final?.outcome,
  };
}

/** The newest chained call of `root` to `id`. */
function childFor(records: RecordsOfRun, root: Flow, id: InitiationId): Flow | undefined {
  const children = (root.children ?? []).map((c) => records.flows[c]).filter((f): f is Flow => f?.endpointId === id);
  return children.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
}

export function rebuildRun(recipe: Recipe, options: RunOptions, startedAt: number, records: RecordsOfRun): RunState {
  const state = RecipeRunner.initialState(recipe, options, startedAt);
  const root = records.flows[options.flowId];
  if (!root) return { ...state, status: 'failed', error: { code: 'gone' } };
  for (const [i, id] of recipe.steps.entries()) {
    const flow = i === 0 ? root : childFor(records, root, id);
    if (!flow) break;
    state.steps.push(stepOf(id, flow, records, startedAt));
    state.current = i;
  }
  const step = state.steps[state.current];
  const last = state.current === recipe.steps.length - 1;
  if (step?.outcome === 'init_failed') state.status = 'failed';
  else if (step?.outcome && (step.outcome !== 'collected' || last)) state.status = 'done';
  return state;
}
