/**
 * The JWE in Poll Data's `data` (sandbox contract §7): compact, alg dir, enc A256GCM,
 * kid = client id, cty configurable (default "JSON"), key derived from the client secret by the
 * same code the decoder uses.
 */
import { CompactEncrypt } from 'jose';
import { deriveJweKey, JWE_ALG, JWE_ENC } from '../../../shared/crypto/jwe-key.ts';

const keys = new Map<string, Promise<Uint8Array>>();

function keyFor(secret: string): Promise<Uint8Array> {
  let key = keys.get(secret);
  if (!key) {
    key = deriveJweKey(secret);
    keys.set(secret, key);
  }
  return key;
}

export async function encryptResult(plaintext: Record<string, unknown>, client: { id: string; secret: string }, contentType: string): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(plaintext)))
    .setProtectedHeader({ alg: JWE_ALG, enc: JWE_ENC, kid: client.id, cty: contentType })
    .encrypt(await keyFor(client.secret));
}
