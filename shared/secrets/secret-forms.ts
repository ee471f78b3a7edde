/**
 * Every form a client secret could leave in: as written (any case), hex of its bytes (any case),
 * Base64 and Base64url, padded or not, of the secret string, of its raw bytes (a hex secret is the
 * hex of 32 key bytes) and of `id:secret` (HTTP Basic), and percent-encoded. Base64 inside a longer
 * encoded value (a JWT, a data: URL, `Basic` of `id:secret`) depends on where the secret starts
 * modulo 3 bytes, so each encoding is given at all three alignments, without the characters that
 * mix in the neighbours' bits. The server's redaction replaces these; the e2e secret detector
 * searches for them. No Node globals: the test kit and the server share it.
 */
export interface SecretForm {
  name: string;
  needle: string;
  /** Hex and the secret as written match in any case; Base64 is compared as is. */
  caseInsensitive?: boolean;
}

const HEX = /^(?:[0-9a-fA-F]{2})+$/;

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

const toUrlAlphabet = (s: string) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** The Base64 characters that depend only on `bytes`, with the bytes placed at offset 0, 1 and 2. */
function alignedCores(bytes: Uint8Array): string[] {
  const out: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const padded = new Uint8Array(shift + bytes.length);
    padded.set(bytes, shift);
    out.push(base64(padded).slice(Math.ceil((shift * 8) / 6), Math.floor(((shift + bytes.length) * 8) / 6)));
  }
  return out;
}

function pushBase64(forms: SecretForm[], name: string, bytes: Uint8Array): void {
  for (const [i, needle] of alignedCores(bytes).entries()) {
    forms.push({ name: `${name} (alignment ${i})`, needle });
    const url = toUrlAlphabet(needle);
    if (url !== needle) forms.push({ name: `${name}, url alphabet (alignment ${i})`, needle: url });
  }
}

export function secretForms(secret: string, clientId?: string): SecretForm[] {
  const utf8 = new TextEncoder().encode(secret);
  const forms: SecretForm[] = [{ name: 'secret as written', needle: secret, caseInsensitive: true }];
  if (HEX.test(secret)) forms.push({ name: 'hex (upper case)', needle: secret.toUpperCase() });
  forms.push({ name: 'hex of the secret string', needle: toHex(utf8), caseInsensitive: true });
  const escaped = encodeURIComponent(secret);
  if (escaped !== secret) forms.push({ name: 'percent-encoded', needle: escaped, caseInsensitive: true });
  if (clientId) {
    // Whole, so `Basic <base64>` is replaced in one piece; the aligned cores below catch it anyway.
    const basic = base64(new TextEncoder().encode(`${clientId}:${secret}`));
    forms.push({ name: 'Base64 of id:secret', needle: basic.replace(/=+$/, '') });
    forms.push({ name: 'Base64url of id:secret', needle: toUrlAlphabet(basic) });
  }
  pushBase64(forms, 'Base64 of the secret string', utf8);
  if (HEX.test(secret)) pushBase64(forms, `Base64 of the ${secret.length / 2} raw bytes`, hexBytes(secret));
  return forms;
}
