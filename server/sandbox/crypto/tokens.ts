/**
 * The tokens the sandbox issues (docs/sandbox-contract.md §4): compact HS256 JWS signed with the sandbox's
 * own key, never the client secret. Several instances share the key through
 * config.sandbox.tokenKey; without it each process draws a random one.
 *
 * Signed and checked with node:crypto's synchronous HMAC rather than jose's WebCrypto path: every
 * API call verifies a token, and the promise hops of WebCrypto were ~18% of a pending poll's CPU.
 * The checks are jose's jwtVerify ones for `algorithms: ['HS256'], clockTolerance: 0` (a JSON object
 * header with alg HS256 and no crit, a valid MAC, a JSON object payload, numeric iat / nbf / exp,
 * exp after now, nbf not after now), and the tokens are byte for byte what jose's SignJWT wrote.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { InitiationId } from '../../../shared/catalogue/index.ts';
import { isTokenPart } from '../../../shared/tokens/compact-token.ts';

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

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function parseSegment(segment: string, what: string): Record<string, unknown> {
  if (!isTokenPart(segment)) throw new Error(`token ${what} is not base64url`);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw new Error(`token ${what} is not JSON`);
  }
  if (!isPlainObject(value)) throw new Error(`token ${what} is not a JSON object`);
  return value;
}

function numericDate(payload: Record<string, unknown>, claim: string): number | undefined {
  const value = payload[claim];
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw new Error(`token "${claim}" claim must be a number`);
  return value;
}

export function createTokenIssuer(key: Uint8Array): TokenIssuer {
  const secret = Buffer.from(key);
  const mac = (input: string): Buffer => createHmac('sha256', secret).update(input, 'ascii').digest();
  return {
    async sign(claims, nowMs, ttlMs) {
      const iat = Math.floor(nowMs / 1000);
      // Claim order as SignJWT wrote it: constructor claims, then sub, iat, exp.
      const payload = { cid: claims.cid, svc: claims.svc, sub: claims.sub, iat, exp: iat + Math.ceil(ttlMs / 1000) };
      const input = `${HEADER}.${Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')}`;
      return `${input}.${mac(input).toString('base64url')}`;
    },
    async verify(compact, nowMs) {
      if (typeof compact !== 'string') throw new Error('token is not a string');
      const first = compact.indexOf('.');
      const second = compact.indexOf('.', first + 1);
      if (first < 0 || second < 0 || compact.indexOf('.', second + 1) >= 0) throw new Error('token is not a compact JWS');
      const header = parseSegment(compact.slice(0, first), 'header');
      if (header.alg !== 'HS256') throw new Error('token alg is not HS256');
      if (header.crit !== undefined || header.b64 !== undefined) throw new Error('token header has unsupported crit / b64');
      const signature = compact.slice(second + 1);
      if (!isTokenPart(signature)) throw new Error('token signature is not base64url');
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(compact.slice(0, second));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('token signature verification failed');
      const payload = parseSegment(compact.slice(first + 1, second), 'payload');
      const now = Math.floor(nowMs / 1000);
      numericDate(payload, 'iat');
      const nbf = numericDate(payload, 'nbf');
      if (nbf !== undefined && nbf > now) throw new Error('token "nbf" claim timestamp check failed');
      const exp = numericDate(payload, 'exp');
      if (exp !== undefined && exp <= now) throw new Error('token "exp" claim timestamp check failed');
      if (typeof payload.sub !== 'string' || typeof payload.cid !== 'string' || typeof payload.svc !== 'string')
        throw new Error('token lacks sub, cid or svc');
      return payload as TokenClaims & Record<string, unknown>;
    },
  };
}
