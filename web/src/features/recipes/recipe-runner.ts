/**
 * Runs a recipe: each initiation, then auto-polling (configurable interval, gentle backoff, stop on
 * a final state, a cap) that the user can pause, then the chained call with the real auth token.
 * Every step is an ordinary proxied request, recorded by the server like any other.
 */
import { endpoint, isAppSource, type InitiationId } from '../../../../shared/catalogue/index.ts';
import { sendThroughProxy, type ProxyResult } from '../../app/api-client.ts';
import type { Recipe } from './recipe-catalogue.ts';
import { stepBody } from './request-body.ts';
import { playgroundCallbackUrl } from '../../../../shared/inspector/flow-id.ts';
import { isFinal, pollOutcome, type PollOutcome } from '../../../../shared/inspector/flow-status.ts';
import { PERSONA_HEADER, SCENARIO_HEADER, scenarioValue, type ScenarioKind } from '../../../../shared/sandbox/scenario-header.ts';

/** What the simulated user does: a sandbox scenario, or 'manual' (no header: the person acts on the phone page). */
export type Scenario = 'manual' | ScenarioKind;

export interface RunOptions {
  env: string;
  origin: string;
  flowId: string;
  scenario: Scenario;
  afterPolls: number;
  persona?: string;
  intervalMs: number;
  maxPolls: number;
  /** Overrides the examples' `source` (e.g. an app source, whose url is a deep link). */
  source?: string;
  /** The UI language, sent as `lang` where the endpoint has one, so the simulated pages speak it. */
  lang?: string;
}

export interface PollRecord {
  status: number;
  outcome: PollOutcome;
  body: unknown;
  sinceStartMs: number;
  sinceLastMs: number;
  exchangeId?: string;
}

export interface RunStep {
  endpointId: InitiationId;
  body: Record<string, unknown>;
  flowId?: string;
  initiation?: { status: number; body: unknown; ms: number; exchangeId?: string };
  token?: string;
  url?: string;
  hkic?: string;
  /** App-to-App: the authorisation code the app received on its redirect; polls must carry it. */
  code?: string;
  polls: PollRecord[];
  outcome?: PollOutcome | 'cap' | 'init_failed';
}

/** Why a run stopped short, worded per language by the view (messages.ts `err.<code>`). */
export type RunError =
  | { code: 'network'; message: string }
  | { code: 'http'; status: number }
  | { code: 'cap'; polls: number }
  /** After a reload: the server no longer holds the run's flow. */
  | { code: 'gone' };

export interface RunState {
  recipeId: string;
  rootFlowId: string;
  env: string;
  status: 'running' | 'paused' | 'done' | 'failed' | 'stopped';
  current: number;
  steps: RunStep[];
  startedAt: number;
  error?: RunError;
}

export const MIN_INTERVAL_MS = 250;
export const MAX_INTERVAL_MS = 1000;
/** Backoff never waits longer than this between polls. */
export const BACKOFF_CEILING_MS = 2000;
const BACKOFF_FACTOR = 1.15;

export function clampInterval(ms: number): number {
  return Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, Math.round(ms) || 500));
}

/** The wait before poll number `n` (0-based): the interval, growing gently while the user takes time. */
export function pollDelay(intervalMs: number, n: number): number {
  return Math.min(BACKOFF_CEILING_MS, Math.round(clampInterval(intervalMs) * BACKOFF_FACTOR ** n));
}

export type Send = typeof sendThroughProxy;
/** Reads the code the app would receive on its redirect (the sandbox's callbackUrl); absent outside the sandbox. */
export type ReadAppCode = (key: { url?: string; token: string; service: InitiationId }) => Promise<string | undefined>;

export class RecipeRunner {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastPollAt = 0;

  constructor(
    readonly recipe: Recipe,
    readonly options: RunOptions,
    readonly state: RunState,
    private readonly send: Send = sendThroughProxy,
    private readonly now: () => number = () => Date.now(),
    private readonly readAppCode?: ReadAppCode,
  ) {}

  static initialState(recipe: Recipe, options: RunOptions, startedAt: number): RunState {
    return { recipeId: recipe.id, rootFlowId: options.flowId, env: options.env, status: 'running', current: 0, steps: [], startedAt };
  }

  async start(): Promise<void> {
    await this.initiate(0);
  }

  /** Goes on from a rebuilt state (after a reload): polls the pending step, or starts the next one. */
  async continue(): Promise<void> {
    if (this.state.status !== 'running') return;
    const step = this.step;
    if (!step) return this.initiate(0);
    this.lastPollAt = this.now();
    if (step.token && !step.outcome) return this.schedule(0);
    if (step.outcome === 'collected' && this.state.current + 1 < this.recipe.steps.length) await this.initiate(this.state.current + 1);
  }

  private scenarioHeaders(index: number): Record<string, string> {
    const { scenario, afterPolls, persona } = this.options;
    if (scenario === 'manual') return {};
    const last = index === this.recipe.steps.length - 1;
    // Earlier steps of a chain must succeed for the chain to go on: they are approved.
    const value = last ? scenarioValue(scenario, afterPolls) : scenarioValue('approve');
    return { [SCENARIO_HEADER]: value, ...(persona ? { [PERSONA_HEADER]: persona } : {}) };
  }

