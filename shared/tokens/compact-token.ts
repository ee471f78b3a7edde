/**
 * Reads a compact JWS (3 parts, RFC 7515 §7.1) or JWE (5 parts, RFC 7516 §7.1) without trusting,
 * verifying or decrypting anything in it: the one reading the server's decoder and the SPA's both
 * use (docs/quality-targets.md SEC-9, T-J7). Never throws; a token it cannot read gives a problem
 * that each side words in its own way. Plain base64url (RFC 4648 §5), no Node or DOM globals.
 */

import { JsonTooDeep, parseBoundedJson } from '../json/parse-bounded-json.ts';

/** Tokens past this many UTF-8 bytes are not read at all (SEC-9: input capped at 256 KB). */
export const MAX_TOKEN_BYTES = 256 * 1024;

/** One character of base64url without padding (RFC 4648 §5): every token part, and the playground's flow ids. */
export const BASE64URL_CHAR = '[A-Za-z0-9_-]';
const TOKEN_PART = new RegExp(`^${BASE64URL_CHAR}*$`);

export type Json = Record<string, unknown>;

export type CompactProblem =
  'empty' | 'too_large' | 'segment_count' | 'bad_characters' | 'bad_length' | 'header_not_json' | 'header_not_object';

export type CompactReading =
  | { ok: true; kind: 'jws' | 'jwe'; segments: string[]; header: Json }
  | { ok: false; problem: CompactProblem; /** 0-based part */ segment?: number; detail?: string };

export type Base64UrlBytes = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'bad_characters' | 'bad_length' };

/** True when `part` has only base64url characters (an empty part is one: a JWS may have no signature). */
export function isTokenPart(part: string): boolean {
  return TOKEN_PART.test(part);
}

/** A length of 4n+1 cannot come from any byte string. */
function impossibleLength(part: string): boolean {
  return part.length % 4 === 1;
}

/** The bytes of a part already known to be base64url of a possible length. */
function bytesOf(part: string): Uint8Array {
  const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function decodeBase64Url(part: string): Base64UrlBytes {
  if (!isTokenPart(part)) return { ok: false, reason: 'bad_characters' };
  if (impossibleLength(part)) return { ok: false, reason: 'bad_length' };
  return { ok: true, bytes: bytesOf(part) };
}

/** The bytes as UTF-8 text; undefined when they are not UTF-8 (a lone surrogate, a stray byte). */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * JSON when it parses, the text itself otherwise (a JWS payload need not be JSON, RFC 7515 §3).
 * JSON nested past MAX_JSON_DEPTH stays text and says so: walking it would overflow the stack.
 */
export function jsonOrText(text: string): { value: unknown; isJson: boolean; tooDeep?: string } {
  try {
    return { value: parseBoundedJson(text), isJson: true };
  } catch (err) {
    return err instanceof JsonTooDeep ? { value: text, isJson: false, tooDeep: err.message } : { value: text, isJson: false };
  }
}

/** The header's `alg` when it is a non-empty string (RFC 7515 §4.1.1); undefined otherwise. */
export function headerAlg(header: Json): string | undefined {
  return typeof header.alg === 'string' && header.alg !== '' ? header.alg : undefined;
}

/** `alg: none` in any case: a token that claims no signature, shown as unsigned and never verified (RFC 8725 §3.2, T-J1). */
export function isAlgNone(alg: string): boolean {
  return alg.toLowerCase() === 'none';
}

function tooLarge(token: string): boolean {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: short tokens need no encoding to be measured.
  if (token.length * 3 <= MAX_TOKEN_BYTES) return false;
  return token.length > MAX_TOKEN_BYTES || new TextEncoder().encode(token).byteLength > MAX_TOKEN_BYTES;
}

export function readCompact(input: string): CompactReading {
  const token = input.trim();
  if (!token) return { ok: false, problem: 'empty' };
  if (tooLarge(token)) return { ok: false, problem: 'too_large' };
  const segments = token.split('.');
  if (segments.length !== 3 && segments.length !== 5) return { ok: false, problem: 'segment_count', detail: String(segments.length) };
  for (let i = 0; i < segments.length; i++) {
    if (!isTokenPart(segments[i])) return { ok: false, problem: 'bad_characters', segment: i };
    if (impossibleLength(segments[i])) return { ok: false, problem: 'bad_length', segment: i };
  }
  const text = utf8Text(bytesOf(segments[0]));
  if (text === undefined) return { ok: false, problem: 'header_not_json', segment: 0, detail: 'it is not UTF-8 text' };
  const header = jsonOrText(text);
  if (!header.isJson) return { ok: false, problem: 'header_not_json', segment: 0, detail: header.tooDeep ?? 'it does not parse as JSON' };
  const value = header.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: 'header_not_object', segment: 0 };
  return { ok: true, kind: segments.length === 3 ? 'jws' : 'jwe', segments, header: value as Json };
}
