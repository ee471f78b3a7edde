/**
 * Chaining (docs/sandbox-contract.md §4): the auth token becomes the "authenticated user token" once the
 * login is approved. Before that, after it expires, or with anything but an auth token: 401.
 * A scope the login did not grant: 400 D20012.
 */
import type { EndpointSpec } from '../../../shared/catalogue/index.ts';
import type { SandboxClient } from '../../config.ts';
import type { SandboxContext } from '../context.ts';
import { ApiError, badRequest, unauthorized } from '../http/api-error.ts';
import type { Login } from '../store/types.ts';
import { verifyClientToken } from './client-token.ts';

export async function requireLogin(
  ctx: SandboxContext,
  client: SandboxClient,
  token: string,
  spec: EndpointSpec,
  now: number,
): Promise<Login> {
  const claims = await verifyClientToken(ctx, client, token, now);
  const from = spec.tokenFrom!;
  if (from.endpoints !== 'any-initiation' && !from.endpoints.includes(claims.svc)) {
    throw new ApiError(unauthorized(`must be the token of an approved Authentication (this one is from ${claims.svc})`));
  }
  const login = await ctx.store.getLogin(claims.sub, now);
  if (!login || login.clientId !== client.id) {
    throw new ApiError(
      unauthorized(
        'the login behind this token is not approved yet, has expired, or was reset; authenticate first and wait for approval',
        'D20009',
      ),
    );
  }
  if (from.scopesAnyOf && !from.scopesAnyOf.some((s) => login.scopes.includes(s))) {
    throw new ApiError(
      badRequest(
        [
          {
            path: 'token',
            message: `the login did not grant ${from.scopesAnyOf.join(' or ')}; ask for it in the Authentication scope (granted: ${login.scopes.join(' ')})`,
          },
        ],
        'D20012',
      ),
    );
  }
  return login;
}
