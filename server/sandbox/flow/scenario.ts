/**
 * Scenario headers on an initiation (docs/sandbox-contract.md §9), for tests that drive the API without a UI:
 * `x-sandbox-scenario: approve | reject | cancel | timeout | approve-after-polls=N` and
 * `x-sandbox-persona: <id>`. The scenario is stored on the transaction, so it is scoped to its token.
 */
import type { FieldError } from '../../../shared/validation/validate.ts';
import { findPersona, PERSONAS } from '../personas/personas.ts';
import type { Scenario } from '../store/types.ts';

const MAX_POLLS = 1000;

export function parseScenario(headers: Headers): { scenario?: Scenario; errors: FieldError[] } {
  const raw = headers.get('x-sandbox-scenario')?.trim();
  const persona = headers.get('x-sandbox-persona')?.trim();
  const errors: FieldError[] = [];
  if (persona !== undefined && !findPersona(persona)) {
    errors.push({
      path: 'x-sandbox-persona',
      message: `x-sandbox-persona: unknown persona; valid ids are ${PERSONAS.map((p) => p.id).join(', ')}`,
    });
  }
  if (raw === undefined || raw === '') return { errors };
  let scenario: Scenario | undefined;
  const after = /^approve-after-polls=(\d{1,4})$/.exec(raw);
  if (after && Number(after[1]) <= MAX_POLLS) scenario = { action: 'approve', afterPolls: Number(after[1]) };
  else if (raw === 'approve' || raw === 'reject' || raw === 'cancel' || raw === 'timeout') scenario = { action: raw, afterPolls: 0 };
  else
    errors.push({
      path: 'x-sandbox-scenario',
      message: `x-sandbox-scenario: must be approve, reject, cancel, timeout or approve-after-polls=N (N from 0 to ${MAX_POLLS})`,
    });
  if (scenario && persona) scenario.personaId = persona;
  return { scenario, errors };
}

export const SCENARIO_DECISION = { approve: 'approved', reject: 'rejected', cancel: 'cancelled', timeout: 'timed_out' } as const;
