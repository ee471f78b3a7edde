/**
 * Ending a pending transaction: what the phone's Approve / Reject / Cancel buttons, the control API
 * and the scenario headers all do (docs/sandbox-contract.md §5-§7). Approval builds the result, issues the
 * authorisation code and, for auth, records the login that chained operations need.
 */
import { endpoint } from '../../../shared/catalogue/index.ts';
import type { SandboxContext } from '../context.ts';
import { newAuthCode } from '../crypto/identifiers.ts';
import { hkicHashMatches } from '../crypto/hkic-hash.ts';
import { DEFAULT_PERSONA_ID, findPersona } from '../personas/personas.ts';
import type { Decision, Transaction } from '../store/types.ts';
import { buildResult } from './build-result.ts';

export type DecideOutcome =
  { ok: true; tx: Transaction } | { ok: false; reason: 'not_pending' | 'unknown_persona' | 'persona_fixed'; tx?: Transaction };

/** The code D70005 "Inconsistent HKIC No." when a signing names an HKID hash of someone else. */
const INCONSISTENT_HKIC = 'D70005';

export async function decide(
  ctx: SandboxContext,
  tx: Transaction,
  decision: Decision,
  now: number,
  personaId?: string,
): Promise<DecideOutcome> {
  if (tx.status !== 'pending') return { ok: false, reason: 'not_pending', tx };
  const chosen = personaId ?? tx.fixedPersonaId ?? DEFAULT_PERSONA_ID;
  if (tx.fixedPersonaId && chosen !== tx.fixedPersonaId) return { ok: false, reason: 'persona_fixed', tx };
  const persona = findPersona(chosen);
  if (!persona) return { ok: false, reason: 'unknown_persona', tx };

  const outcomes = endpoint(tx.service).outcomes!;
  const deleteAt = now + ctx.settings.resultTtlMs;
  let done: Transaction | undefined;
  if (decision === 'approved' && tx.request.hkicHash && !hkicHashMatches(tx.request.hkicHash, persona.hkidIdentification)) {
    done = await ctx.store.finish(tx.id, now, {
      status: 'rejected',
      finishedAt: now,
      deleteAt,
      errorCode: INCONSISTENT_HKIC,
      personaId: persona.id,
    });
  } else if (decision === 'approved') {
    const result = await buildResult({ tx, persona, now, authTokenTtlMs: ctx.settings.authTokenTtlMs, tokenKey: ctx.tokenKey });
    done = await ctx.store.finish(tx.id, now, {
      status: 'approved',
      finishedAt: now,
      deleteAt,
      personaId: persona.id,
      result,
      code: newAuthCode(),
      codeExpiresAt: now + ctx.settings.codeTtlMs,
    });
    if (done && tx.service === 'auth') {
      await ctx.store.saveLogin({
        id: tx.id,
        clientId: tx.clientId,
        personaId: persona.id,
        scopes: tx.scopes,
        approvedAt: now,
        expiresAt: now + ctx.settings.authTokenTtlMs,
        redirect: tx.redirect,
        lang: tx.lang,
        source: tx.source,
      });
    }
  } else {
    const errorCode = decision === 'rejected' ? outcomes.rejected : decision === 'cancelled' ? outcomes.cancelled : outcomes.timedOut;
    done = await ctx.store.finish(tx.id, now, {
      status: decision,
      finishedAt: now,
      deleteAt,
      errorCode,
      personaId: decision === 'timed_out' ? undefined : persona.id,
    });
  }
  return done ? { ok: true, tx: done } : { ok: false, reason: 'not_pending' };
}
