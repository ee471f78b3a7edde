/**
 * Scenario headers on an initiation (docs/sandbox-contract.md §9), for tests that drive the API without a UI:
 * `x-sandbox-scenario: approve | reject | cancel | timeout | approve-after-polls=N` and
 * `x-sandbox-persona: <id>`. The scenario is stored on the transaction, so it is scoped to its token.
 */
import type { FieldError } from '../../../shared/validation/validate.ts';
import { PERSONA_HEADER, readScenario, SCENARIO_HEADER, SCENARIO_RULE } from '../../../shared/sandbox/scenario-header.ts';
import { findPersona, PERSONAS } from '../personas/personas.ts';
import type { Scenario } from '../store/types.ts';

export function parseScenario(headers: Headers): { scenario?: Scenario; errors: FieldError[] } {
  const raw = headers.get(SCENARIO_HEADER)?.trim();
  const persona = headers.get(PERSONA_HEADER)?.trim();
  const errors: FieldError[] = [];
  if (persona !== undefined && !findPersona(persona)) {
    errors.push({
      path: PERSONA_HEADER,
      message: `${PERSONA_HEADER}: unknown persona; valid ids are ${PERSONAS.map((p) => p.id).join(', ')}`,
    });
  }
  if (raw === undefined || raw === '') return { errors };
  const read = readScenario(raw);
  const scenario: Scenario | undefined = read ? { ...read } : undefined;
  if (!scenario) errors.push({ path: SCENARIO_HEADER, message: `${SCENARIO_HEADER}: ${SCENARIO_RULE}` });
  if (scenario && persona) scenario.personaId = persona;
  return { scenario, errors };
}

export const SCENARIO_DECISION = { approve: 'approved', reject: 'rejected', cancel: 'cancelled', timeout: 'timed_out' } as const;
