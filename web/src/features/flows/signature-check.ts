/**
 * Checks a hash-signing result in the browser (docs/sandbox-contract.md §7): SHA256withRSA over the
 * document hash, against the public key of the returned certificate. The official sample signs
 * the hash's 32 bytes; we also accept a signature over the hex text and say which one matched.
 */
import { certificateBytes, parseCertificate, type CertificateInfo } from './der-certificate.ts';

export type SignatureCheck =
  | { ok: true; valid: boolean; over?: 'hash-bytes' | 'hash-text'; cert: CertificateInfo; inValidity: boolean }
  | { ok: false; reason: 'bad_certificate' | 'bad_signature_encoding' | 'bad_hash' | 'key_not_rsa'; detail?: string };

function decodeSignature(sig: string): Uint8Array | undefined {
  if (/^[0-9a-f]+$/i.test(sig) && sig.length % 2 === 0 && sig.length >= 128)
    return Uint8Array.from(sig.match(/../g)!, (h) => parseInt(h, 16));
  try {
    const bin = atob(sig.replace(/-/g, '+').replace(/_/g, '/').replace(/\s+/g, ''));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export async function checkHashSignature(
  input: { hashCode: string; signature: string; cert: string },
  nowMs: number,
): Promise<SignatureCheck> {
  let cert: CertificateInfo;
  try {
    cert = parseCertificate(certificateBytes(input.cert));
  } catch (e) {
    return { ok: false, reason: 'bad_certificate', detail: (e as Error).message };
  }
  const sig = decodeSignature(input.signature);
  if (!sig) return { ok: false, reason: 'bad_signature_encoding' };
  if (!/^[0-9a-fA-F]{64}$/.test(input.hashCode)) return { ok: false, reason: 'bad_hash' };
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('spki', cert.spki as BufferSource, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, [
      'verify',
    ]);
  } catch (e) {
    return { ok: false, reason: 'key_not_rsa', detail: (e as Error).message };
  }
  const inValidity = nowMs >= cert.notBefore.getTime() && nowMs <= cert.notAfter.getTime();
  const candidates: ['hash-bytes' | 'hash-text', Uint8Array][] = [
    ['hash-bytes', Uint8Array.from(input.hashCode.match(/../g)!, (h) => parseInt(h, 16))],
    ['hash-text', new TextEncoder().encode(input.hashCode)],
  ];
  for (const [over, data] of candidates) {
    if (await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, sig as BufferSource, data as BufferSource))
      return { ok: true, valid: true, over, cert, inValidity };
  }
  return { ok: true, valid: false, cert, inValidity };
}
