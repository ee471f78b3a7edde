/**
 * The values of the sandbox's scenario header (docs/sandbox-contract.md §9): what the simulated
 * user does with an initiation, for tests without a UI. Written once here because three places
 * speak it: the sandbox reads it (server/sandbox/flow/scenario.ts), the OpenAPI document describes
 * it (shared/openapi/sandbox-notes.ts), and the SPA writes it (the workbench's sandbox options and
 * the recipe runner). A value the sandbox would refuse can then never be offered by the SPA.
 */

export const SCENARIO_HEADER = 'x-sandbox-scenario';
export const PERSONA_HEADER = 'x-sandbox-persona';

/** What the user does at once (or after N polls, for approve-after-polls). */
export const SCENARIO_ACTIONS = ['approve', 'reject', 'cancel', 'timeout'] as const;
export type ScenarioAction = (typeof SCENARIO_ACTIONS)[number];

/** `approve-after-polls=N`: the first N polls answer 202 pending, the next one approves. */
export const APPROVE_AFTER_POLLS = 'approve-after-polls';
/** The largest N the sandbox accepts; a bigger one is a 400. */
export const MAX_SCENARIO_POLLS = 1000;

export type ScenarioKind = ScenarioAction | typeof APPROVE_AFTER_POLLS;
export const SCENARIO_KINDS: readonly ScenarioKind[] = [...SCENARIO_ACTIONS, APPROVE_AFTER_POLLS];

/** The header's grammar as a JSON Schema pattern (N has at most 4 digits; its bound is checked in readScenario). */
export const SCENARIO_PATTERN = `^(${SCENARIO_ACTIONS.join('|')}|${APPROVE_AFTER_POLLS}=\\d{1,4})$`;

/** The sentence the sandbox answers a value it does not know with. */
export const SCENARIO_RULE = `must be ${SCENARIO_ACTIONS.join(', ')} or ${APPROVE_AFTER_POLLS}=N (N from 0 to ${MAX_SCENARIO_POLLS})`;

export interface ScenarioValue {
  action: ScenarioAction;
  /** Polls answered pending before the action applies; 0 = at once. */
  afterPolls: number;
}

const AFTER_POLLS = new RegExp(`^${APPROVE_AFTER_POLLS}=(\\d{1,4})$`);

function isAction(value: string): value is ScenarioAction {
  return (SCENARIO_ACTIONS as readonly string[]).includes(value);
}

/** A header value read, or undefined when the sandbox does not know it. */
export function readScenario(raw: string): ScenarioValue | undefined {
  const after = AFTER_POLLS.exec(raw);
  if (after) {
    const polls = Number(after[1]);
    return polls <= MAX_SCENARIO_POLLS ? { action: 'approve', afterPolls: polls } : undefined;
  }
  return isAction(raw) ? { action: raw, afterPolls: 0 } : undefined;
}

/** The header value for a kind; for approve-after-polls, N rounded and kept within 0..`maxPolls`. */
export function scenarioValue(kind: ScenarioKind, afterPolls = 0, maxPolls = MAX_SCENARIO_POLLS): string {
  if (kind !== APPROVE_AFTER_POLLS) return kind;
  const polls = Math.max(0, Math.min(maxPolls, MAX_SCENARIO_POLLS, Math.round(afterPolls || 0)));
  return `${APPROVE_AFTER_POLLS}=${polls}`;
}

/** Which kind a header value is ('' for none or a value the sandbox does not know). */
export function scenarioKind(value: string): ScenarioKind | '' {
  const read = readScenario(value);
  if (!read) return '';
  return value.startsWith(APPROVE_AFTER_POLLS) ? APPROVE_AFTER_POLLS : read.action;
}
