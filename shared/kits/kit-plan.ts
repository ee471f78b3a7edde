/**
 * The language-neutral plan of a whole-flow kit, read from the catalogue: each step's path, title
 * and request body (the catalogue's example, with the kit's callback URL as `redirect` and the
 * earlier step's token), what each status of the initiation and of Poll Data means, and the
 * official codes a transaction ends with. Every language's template writes this same plan.
 */
import {
  BASE64_SHA256_PATTERN,
  endpoint,
  HEX_SHA256_PATTERN,
  type EndpointSpec,
  type InitiationId,
  type JsonSchema,
  type Scope,
} from '../catalogue/index.ts';
import { KitRef, type KitValue } from './kit-value.ts';
import { kitClassName, kitTitle, type KitRecipe } from './kit-recipes.ts';

/** What a kit does with an answer: take the result, poll again, retry after a pause, or stop. */
export type AnswerAction = 'result' | 'wait' | 'retry' | 'stop';

export interface Answer {
  status: number;
  action: AnswerAction;
  /** The catalogue's description of the status, first sentence. */
  meaning: string;
}

/** How a kit checks a step's result: signatures are verified, hashes compared with what was sent. */
export type StepCheck = { kind: 'login' } | { kind: 'form' } | { kind: 'sign' | 'pdf-sign'; field: string; hash: string };

export type OutcomeKind = 'rejected' | 'cancelled' | 'timed_out';

export interface KitStep {
  id: InitiationId;
  title: string;
  path: string;
  body: KitValue;
  check: StepCheck;
  /** The variable a later step reads this step's token from (`authToken`), when one does. */
  tokenVariable?: string;
  /** Fill Easy documents no such endpoint: the sandbox chose its behaviour, and the kit says so. */
  undocumented?: true;
}

export interface KitPlan {
  recipe: KitRecipe;
  title: string;
  className: string;
  steps: KitStep[];
  pollPath: string;
  initiateAnswers: Answer[];
  pollAnswers: Answer[];
  outcomes: { code: string; kind: OutcomeKind }[];
  defaults: KitDefaults;
}

export interface KitDefaults {
  baseUrl: string;
  /** http on a loopback host: the kit serves it; port 0 takes any free port. */
  callbackUrl: string;
  pollIntervalMs: number;
  maxPollIntervalMs: number;
  timeoutSeconds: number;
  /** Consecutive 429 / 5xx answers a kit rides out before it stops. */
  maxRetries: number;
}

export const KIT_DEFAULTS: KitDefaults = {
  baseUrl: 'http://127.0.0.1:8787/sandbox',
  callbackUrl: 'http://127.0.0.1:8080/callback',
  pollIntervalMs: 2000,
  maxPollIntervalMs: 10_000,
  // A pending request times out after 5 minutes (docs/sandbox-contract.md §5): the kit waits a little longer.
  timeoutSeconds: 360,
  maxRetries: 5,
};

export const CALLBACK_VARIABLE = 'callbackUrl';
const tokenVariable = (id: InitiationId) => `${id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Token`;

function actionFor(status: number): AnswerAction {
  if (status === 202) return 'wait';
  if (status >= 200 && status < 300) return 'result';
  return status === 429 || status >= 500 ? 'retry' : 'stop';
}

function answers(specs: EndpointSpec[]): Answer[] {
  const out = new Map<number, Answer>();
  for (const spec of specs) {
    for (const [code, response] of Object.entries(spec.responses)) {
      const status = Number(code);
      if (out.has(status) || !response) continue;
      const meaning = response.description.split(/\.\s/)[0].replace(/`/g, '').replace(/\.$/, '');
      out.set(status, { status, action: actionFor(status), meaning });
    }
  }
  return [...out.values()].sort((a, b) => a.status - b.status);
}

/** The scopes a login asks for: its own, plus what each chained call needs (else 400 D20012). */
function scopeFor(chain: readonly InitiationId[]): string {
  const scopes = new Set<Scope>(['eidapi_auth']);
  for (const id of chain) {
    const needed = endpoint(id).tokenFrom?.scopesAnyOf?.[0];
    if (needed) scopes.add(needed);
  }
  return [...scopes].join(' ');
}

function checkFor(spec: EndpointSpec): StepCheck {
  const props = (spec.request.properties ?? {}) as Record<string, JsonSchema>;
  for (const [field, schema] of Object.entries(props)) {
    const hash = spec.example[field];
    if (typeof hash !== 'string') continue;
    if (schema.pattern === HEX_SHA256_PATTERN) return { kind: 'sign', field, hash };
    if (schema.pattern === BASE64_SHA256_PATTERN) return { kind: 'pdf-sign', field, hash };
  }
  return 'profileFields' in props || 'formData' in props ? { kind: 'form' } : { kind: 'login' };
}

function stepOf(id: InitiationId, recipe: KitRecipe): KitStep {
  const spec = endpoint(id);
  const props = (spec.request.properties ?? {}) as Record<string, JsonSchema>;
  const body: Record<string, KitValue> = structuredClone(spec.example) as Record<string, KitValue>;
  if ('redirect' in props) {
    body.redirect = new KitRef(CALLBACK_VARIABLE);
    delete body.redirectURI;
  }
  const tokenFrom = spec.tokenFrom?.endpoints;
  const source = Array.isArray(tokenFrom) ? recipe.steps.find((s) => tokenFrom.includes(s)) : undefined;
  if (source && 'token' in props) body.token = new KitRef(tokenVariable(source));
  if (id === 'auth') body.scope = scopeFor(recipe.steps);
  const usedLater = recipe.steps.some((s) => {
    const from = endpoint(s).tokenFrom?.endpoints;
    return s !== id && Array.isArray(from) && from.includes(id);
  });
  return {
    id,
    title: spec.title,
    path: spec.path,
    body,
    check: checkFor(spec),
    ...(usedLater ? { tokenVariable: tokenVariable(id) } : {}),
    ...(spec.undocumented ? { undocumented: true as const } : {}),
  };
}

export function kitPlan(recipe: KitRecipe, defaults: Partial<KitDefaults> = {}): KitPlan {
  const specs = recipe.steps.map((s) => endpoint(s));
  const outcomes = new Map<string, OutcomeKind>();
  for (const o of specs.map((s) => s.outcomes)) {
    if (!o) continue;
    for (const [code, kind] of [[o.rejected, 'rejected'], [o.cancelled, 'cancelled'], [o.timedOut, 'timed_out']] as const) if (!outcomes.has(code)) outcomes.set(code, kind);
  }
  return {
    recipe,
    title: kitTitle(recipe),
    className: kitClassName(recipe),
    steps: recipe.steps.map((s) => stepOf(s, recipe)),
    pollPath: endpoint('poll').path,
    initiateAnswers: answers(specs),
    pollAnswers: answers([endpoint('poll')]),
    outcomes: [...outcomes].map(([code, kind]) => ({ code, kind })),
    defaults: { ...KIT_DEFAULTS, ...defaults },
  };
}