  private async initiate(index: number): Promise<void> {
    const id = this.recipe.steps[index];
    const authToken = this.state.steps[0]?.token;
    const body = stepBody(id, {
      redirect: playgroundCallbackUrl(this.options.origin, this.options.flowId),
      token: index > 0 ? authToken : undefined,
      chain: this.recipe.steps.slice(1),
      lang: this.options.lang,
    });
    if (this.options.source) body.source = this.options.source;
    const step: RunStep = { endpointId: id, body, polls: [] };
    this.state.steps.push(step);
    this.state.current = index;
    let r: ProxyResult;
    try {
      r = await this.send(this.options.env, endpoint(id).path, { method: 'POST', body, headers: this.scenarioHeaders(index) });
    } catch (e) {
      return this.fail(step, 'init_failed', { code: 'network', message: (e as Error).message });
    }
    step.initiation = { status: r.status, body: r.body, ms: r.ms, exchangeId: r.exchangeId };
    step.flowId = r.flowId ?? (index === 0 ? this.options.flowId : undefined);
    const b = (r.body ?? {}) as { token?: unknown; url?: unknown; hkic?: unknown };
    if (r.status !== 200 || typeof b.token !== 'string') return this.fail(step, 'init_failed', { code: 'http', status: r.status });
    step.token = b.token;
    if (typeof b.url === 'string') step.url = b.url;
    if (typeof b.hkic === 'string') step.hkic = b.hkic;
    this.lastPollAt = this.now();
    if (this.state.status === 'running') this.schedule();
  }

  private fail(step: RunStep, outcome: RunStep['outcome'], error: RunError): void {
    step.outcome = outcome;
    this.state.status = 'failed';
    this.state.error = error;
  }

  private get step(): RunStep {
    return this.state.steps[this.state.current];
  }

  private schedule(delay = pollDelay(this.options.intervalMs, this.step.polls.length)): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.pollOnce(), delay);
  }

  /** One poll of the current step; decides what comes next. */
  async pollOnce(): Promise<void> {
    this.timer = undefined;
    const step = this.step;
    if (!step?.token || this.state.status !== 'running') return;
    const record = await this.poll(step);
    if (this.state.status !== 'running' || step !== this.step) return;
    // App-to-App: the result is released only with the app's code (docs/sandbox-contract.md §6); fetch it once and poll again.
    if (record.status === 400 && !step.code && this.readAppCode && isAppSource(String(step.body.source))) {
      step.code = await this.readAppCode({ url: step.url, token: step.token, service: step.endpointId }).catch(() => undefined);
      if (step.code) return this.schedule(0);
    }
    if (!isFinal(record.outcome)) {
      if (step.polls.length >= this.options.maxPolls) return this.fail(step, 'cap', { code: 'cap', polls: this.options.maxPolls });
      return this.schedule();
    }
    step.outcome = record.outcome;
    if (record.outcome !== 'collected') {
      this.state.status = 'done';
      return;
    }
    if (this.state.current + 1 < this.recipe.steps.length) await this.initiate(this.state.current + 1);
    else this.state.status = 'done';
  }

  private async poll(step: RunStep): Promise<PollRecord> {
    const at = this.now();
    let record: PollRecord;
    try {
      const r = await this.send(this.options.env, endpoint('poll').path, {
        method: 'POST',
        body: step.code ? { token: step.token, code: step.code } : { token: step.token },
      });
      record = {
        status: r.status,
        outcome: pollOutcome(step.endpointId, r.status, r.body),
        body: r.body,
        sinceStartMs: at - this.state.startedAt,
        sinceLastMs: at - this.lastPollAt,
        exchangeId: r.exchangeId,
      };
    } catch (e) {
      record = {
        status: 0,
        outcome: 'error',
        body: { message: (e as Error).message },
        sinceStartMs: at - this.state.startedAt,
        sinceLastMs: at - this.lastPollAt,
      };
    }
    this.lastPollAt = at;
    step.polls.push(record);
    return record;
  }

  /** Polls a finished step once more: after a success the sandbox has deleted the data (410). */
  async pollAgain(index: number): Promise<PollRecord | undefined> {
    const step = this.state.steps[index];
    return step?.token ? this.poll(step) : undefined;
  }

  pause(): void {
    if (this.state.status !== 'running') return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.state.status = 'paused';
  }

  resume(): void {
    if (this.state.status !== 'paused') return;
    this.state.status = 'running';
    if (this.step?.token && !this.step.outcome) this.schedule(0);
  }

  /** Polls now rather than at the next tick (the user just acted on the phone). */
  nudge(): void {
    if (this.state.status === 'running' && this.timer && this.step?.token && !this.step.outcome) this.schedule(0);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.state.status === 'running' || this.state.status === 'paused') this.state.status = 'stopped';
  }
}
