/**
 * The decoder view's reading of a compact JWS or JWE: the shared reading (shared/tokens/compact-token.ts,
 * the same as the server's decoder) plus what the view shows, a JWS payload and whether it is
 * unsigned. Never verifies or decrypts, never throws: a malformed token gives a `problem` the view explains.
 */
import {
  decodeBase64Url,
  headerAlg,
  isAlgNone,
  jsonOrText,
  readCompact,
  utf8Text,
  type CompactProblem,
  type Json,
} from '../../../../shared/tokens/compact-token.ts';

export type { Json };

export type DecodeProblem = CompactProblem | 'header_no_alg' | 'jwe_no_enc';

export type CompactToken =
  | { ok: true; kind: 'jws'; segments: string[]; header: Json; payload: unknown; payloadIsJson: boolean; unsigned: boolean }
  | { ok: true; kind: 'jwe'; segments: string[]; header: Json }
  | { ok: false; problem: DecodeProblem; segment?: number; detail?: string };

export function decodeCompact(input: string): CompactToken {
  const read = readCompact(input);
  if (!read.ok) return read;
  const { segments, header } = read;
  const alg = headerAlg(header);
  if (alg === undefined) return { ok: false, problem: 'header_no_alg', segment: 0 };
  if (read.kind === 'jwe') {
    if (typeof header.enc !== 'string') return { ok: false, problem: 'jwe_no_enc', segment: 0 };
    return { ok: true, kind: 'jwe', segments, header };
  }
  const bytes = decodeBase64Url(segments[1]);
  // A payload that is not UTF-8 is still shown, with replacement characters where bytes did not decode.
  const text = bytes.ok ? (utf8Text(bytes.bytes) ?? new TextDecoder().decode(bytes.bytes)) : '';
  const payload = jsonOrText(text);
  return {
    ok: true,
    kind: 'jws',
    segments,
    header,
    payload: payload.value,
    payloadIsJson: payload.isJson,
    unsigned: isAlgNone(alg) || segments[2] === '',
  };
}
