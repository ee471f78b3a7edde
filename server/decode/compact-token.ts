/**
 * The server decoder's view of a compact JWS or JWE: the shared reading (shared/tokens/compact-token.ts,
 * the same one the SPA uses) with each problem worded, and the header checks only the server makes
 * before it verifies or opens anything. Every failure is a `DecodeError` with a playground error code,
 * never an exception from deep inside a library (docs/quality-targets.md T-J7).
 */
import type { PlaygroundErrorCode } from '../../shared/errors/playground-errors.ts';
import {
  decodeBase64Url,
  headerAlg,
  jsonOrText,
  MAX_TOKEN_BYTES,
  readCompact,
  utf8Text,
  type CompactProblem,
  type Json,
} from '../../shared/tokens/compact-token.ts';

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
  header: Json;
}

function problemText(problem: CompactProblem, segment: number, detail: string | undefined): string {
  switch (problem) {
    case 'empty':
      return 'The token is empty.';
    case 'too_large':
      return `The token is over ${MAX_TOKEN_BYTES / 1024} KB; the decoder does not read it.`;
    case 'segment_count':
      return `The token has ${detail} segments: a JWS has 3 and a JWE has 5, separated by dots.`;
    case 'bad_characters':
      return `Segment ${segment + 1} has characters outside base64url (A-Z a-z 0-9 - _).`;
    case 'bad_length':
      return `Segment ${segment + 1} has a length no base64url text can have.`;
    case 'header_not_json':
      return `The header is not JSON: ${detail}; the decoder does not read it.`;
    case 'header_not_object':
      return 'The header is not a JSON object.';
  }
}

export function parseCompact(input: string): CompactToken {
  const read = readCompact(input);
  if (!read.ok)
    throw new DecodeError(
      read.problem === 'too_large' ? 'token_too_large' : 'token_malformed',
      problemText(read.problem, read.segment ?? 0, read.detail),
    );
  return { kind: read.kind, segments: read.segments, header: read.header };
}

/** A JWS payload as UTF-8 text; the server refuses other bytes instead of guessing. */
export function payloadText(token: CompactToken): string {
  const bytes = decodeBase64Url(token.segments[1]);
  const text = bytes.ok ? utf8Text(bytes.bytes) : undefined;
  if (text === undefined) throw new DecodeError('token_malformed', 'The payload is not UTF-8 text.');
  return text;
}

/** A payload or plaintext as JSON, or as text when it is not JSON; nested too deep is refused (docs/security-model.md §7). */
export function jsonOrRefuse(text: string, what: 'payload' | 'plaintext'): unknown {
  const read = jsonOrText(text);
  if (read.tooDeep) throw new DecodeError('token_malformed', `The ${what}'s ${read.tooDeep}; the decoder does not open it.`);
  return read.value;
}

/** Header checks shared by JWS and JWE (RFC 8725 §3.1, §3.9; docs/quality-targets.md SEC-9, T-J3, T-J8). */
export function headerRefusals(header: Json): void {
  if (header.crit !== undefined) {
    // JSON.stringify, not String(): a header value like {"toString": null} makes String() throw.
    const list = Array.isArray(header.crit)
      ? header.crit.map((c) => (typeof c === 'string' ? c : JSON.stringify(c))).join(', ')
      : JSON.stringify(header.crit);
    throw new DecodeError(
      'alg_not_allowed',
      `The header marks "${list.slice(0, 200)}" as critical; the decoder understands no critical extension, so it refuses the token.`,
    );
  }
  if (headerAlg(header) === undefined) throw new DecodeError('token_malformed', 'The header has no "alg".');
}

export function headerWarnings(header: Json): string[] {
  const out: string[] = [];
  for (const key of ['jku', 'x5u', 'jwk', 'x5c']) {
    if (header[key] !== undefined)
      out.push(`The header carries "${key}"; the decoder never fetches or trusts keys named by the token itself.`);
  }
  return out;
}
