/** Words about the sandbox-only headers, shared by the OpenAPI document and its control API part. */
import { PERSONA_HEADER, SCENARIO_HEADER, SCENARIO_PATTERN } from '../sandbox/scenario-header.ts';

export const PERSONA_IDS_NOTE = 'Persona ids: GET /_control/personas.';

export const SANDBOX_HEADERS = {
  fault: {
    name: 'x-sandbox-fault',
    description:
      'Sandbox only: `status=500` or `status=503` answers with that error instead; `delay=<ms>` answers late (capped). Acts on this request only.',
    pattern: '^(status=(500|503)|delay=\\d{1,9})$',
  },
  scenario: {
    name: SCENARIO_HEADER,
    description:
      'Sandbox only, on initiations: what the simulated user does, for tests without a UI: `approve`, `reject`, `cancel`, `timeout`, or `approve-after-polls=N` (the first N polls answer 202). Scoped to the returned token.',
    pattern: SCENARIO_PATTERN,
  },
  persona: {
    name: PERSONA_HEADER,
    description: `Sandbox only, on initiations: who approves (with x-sandbox-scenario). ${PERSONA_IDS_NOTE}`,
    pattern: '^[a-z-]{1,64}$',
  },
  warnings: {
    name: 'x-sandbox-warnings',
    description:
      "Sandbox only: fields the request sent that the sandbox accepted but ignored, as a JSON array of `{ path, message }` (e.g. a `code` on a browser flow's poll). " +
      'Clients configured `strict` get a 400 D20001 instead.',
  },
} as const;
