/**
 * The Callback (docs/sandbox-contract.md §8): what iAM Smart calls after the user acts. 302 to the
 * transaction's registered redirect with service, state, businessID (not for auth) and code or
 * errorCode. The target comes only from the stored transaction, never from the query, so there is
 * no open redirect; parameters that do not match the transaction are a 400.
 */
import { validate, type FieldError } from '../../../shared/validation/validate.ts';
import type { SandboxContext } from '../context.ts';
import { nowFor } from '../context.ts';
import { errorResponse } from '../http/api-error.ts';

const CALLBACK_400 = 'Bad Request - Missing required parameters or invalid service';

function bad(errors: FieldError[]): Response {
  return errorResponse(400, CALLBACK_400, { errors });
}

/** The URL the user is sent to, with the parameters appended (keeps the redirect's own query). */
export function redirectTarget(redirect: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirect);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}

export async function callback(ctx: SandboxContext, url: URL): Promise<Response> {
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) {
    if (k in query) return bad([{ path: k, message: `${k}: appears more than once; send it once` }]);
    query[k] = v;
  }
  const errors = validate('callback', query);
  if (errors.length) return bad(errors);

  // Client offsets only move forward, so a read at base time never expires anything early; the
  // second read applies the owning client's own time.
  const seen = await ctx.store.getByState(query.state, ctx.clock.now());
  const tx = seen && (await ctx.store.getByState(query.state, await nowFor(ctx, seen.clientId)));
  if (!tx) {
    // docs/quality-targets.md T-S2: a state nobody issued is worth a line in the log (never the query itself).
    ctx.log.warn('sandbox callback with an unknown state', { service: query.service });
    return bad([{ path: 'state', message: 'state: does not belong to any live transaction' }]);
  }
  if (tx.service !== query.service) return bad([{ path: 'service', message: `service: does not match the transaction (${tx.service})` }]);
  if (query.businessID !== undefined && query.businessID !== tx.businessID)
    return bad([{ path: 'businessID', message: 'businessID: does not match the transaction' }]);
  if (query.code !== undefined && query.code !== tx.code)
    return bad([{ path: 'code', message: 'code: was not issued for this transaction' }]);
  if (query.errorCode !== undefined && query.errorCode !== tx.errorCode)
    return bad([{ path: 'errorCode', message: 'errorCode: is not how this transaction ended' }]);

  const location = redirectTarget(tx.redirect, {
    service: tx.service,
    state: tx.state,
    businessID: tx.service === 'auth' ? undefined : tx.businessID,
    code: query.code,
    errorCode: query.errorCode,
    source: query.source,
  });
  return new Response(null, { status: 302, headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' } });
}
