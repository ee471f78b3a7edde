/**
 * The 4-digit identification code (`hkic` in Fill Easy's response, `signCode` officially), by the
 * sample algorithm of docs/api-facts.md §5.9 (OS CodeUtils.cs): digit i = ((m[4i] >> 4) & 0xF) mod 10 where
 * m = MD5(SHA512(inputs)). Authenticated: SHA256(hash) ‖ SHA256(openID). Anonymous:
 * SHA256(hash) ‖ SHA256(hkicHash or "") ‖ SHA256(clientID); the sample does not show the exact
 * byte encodings of these three, so the sandbox hashes each as UTF-8 like the authenticated case.
 * The same inputs always give the same digits; the simulated app shows this very value.
 */
import { createHash } from 'node:crypto';

const sha256 = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

function digits(material: Buffer): string {
  const m = createHash('md5').update(createHash('sha512').update(material).digest()).digest();
  let out = '';
  for (let i = 0; i < 4; i++) out += String(((m[4 * i] >> 4) & 0xf) % 10);
  return out;
}

export function signCode(hashCode: string, openID: string): string {
  return digits(Buffer.concat([sha256(hashCode), sha256(openID)]));
}

export function anonymousSignCode(hashCode: string, hkicHash: string | undefined, clientId: string): string {
  return digits(Buffer.concat([sha256(hashCode), sha256(hkicHash ?? ''), sha256(clientId)]));
}
