/**
 * A transaction as the control API lists it (GET /_control/transactions, docs/sandbox-contract.md §9):
 * built by the sandbox (server/sandbox/control/describe-transaction.ts), read by the Playwright
 * fixtures. Never the result; the authorisation code only inside `callbackUrl`.
 */
import type { InitiationId } from '../catalogue/index.ts';
import type { SandboxTransactionStatus as LiveStatus } from '../inspector/live-events.ts';

/** A listed transaction is never `deleted` (that only exists as a change event). */
export type SandboxTransactionStatus = Exclude<LiveStatus, 'deleted'>;

/** Every status a listed transaction can have (the OpenAPI enum); a status missing here is a compile error. */
export const SANDBOX_TRANSACTION_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'cancelled',
  'timed_out',
  'collected',
] as const satisfies readonly SandboxTransactionStatus[];
type Unlisted = Exclude<SandboxTransactionStatus, (typeof SANDBOX_TRANSACTION_STATUSES)[number]>;
export const EVERY_STATUS_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;

export interface SandboxTransaction {
  /** The token's `sub`. */
  id: string;
  service: InitiationId;
  status: SandboxTransactionStatus;
  source: string;
  /** Where the callback goes: the redirect of the initiation (or of the login, for chained calls). */
  redirect: string;
  ticketID: string;
  state: string;
  businessID: string;
  /** Times in the client's own sandbox clock, epoch ms. */
  createdAt: number;
  finishedAt: number | null;
  deleteAt: number;
  pollCount: number;
  errorCode: string | null;
  persona: string | null;
  hkic: string | null;
  /** The URL the user's browser is sent to once they acted; null while pending. */
  callbackUrl: string | null;
}
