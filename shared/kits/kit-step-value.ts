/** A step of the plan as one value a kit's `run_step` takes: where to send what, and how to check the result. */
import type { KitValue } from './kit-value.ts';
import type { KitStep } from './kit-plan.ts';

export function stepValue(step: KitStep): Record<string, KitValue> {
  return {
    id: step.id,
    title: step.title,
    path: step.path,
    check: step.check.kind,
    expectedHash: 'hash' in step.check ? step.check.hash : '',
    body: step.body,
  };
}

