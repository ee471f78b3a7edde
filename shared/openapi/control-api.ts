/**
 * The control API at /sandbox/_control (sandbox only, not in the real API), described for
 * /openapi-sandbox.json: what tests, demos and the playground use to act as the user, read the
 * sandbox's transactions and move its clock. Statuses come from the same answer table as the API's.
 */
import { EVERY_CALL, type AnswerId } from '../catalogue/answers.ts';
import type {
  ApproveRequest,
  ClockAdvanceRequest,
  ClockAnswer,
  ControlAction,
  ControlTarget,
  DecisionAnswer,
  PersonasAnswer,
  ResetAnswer,
  TestClientAnswer,
  TransactionsAnswer,
} from '../sandbox/control-calls.ts';
import { MAX_CLOCK_ADVANCE_MS } from '../sandbox/control-calls.ts';
import { SANDBOX_TRANSACTION_STATUSES, type SandboxTransaction } from '../sandbox/sandbox-transaction.ts';
import type { TestClientInfo, TestClientRequest } from '../sandbox/test-client.ts';
import { PERSONA_IDS_NOTE } from './sandbox-notes.ts';
import { objectSchemaOf } from './typed-schema.ts';

type Json = Record<string, unknown>;

export interface ControlOperation {
  id: string;
  method: 'GET' | 'POST';
  path: string;
  summary: string;
  request?: Json;
  response: Json;
  answers: readonly AnswerId[];
}

const nullable = (type: string, description?: string): Json => ({ type: [type, 'null'], ...(description ? { description } : {}) });

export const TRANSACTION_VIEW: Json = objectSchemaOf<SandboxTransaction>()({
  type: 'object',
  description:
    'A transaction as the control API shows it: never its result; the App-to-App `code` only inside `callbackUrl`, as the app would receive it.',
  properties: {
    id: { type: 'string', description: "The token's `sub`." },
    service: { type: 'string' },
    status: { type: 'string', enum: [...SANDBOX_TRANSACTION_STATUSES] },
    source: { type: 'string' },
    redirect: {
      type: 'string',
      description: "Where the callback goes (the login's redirect for chained calls): find the transaction your app started by it.",
    },
    ticketID: { type: 'string' },
    state: { type: 'string', description: 'The `state` the callback will carry: match callbacks to your tokens by it in tests.' },
    businessID: { type: 'string' },
    createdAt: { type: 'integer' },
    finishedAt: nullable('integer'),
    deleteAt: { type: 'integer' },
    pollCount: { type: 'integer' },
    errorCode: nullable('string'),
    persona: nullable('string'),
    hkic: nullable('string'),
    callbackUrl: nullable('string', 'The Callback URL iAM Smart would open once the user has acted (null while pending).'),
  },
  required: [
    'id',
    'service',
    'status',
    'source',
    'redirect',
    'ticketID',
    'state',
    'businessID',
    'createdAt',
    'finishedAt',
    'deleteAt',
    'pollCount',
    'errorCode',
    'persona',
    'hkic',
    'callbackUrl',
  ],
  additionalProperties: false,
});

const clock = objectSchemaOf<ClockAnswer>()({
  type: 'object',
  properties: { now: { type: 'integer', description: "This client's sandbox time, epoch ms." }, offsetMs: { type: 'integer' } },
  required: ['now', 'offsetMs'],
  additionalProperties: false,
});

const TARGET_PROPERTIES = { token: { type: 'string' }, ticketID: { type: 'string' } };
const TARGET_NOTE = 'Which transaction: the token an initiation returned, or its ticketID.';

const target = objectSchemaOf<ControlTarget>()({
  type: 'object',
  description: TARGET_NOTE,
  properties: TARGET_PROPERTIES,
  additionalProperties: false,
});

const approveTarget = objectSchemaOf<ApproveRequest>()({
  type: 'object',
  description: TARGET_NOTE,
  properties: { ...TARGET_PROPERTIES, persona: { type: 'string' } },
  additionalProperties: false,
});

const decided = objectSchemaOf<DecisionAnswer>()({
  type: 'object',
  properties: { transaction: TRANSACTION_VIEW },
  required: ['transaction'],
  additionalProperties: false,
});

const BASE = [...EVERY_CALL, 'credentials-invalid', 'control-ok'] as const satisfies readonly AnswerId[];
const WITH_BODY = [...BASE, 'body-unreadable', 'body-too-large', 'body-invalid'] as const satisfies readonly AnswerId[];
const DECIDE = [...WITH_BODY, 'token-invalid', 'control-not-found', 'control-not-pending'] as const satisfies readonly AnswerId[];

function decision(action: Exclude<ControlAction, 'approve'>, summary: string): ControlOperation {
  return {
    id: `control-${action}`,
    method: 'POST',
    path: `/_control/${action}`,
    summary,
    request: target,
    response: decided,
    answers: DECIDE,
  };
}

