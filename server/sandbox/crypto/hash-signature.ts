/**
 * `signature` of a hash-signing result: SHA256withRSA (RSASSA-PKCS1-v1_5) over the 32 bytes of the
 * hex hash, so a client verifies it with
 * `crypto.verify('sha256', Buffer.from(hashCode, 'hex'), cert, Buffer.from(signature, 'base64'))`
 * (docs/api-facts.md §4.4: the sample verifies SHA-256withRSA against the certificate's public key).
 */
import { sign } from 'node:crypto';
import { signingIdentity } from './persona-keys.ts';

export function signHash(personaId: string, hexHash: string): { signature: string; cert: string } {
  const id = signingIdentity(personaId);
  const signature = sign('sha256', Buffer.from(hexHash, 'hex'), id.privateKey).toString('base64');
  return { signature, cert: id.certPem };
}
