/**
 * A JWS: header, payload and whether the signature holds. Only the sandbox's own tokens can be
 * checked (the sandbox holds its signing key); anything else says why it was not checked.
 * `alg: none` is decoded and shown as unsigned, never as verified (RFC 8725 §3.2, T-J1).
 */
import { isAlgNone } from '../../shared/tokens/compact-token.ts';
import { jsonOrRefuse, payloadText, type CompactToken } from './compact-token.ts';

/** What the sandbox offers, when it offers it: true / a payload when the token is its own and intact. */
export type TokenVerifier = (compact: string) => unknown;

export interface SignatureCheck {
  verified: boolean | null;
  reason?: string;
}

/** Clock skew allowed on exp / nbf; shown to the user with the result (T-J9). */
export const CLOCK_TOLERANCE_S = 30;

export function timeClaims(payload: unknown, now: number) {
  if (!payload || typeof payload !== 'object') return undefined;
  const { exp, nbf } = payload as { exp?: unknown; nbf?: unknown };
  if (typeof exp !== 'number' && typeof nbf !== 'number') return undefined;
  const s = now / 1000;
  return {
    toleranceSeconds: CLOCK_TOLERANCE_S,
    ...(typeof exp === 'number' ? { expired: s > exp + CLOCK_TOLERANCE_S } : {}),
    ...(typeof nbf === 'number' ? { notYetValid: s < nbf - CLOCK_TOLERANCE_S } : {}),
  };
}

async function verifyWith(verifier: TokenVerifier, compact: string): Promise<SignatureCheck> {
  try {
    const r = await verifier(compact);
    if (typeof r === 'boolean')
      return r
        ? { verified: true }
        : { verified: false, reason: 'The signature does not match the sandbox key, or the token was altered.' };
    if (r && typeof r === 'object') {
      const flag =
        (r as { valid?: unknown; verified?: unknown; ok?: unknown }).valid ??
        (r as { verified?: unknown }).verified ??
        (r as { ok?: unknown }).ok;
      if (typeof flag === 'boolean')
        return flag
          ? { verified: true }
          : { verified: false, reason: String((r as { reason?: unknown }).reason ?? 'The signature does not verify.') };
      return { verified: true };
    }
    return { verified: false, reason: 'The signature does not match the sandbox key, or the token was altered.' };
  } catch (err) {
    return { verified: false, reason: `Verification failed: ${(err as Error).message ?? 'unknown reason'}.` };
  }
}

export async function decodeJws(token: CompactToken, compact: string, env: string, verifier: TokenVerifier | undefined) {
  const payload = jsonOrRefuse(payloadText(token), 'payload');
  const alg = String(token.header.alg);
  let signature: SignatureCheck;
  if (isAlgNone(alg)) {
    signature = { verified: false, reason: 'UNSIGNED: alg "none" carries no signature, so nothing about this token is verified.' };
  } else if (env !== 'sandbox') {
    signature = { verified: null, reason: `The playground has no key to check tokens of "${env}"; their issuer signs them.` };
  } else if (alg !== 'HS256') {
    signature = { verified: false, reason: `The sandbox signs its tokens with HS256; this one says ${alg.slice(0, 40)}.` };
  } else if (!verifier) {
    signature = { verified: null, reason: 'The sandbox cannot check signatures yet.' };
  } else {
    signature = await verifyWith(verifier, compact);
  }
  const time = timeClaims(payload, Date.now());
  return { kind: 'jws' as const, header: token.header, payload, signature, ...(time ? { time } : {}) };
}
