/**
 * Every initiation endpoint (auth, formfilling, signing, pdf-signing, reauth and the three
 * anonymous ones), driven by its catalogue entry: chaining rules from `tokenFrom`, the default
 * scope from `defaultScope`, the deep link from `deepLink`, outcomes from `outcomes`.
 */
import {
  endpoint,
  isAppSource,
  MESSAGES,
  type InitiationId,
  type Lang,
  type ProfileField,
  type Scope,
} from '../../../shared/catalogue/index.ts';
import type { SandboxClient } from '../../config.ts';
import { nowFor, sandboxBase, type SandboxContext } from '../context.ts';
import { anonymousSignCode, signCode } from '../crypto/sign-code.ts';
import { newBusinessId, newState, newTicketId, newTransactionId, openIdFor } from '../crypto/identifiers.ts';
import { ApiError, badRequest, errorResponse } from '../http/api-error.ts';
import { isRegisteredRedirect } from '../http/redirects.ts';
import type { Login, Transaction, TransactionRequest } from '../store/types.ts';
import { decide } from './decide.ts';
import { parseScenario, SCENARIO_DECISION } from './scenario.ts';
import { PERSONA_HEADER } from '../../../shared/sandbox/scenario-header.ts';
import { requireLogin } from './chain.ts';
import { ignoredFields } from '../../../shared/validation/ignored-fields.ts';
import type { Warnings } from '../http/warnings.ts';

type Body = Record<string, unknown>;

function requestOf(id: InitiationId, body: Body): TransactionRequest {
  const fd = body.formData as TransactionRequest['formData'] | undefined;
  const hash = id === 'signing' ? body.hash : body.fileHash;
  return {
    profileFields: body.profileFields as ProfileField[] | undefined,
    formData: fd,
    name: body.name as string | undefined,
    hash: hash as string | undefined,
    hkicHash: body.hkicHash as string | undefined,
    service: body.service as string | undefined,
    organisation: body.organisation as string | undefined,
    department: body.department as string | undefined,
    androidActivity: body.androidActivity as string | undefined,
  };
}

function redirectOf(client: SandboxClient, body: Body): string {
  // validate() has already refused a body with both (catalogue: notRedirectAndAlias).
  const redirect = body.redirect as string | undefined;
  const alias = body.redirectURI as string | undefined;
  const chosen = (redirect ?? alias)!;
  if (!isRegisteredRedirect(client, chosen)) {
    throw new ApiError(
      badRequest(
        [
          {
            path: redirect !== undefined ? 'redirect' : 'redirectURI',
            message:
              'is not registered for this client; use one of its registered redirect URIs exactly (same scheme, host, port, path and query)',
          },
        ],
        'D20008',
      ),
    );
  }
  return chosen;
}

function hkicFor(id: InitiationId, tx: Pick<Transaction, 'request' | 'clientId'>, login: Login | undefined): string | undefined {
  const hash = tx.request.hash;
  if (!hash) return undefined;
  if (id === 'signing' || id === 'pdf-signing') return signCode(hash, openIdFor(tx.clientId, login!.personaId));
  return anonymousSignCode(hash, tx.request.hkicHash, tx.clientId);
}

export async function initiate(
  ctx: SandboxContext,
  id: InitiationId,
  client: SandboxClient,
  body: Body,
  headers: Headers,
  warnings: Warnings,
): Promise<Response> {
  const spec = endpoint(id);
  const now = await nowFor(ctx, client.id);
  const { scenario, errors } = parseScenario(headers);
  if (errors.length) return badRequest(errors);

  let login: Login | undefined;
  let redirect: string;
  let scopes: Scope[];
  let lang: Lang;
  if (spec.tokenFrom) {
    login = await requireLogin(ctx, client, body.token as string, spec, now);
    if (scenario?.personaId && scenario.personaId !== login.personaId) {
      return badRequest([
        {
          path: PERSONA_HEADER,
          message: `${PERSONA_HEADER}: a chained operation acts for the persona who logged in (${login.personaId})`,
        },
      ]);
    }
    redirect = login.redirect ?? client.redirects[0] ?? '';
    scopes = login.scopes;
    lang = login.lang ?? 'en-US';
  } else {
    redirect = redirectOf(client, body);
    scopes = ((body.scope as string | undefined) ?? spec.defaultScope ?? 'eidapi_auth').split(/\s+/) as Scope[];
    lang = (body.lang as Lang | undefined) ?? 'en-US';
  }

  // Every initiation names its source but ccic (undocumented; its demo body is `{ token }`): the login's then.
  const source = (body.source as string | undefined) ?? login?.source ?? 'PC_Browser';
  warnings.add(ignoredFields(id, body, source));

  if (!(await ctx.store.takeInitSlot(client.id, now, ctx.settings.initsPerMinute))) {
    return errorResponse(429, MESSAGES.tooMany, {
      errors: [{ path: '(client)', message: `at most ${ctx.settings.initsPerMinute} initiations per minute per client; wait and retry` }],
    });
  }

  const tx: Transaction = {
    id: newTransactionId(),
    clientId: client.id,
    service: id,
    source,
    lang,
    redirect,
    scopes: [...new Set(scopes)],
    ticketID: newTicketId(),
    state: newState(),
    businessID: newBusinessId(),
    status: 'pending',
    createdAt: now,
    timeoutAt: now + ctx.settings.pendingTimeoutMs,
    timedOutCode: spec.outcomes!.timedOut,
    deleteAt: now + ctx.settings.pendingTimeoutMs + ctx.settings.resultTtlMs,
    fixedPersonaId: login?.personaId,
    loginId: login?.id,
    request: requestOf(id, body),
    pollCount: 0,
    scenario,
  };
  tx.hkic = hkicFor(id, tx, login);

  if (!(await ctx.store.insert(tx, ctx.settings.maxLiveTransactions))) {
    ctx.log.warn('sandbox transaction cap reached', { clientId: client.id, cap: ctx.settings.maxLiveTransactions });
    return errorResponse(503, MESSAGES.unavailable, {
      errors: [{ path: '(sandbox)', message: 'too many live transactions; poll or reset yours, or retry later' }],
    });
  }
  if (scenario && scenario.afterPolls === 0) {
    await decide(ctx, tx, SCENARIO_DECISION[scenario.action], now, scenario.personaId ?? tx.fixedPersonaId);
  }

  const ttl =
    id === 'auth'
      ? Math.max(ctx.settings.authTokenTtlMs, ctx.settings.pendingTimeoutMs + ctx.settings.resultTtlMs)
      : ctx.settings.pendingTimeoutMs + ctx.settings.resultTtlMs;
  const token = await ctx.tokens.sign({ sub: tx.id, cid: client.id, svc: id }, now, ttl);
  const app = isAppSource(source);
  const deepLink = `hk.gov.iamsmart.testapp://${spec.deepLink}?ticketID=${tx.ticketID}`;
  const urlShown = app || spec.responses[200]?.schema?.required?.includes('url');
  const out: Record<string, unknown> = { token };
  if (urlShown) out.url = app ? deepLink : `${sandboxBase(ctx)}/sim/qr/${tx.ticketID}`;
  if (tx.hkic) out.hkic = tx.hkic;
  return Response.json(out, { status: 200 });
}
