/** A token the sandbox issued to this client, still valid on this client's clock; otherwise 401. */
import type { SandboxClient } from '../../config.ts';
import type { SandboxContext } from '../context.ts';
import type { TokenClaims } from '../crypto/tokens.ts';
import { ApiError, unauthorized } from '../http/api-error.ts';

export async function verifyClientToken(ctx: SandboxContext, client: SandboxClient, token: string, now: number): Promise<TokenClaims> {
  let claims: TokenClaims;
  try {
    claims = await ctx.tokens.verify(token, now);
  } catch {
    throw new ApiError(unauthorized('is not a valid, unexpired token issued by this sandbox'));
  }
  if (claims.cid !== client.id) throw new ApiError(unauthorized('was issued to another client'));
  return claims;
}
