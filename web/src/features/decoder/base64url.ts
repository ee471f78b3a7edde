/**
 * Plain base64url (RFC 4648 §5) for the decoder: JWS headers and payloads are readable without a
 * library, and a JWE's protected header is too (RFC 7516 §7.1).
 */
const ALPHABET = /^[A-Za-z0-9_-]*$/;

export type Base64UrlResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'bad_characters' | 'bad_length' };

export function decodeBase64Url(segment: string): Base64UrlResult {
  if (!ALPHABET.test(segment)) return { ok: false, reason: 'bad_characters' };
  // A length of 4n+1 cannot come from any byte string.
  if (segment.length % 4 === 1) return { ok: false, reason: 'bad_length' };
  const b64 = segment.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (segment.length % 4)) % 4);
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { ok: true, bytes };
}

export function bytesToText(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}