export const CONTROL_OPERATIONS: readonly ControlOperation[] = [
  {
    id: 'control-transactions',
    method: 'GET',
    path: '/_control/transactions',
    summary: "This client's transactions, oldest first.",
    response: objectSchemaOf<TransactionsAnswer>()({
      type: 'object',
      properties: { now: { type: 'integer' }, transactions: { type: 'array', items: TRANSACTION_VIEW } },
      required: ['now', 'transactions'],
      additionalProperties: false,
    }),
    answers: BASE,
  },
  {
    id: 'control-personas',
    method: 'GET',
    path: '/_control/personas',
    summary: 'The synthetic residents the simulated app can act as.',
    response: objectSchemaOf<PersonasAnswer>()({
      type: 'object',
      properties: {
        personas: {
          type: 'array',
          items: objectSchemaOf<PersonasAnswer['personas'][number]>()({
            type: 'object',
            properties: {
              id: { type: 'string' },
              enName: { type: 'string' },
              chName: { type: 'string' },
              hkid: { type: 'string', description: 'e.g. A123456(3)' },
            },
            required: ['id', 'enName', 'chName', 'hkid'],
            additionalProperties: false,
          }),
        },
      },
      required: ['personas'],
      additionalProperties: false,
    }),
    // No store behind it, so no store-unavailable.
    answers: BASE.filter((a) => a !== 'store-unavailable'),
  },
  {
    id: 'control-approve',
    method: 'POST',
    path: '/_control/approve',
    summary: `The user approves, as \`persona\` if given (a chained operation always acts for the person who logged in). ${PERSONA_IDS_NOTE}`,
    request: approveTarget,
    response: decided,
    answers: DECIDE,
  },
  decision('reject', "The user rejects (the poll answers 403 with the service's reject code)."),
  decision('cancel', 'The user cancels (403 with the cancel code).'),
  decision('expire', 'The request times out now (410 with the timeout code).'),
  { id: 'control-clock', method: 'GET', path: '/_control/clock', summary: "This client's sandbox time.", response: clock, answers: BASE },
  {
    id: 'control-clock-advance',
    method: 'POST',
    path: '/_control/clock',
    summary: "Moves this client's clock forward (time only moves forward; at most 7 days a call). Deadlines follow it.",
    request: objectSchemaOf<ClockAdvanceRequest>()({
      type: 'object',
      properties: { advanceMs: { type: 'integer', minimum: 0, maximum: MAX_CLOCK_ADVANCE_MS } },
      required: ['advanceMs'],
      additionalProperties: false,
    }),
    response: clock,
    answers: WITH_BODY,
  },
  {
    id: 'control-clients',
    method: 'POST',
    path: '/_control/clients',
    summary:
      'A per-test client (only a configured client may make one): its own credentials, clock, rate limit, transactions and personas view; ' +
      'its secret is HMAC-SHA256(parent secret, id) in hex, never sent. DELETE /_control/clients/<id> removes it; it also expires (testClientTtlMs).',
    request: objectSchemaOf<TestClientRequest>()({
      type: 'object',
      properties: {
        redirects: {
          type: 'array',
          items: { type: 'string', format: 'uri' },
          maxItems: 20,
          description: "Its own registered redirects; the parent's when absent.",
        },
        personas: {
          type: 'array',
          items: { type: 'string' },
          minItems: 1,
          description: `Its personas view; the first is the default of approve. ${PERSONA_IDS_NOTE}`,
        },
        label: { type: 'string', maxLength: 200 },
      },
      additionalProperties: false,
    }),
    response: objectSchemaOf<TestClientAnswer>()({
      type: 'object',
      properties: {
        client: objectSchemaOf<TestClientInfo>()({
          type: 'object',
          properties: {
            id: { type: 'string', pattern: '^test-' },
            parent: { type: 'string' },
            redirects: { type: 'array', items: { type: 'string' } },
            allowLoopbackRedirects: { type: 'boolean' },
            personas: { type: ['array', 'null'], items: { type: 'string' } },
            label: nullable('string'),
            expiresAt: { type: 'integer', description: 'Sandbox base time after which it is forgotten.' },
          },
          required: ['id', 'parent', 'redirects', 'allowLoopbackRedirects', 'personas', 'label', 'expiresAt'],
          additionalProperties: false,
        }),
      },
      required: ['client'],
      additionalProperties: false,
    }),
    answers: WITH_BODY,
  },
  {
    id: 'control-reset',
    method: 'POST',
    path: '/_control/reset',
    summary: "Forgets this client's transactions and logins.",
    response: objectSchemaOf<ResetAnswer>()({
      type: 'object',
      properties: { removed: { type: 'integer' } },
      required: ['removed'],
      additionalProperties: false,
    }),
    answers: BASE,
  },
];
