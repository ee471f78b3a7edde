/**
 * The tokens the sandbox issues (sandbox contract §4): compact HS256 JWS signed with the sandbox's
 * own key, never the client secret. Several instances share the key through
 * config.sandbox.tokenKey; without it each process draws a random one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { InitiationId } from '../../../shared/catalogue/index.ts';

export interface TokenClaims {
  /** Transaction id. */
  sub: string;
  /** Client id. */
  cid: string;
  /** Service (initiation endpoint id). */
  svc: InitiationId;
  iat: number;
  exp: number;
}

export interface TokenIssuer {
  sign(claims: Omit<TokenClaims, 'iat' | 'exp'>, nowMs: number, ttlMs: number): Promise<string>;
  /** Verifies signature, algorithm and expiry at `nowMs`; throws on anything wrong. */
  verify(compact: string, nowMs: number): Promise<TokenClaims & Record<string, unknown>>;
}

export function tokenKey(configured: string | undefined): Uint8Array {
  return configured ? new Uint8Array(createHash('sha256').update(configured, 'utf8').digest()) : new Uint8Array(randomBytes(32));
}

export function createTokenIssuer(key: Uint8Array): TokenIssuer {
  // One imported CryptoKey: handing jose raw bytes would import the key again on every call,
  // which costs more than the HMAC itself.
  const hmac = crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  return {
    async sign(claims, nowMs, ttlMs) {
      const iat = Math.floor(nowMs / 1000);
      return new SignJWT({ cid: claims.cid, svc: claims.svc })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(claims.sub)
        .setIssuedAt(iat)
        .setExpirationTime(iat + Math.ceil(ttlMs / 1000))
        .sign(await hmac);
    },
    async verify(compact, nowMs) {
      const { payload } = await jwtVerify(compact, await hmac, { algorithms: ['HS256'], currentDate: new Date(nowMs), clockTolerance: 0 });
      if (typeof payload.sub !== 'string' || typeof payload.cid !== 'string' || typeof payload.svc !== 'string') throw new Error('token lacks sub, cid or svc');
      return payload as TokenClaims & Record<string, unknown>;
    },
  };
}
