/**
 * Everything the contract tests drive: each API endpoint and each control operation, with the
 * answers the table says it can give (shared/catalogue/answers.ts). Test helper.
 */
import { ENDPOINT_ANSWERS, ENDPOINTS, type AnswerId, type EndpointSpec } from '../../../shared/catalogue/index.ts';
import { CONTROL_OPERATIONS, type ControlOperation } from '../../../shared/openapi/control-api.ts';

export type Target =
  | { kind: 'api'; id: string; spec: EndpointSpec; answers: readonly AnswerId[] }
  | { kind: 'control'; id: string; op: ControlOperation; answers: readonly AnswerId[] };

export const TARGETS: readonly Target[] = [
  ...ENDPOINTS.map((spec): Target => ({ kind: 'api', id: spec.id, spec, answers: ENDPOINT_ANSWERS[spec.id] })),
  ...CONTROL_OPERATIONS.map((op): Target => ({ kind: 'control', id: op.id, op, answers: op.answers })),
];

export function methodOf(t: Target): 'GET' | 'POST' {
  return t.kind === 'api' ? t.spec.method : t.op.method;
}

export function pathOf(t: Target): string {
  return t.kind === 'api' ? t.spec.path : t.op.path;
}

/** Every (target, answer) pair the table lists. */
export function pairs(): { target: Target; answer: AnswerId }[] {
  return TARGETS.flatMap((target) => target.answers.map((answer) => ({ target, answer })));
}

/** Runs `task` over `items`, at most `width` at once (the drivers are independent of each other). */
export async function eachAtOnce<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) await task(items[next++]);
  });
  await Promise.all(lanes);
}
