/**
 * How the control API shows a transaction: what a test or the playground needs. Never the result;
 * the code only inside `callbackUrl`, which is what the app itself would receive.
 */
import type { SandboxTransaction } from '../../../shared/sandbox/sandbox-transaction.ts';
import type { Transaction } from '../store/types.ts';
import { callbackUrl } from '../flow/callback-url.ts';

export function describeTransaction(tx: Transaction, base: string): SandboxTransaction {
  return {
    // The token's `sub`: lets a caller holding only a token (a chained call from a browser has no
    // url, so no ticketID) find its transaction exactly.
    id: tx.id,
    service: tx.service,
    status: tx.status,
    source: tx.source,
    // Where the callback goes: lets a test pick the transaction its own app started (waitForTransaction).
    redirect: tx.redirect,
    ticketID: tx.ticketID,
    state: tx.state,
    businessID: tx.businessID,
    createdAt: tx.createdAt,
    finishedAt: tx.finishedAt ?? null,
    deleteAt: tx.deleteAt,
    pollCount: tx.pollCount,
    errorCode: tx.errorCode ?? null,
    persona: tx.personaId ?? tx.fixedPersonaId ?? null,
    hkic: tx.hkic ?? null,
    callbackUrl: callbackUrl(base, tx),
  };
}
