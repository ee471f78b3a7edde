/**
 * Splits and parses a compact JWS (3 segments) or JWE (5 segments) without trusting anything in
 * it (RFC 7515 §7.1, RFC 7516 §7.1). Every failure is a `DecodeError` with a playground error code,
 * never an exception from deep inside a library (docs/quality-targets.md T-J7).
 */
import type { PlaygroundErrorCode } from '../../shared/errors/playground-errors.ts';
import { JsonTooDeep, parseBoundedJson } from '../http/parse-bounded-json.ts';

export const MAX_TOKEN_BYTES = 256 * 1024;

export class DecodeError extends Error {
  constructor(
    readonly code: PlaygroundErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface CompactToken {
  kind: 'jws' | 'jwe';
  segments: string[];
  header: Record<string, unknown>;
}

const B64URL = /^[A-Za-z0-9_-]*$/;

export function base64UrlBytes(segment: string, what: string): Uint8Array {
  if (!B64URL.test(segment) || segment.length % 4 === 1) throw new DecodeError('token_malformed', `The ${what} is not base64url.`);
  return new Uint8Array(Buffer.from(segment, 'base64url'));
}

export function utf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError('token_malformed', `The ${what} is not UTF-8 text.`);
  }
}

/** JSON when it parses, the text otherwise (a JWS payload need not be JSON); nested too deep is refused. */
export function jsonOrText(text: string, what = 'payload'): unknown {
  try {
    return parseBoundedJson(text);
  } catch (err) {
    if (err instanceof JsonTooDeep) throw new DecodeError('token_malformed', `The ${what}'s ${err.message}; the decoder does not open it.`);
    return text;
  }
}

export function parseCompact(input: string): CompactToken {
  const token = input.trim();
  if (token.length === 0) throw new DecodeError('token_malformed', 'The token is empty.');
  if (new TextEncoder().encode(token).byteLength > MAX_TOKEN_BYTES) {
    throw new DecodeError('token_too_large', `The token is over ${MAX_TOKEN_BYTES / 1024} KB; the decoder does not read it.`);
  }
  const segments = token.split('.');
  if (segments.length !== 3 && segments.length !== 5) {
    throw new DecodeError('token_malformed', `The token has ${segments.length} segments: a JWS has 3 and a JWE has 5, separated by dots.`);
  }
  segments.forEach((s, i) => {
    if (!B64URL.test(s)) throw new DecodeError('token_malformed', `Segment ${i + 1} has characters outside base64url (A-Z a-z 0-9 - _).`);
  });
  const headerText = utf8(base64UrlBytes(segments[0], 'header'), 'header');
  let header: unknown;
  try {
    header = parseBoundedJson(headerText);
  } catch (err) {
    if (err instanceof JsonTooDeep) throw new DecodeError('token_malformed', `The header's ${err.message}; the decoder does not read it.`);
    throw new DecodeError('token_malformed', 'The header is not JSON.');
  }
  if (!header || typeof header !== 'object' || Array.isArray(header)) throw new DecodeError('token_malformed', 'The header is not a JSON object.');
  return { kind: segments.length === 3 ? 'jws' : 'jwe', segments, header: header as Record<string, unknown> };
}

/** Header checks shared by JWS and JWE (RFC 8725 §3.1, §3.9; docs/quality-targets.md SEC-9, T-J3, T-J8). */
export function headerRefusals(header: Record<string, unknown>): void {
  if (header.crit !== undefined) {
    // JSON.stringify, not String(): a header value like {"toString": null} makes String() throw.
    const list = Array.isArray(header.crit) ? header.crit.map((c) => (typeof c === 'string' ? c : JSON.stringify(c))).join(', ') : JSON.stringify(header.crit);
    throw new DecodeError('alg_not_allowed', `The header marks "${list.slice(0, 200)}" as critical; the decoder understands no critical extension, so it refuses the token.`);
  }
  if (typeof header.alg !== 'string' || header.alg === '') throw new DecodeError('token_malformed', 'The header has no "alg".');
}

export function headerWarnings(header: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of ['jku', 'x5u', 'jwk', 'x5c']) {
    if (header[key] !== undefined) out.push(`The header carries "${key}"; the decoder never fetches or trusts keys named by the token itself.`);
  }
  return out;
}
