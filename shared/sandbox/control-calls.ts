/**
 * The control API's requests and answers (docs/sandbox-contract.md §9) as types, written once: the
 * sandbox builds its answers with them (server/sandbox/control/), the OpenAPI document's schemas are
 * checked against them at compile time (shared/openapi/control-api.ts), and the Playwright fixtures
 * and the SPA's phone read them. A field added on one side only is then a type error, not a drift.
 */
import type { SandboxTransaction } from './sandbox-transaction.ts';
import type { TestClientInfo } from './test-client.ts';

/** What the user (or the clock) does to a pending transaction: POST /_control/<action>. */
export const CONTROL_ACTIONS = ['approve', 'reject', 'cancel', 'expire'] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

/** Which transaction a decision acts on: the token an initiation returned, or its ticketID; send one. */
export type ControlTarget = { token: string } | { ticketID: string };

/** The body of POST /_control/approve: a target, and who approves (a persona id) if not the default. */
export type ApproveRequest = ControlTarget & { persona?: string };

/** The answer to every decision: the transaction as it is now. */
export interface DecisionAnswer {
  transaction: SandboxTransaction;
}

/** GET /_control/transactions: this client's transactions, oldest first, at its sandbox time `now`. */
export interface TransactionsAnswer {
  now: number;
  transactions: SandboxTransaction[];
}

/** One synthetic resident the simulated app can act as. */
export interface ControlPersona {
  id: string;
  enName: string;
  chName: string;
  /** e.g. A123456(3) */
  hkid: string;
}

/** GET /_control/personas. */
export interface PersonasAnswer {
  personas: ControlPersona[];
}

/** GET /_control/clock and POST /_control/clock: this client's sandbox time (epoch ms) and how far it was moved. */
export interface ClockAnswer {
  now: number;
  offsetMs: number;
}

/** The largest move of POST /_control/clock: a week, far enough for any TTL test, small enough for sane dates. */
export const MAX_CLOCK_ADVANCE_MS = 7 * 24 * 60 * 60_000;

/** POST /_control/clock: time only moves forward. */
export interface ClockAdvanceRequest {
  advanceMs: number;
}

/** POST /_control/reset: how many transactions and logins were forgotten. */
export interface ResetAnswer {
  removed: number;
}

/** POST /_control/clients. */
export interface TestClientAnswer {
  client: TestClientInfo;
}

/** DELETE /_control/clients/<id>: which client went, and how many transactions it had. */
export interface TestClientRemovedAnswer {
  removed: string;
  transactions: number;
}
