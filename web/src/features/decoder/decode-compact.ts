/**
 * Reads a compact JWS (3 segments, RFC 7515 §7.1) or JWE (5 segments, RFC 7516 §7.1) without
 * verifying or decrypting it. Never throws: a malformed token gives a `problem` the view explains.
 */
import { bytesToText, decodeBase64Url } from './base64url.ts';

/** Same cap as the server's decoder (docs/quality-targets.md SEC-9). */
export const MAX_TOKEN_CHARS = 256 * 1024;

export type DecodeProblem =
  | 'empty'
  | 'too_large'
  | 'segment_count'
  | 'bad_characters'
  | 'bad_length'
  | 'header_not_json'
  | 'header_not_object'
  | 'header_no_alg'
  | 'jwe_no_enc';

export type Json = Record<string, unknown>;

export type CompactToken =
  | { ok: true; kind: 'jws'; segments: string[]; header: Json; payload: unknown; payloadIsJson: boolean; unsigned: boolean }
  | { ok: true; kind: 'jwe'; segments: string[]; header: Json }
  | { ok: false; problem: DecodeProblem; segment?: number; detail?: string };

function fail(problem: DecodeProblem, segment?: number, detail?: string): CompactToken {
  return { ok: false, problem, segment, detail };
}

function readJson(segment: string, index: number): { ok: true; value: unknown } | { ok: false; result: CompactToken } {
  const bytes = decodeBase64Url(segment);
  if (!bytes.ok) return { ok: false, result: fail(bytes.reason, index) };
  const text = bytesToText(bytes.bytes);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, result: fail('header_not_json', index, (e as Error).message) };
  }
}

export function decodeCompact(input: string): CompactToken {
  const token = input.trim();
  if (!token) return fail('empty');
  if (token.length > MAX_TOKEN_CHARS) return fail('too_large');
  const segments = token.split('.');
  if (segments.length !== 3 && segments.length !== 5) return fail('segment_count', undefined, String(segments.length));
  for (let i = 0; i < segments.length; i++) {
    const check = decodeBase64Url(segments[i]);
    if (!check.ok) return fail(check.reason, i);
  }
  const head = readJson(segments[0], 0);
  if (!head.ok) return head.result;
  if (typeof head.value !== 'object' || head.value === null || Array.isArray(head.value)) return fail('header_not_object', 0);
  const header = head.value as Json;
  if (typeof header.alg !== 'string') return fail('header_no_alg', 0);
  if (segments.length === 5) {
    if (typeof header.enc !== 'string') return fail('jwe_no_enc', 0);
    return { ok: true, kind: 'jwe', segments, header };
  }
  const payloadBytes = decodeBase64Url(segments[1]);
  const text = payloadBytes.ok ? bytesToText(payloadBytes.bytes) : '';
  let payload: unknown = text;
  let payloadIsJson = false;
  try {
    payload = JSON.parse(text);
    payloadIsJson = true;
  } catch {
    // A JWS payload may be any octets (RFC 7515 §3); show it as text.
  }
  return { ok: true, kind: 'jws', segments, header, payload, payloadIsJson, unsigned: header.alg === 'none' || segments[2] === '' };
}
