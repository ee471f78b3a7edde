/**
 * Poll Data (docs/sandbox-contract.md §6): 202 pending, 200 with the JWE once (the first successful poll
 * takes the result), 403 rejected/cancelled, 410 timed out or deleted, 401 bad token. App-to-App
 * sources must carry the app's `code`: none → 400, wrong or expired → 401.
 */
import { timingSafeEqual } from 'node:crypto';
import { isAppSource, MESSAGES } from '../../../shared/catalogue/index.ts';
import type { SandboxClient } from '../../config.ts';
import { nowFor, type SandboxContext } from '../context.ts';
import { encryptResult } from '../crypto/result-jwe.ts';
import { badRequest, errorResponse, unauthorized } from '../http/api-error.ts';
import type { Transaction } from '../store/types.ts';
import { verifyClientToken } from './client-token.ts';
import { decide } from './decide.ts';
import { SCENARIO_DECISION } from './scenario.ts';
import { ignoredFields } from '../../../shared/validation/ignored-fields.ts';
import type { Warnings } from '../http/warnings.ts';

const deleted = (): Response => errorResponse(410, MESSAGES.deleted);

function sameCode(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function applyScenario(ctx: SandboxContext, tx: Transaction, now: number): Promise<Transaction> {
  const s = tx.scenario;
  if (!s || tx.status !== 'pending' || tx.pollCount <= s.afterPolls) return tx;
  const out = await decide(ctx, tx, SCENARIO_DECISION[s.action], now, s.personaId ?? tx.fixedPersonaId);
  return out.ok ? out.tx : ((await ctx.store.get(tx.id, now)) ?? tx);
}

export async function poll(
  ctx: SandboxContext,
  client: SandboxClient,
  body: { token: string; code?: string },
  warnings: Warnings,
): Promise<Response> {
  const now = await nowFor(ctx, client.id);
  const claims = await verifyClientToken(ctx, client, body.token, now);
  let tx = await ctx.store.recordPoll(claims.sub, now);
  if (!tx || tx.clientId !== client.id) return deleted();
  // A browser flow's poll with a `code` (form-based clients keep a sample one in every poll): ignored, said so.
  warnings.add(ignoredFields('poll', body, tx.source));
  tx = await applyScenario(ctx, tx, now);

  switch (tx.status) {
    case 'pending':
      return Response.json({ status: 202, message: MESSAGES.pending }, { status: 202 });
    case 'rejected':
    case 'cancelled':
      return errorResponse(403, MESSAGES.rejected, { errorCode: tx.errorCode });
    case 'timed_out':
      return errorResponse(410, MESSAGES.timedOut, { errorCode: tx.errorCode });
    case 'collected':
      return deleted();
    case 'approved':
      break;
  }

  if (isAppSource(tx.source)) {
    if (body.code === undefined) {
      return badRequest([
        { path: 'code', message: 'code: is required for App-to-App sources; send the code the iAM Smart app handed to your redirect' },
      ]);
    }
    if (!tx.code || !sameCode(body.code, tx.code)) return unauthorized(undefined, 'D40004');
    if (tx.codeExpiresAt !== undefined && now >= tx.codeExpiresAt) {
      return errorResponse(401, MESSAGES[401], {
        errorCode: 'D40004',
        errors: [{ path: 'code', message: 'code: has expired; codes are valid for a short time after the app redirect' }],
      });
    }
  }
  const taken = await ctx.store.takeResult(tx.id, now);
  if (!taken) return deleted();
  const data = await encryptResult(taken.result, client, ctx.settings.jweContentType);
  return Response.json({ status: 200, message: MESSAGES.success, data }, { status: 200 });
}
