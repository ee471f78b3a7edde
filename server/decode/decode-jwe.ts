/**
 * A JWE: its protected header and five parts, and the plaintext when the environment's client
 * secret opens it. Only `dir` + `A256GCM` (what the API uses, docs/sandbox-contract.md §7) is attempted,
 * with the algorithms listed explicitly; compression and PBES2 are refused outright (T-J4, T-J5).
 */
import { compactDecrypt } from 'jose';
import { deriveJweKey, JWE_ALG, JWE_ENC } from '../../shared/crypto/jwe-key.ts';
import { redactValue } from '../inspector/redact-body.ts';
import { DecodeError, jsonOrRefuse, type CompactToken } from './compact-token.ts';

export function jweRefusals(header: Record<string, unknown>): void {
  if (header.zip !== undefined) {
    throw new DecodeError(
      'alg_not_allowed',
      `The JWE is compressed ("zip": ${JSON.stringify(header.zip).slice(0, 20)}); the decoder refuses compressed tokens (decompression bombs).`,
    );
  }
  if (typeof header.alg === 'string' && header.alg.startsWith('PBES2')) {
    throw new DecodeError(
      'alg_not_allowed',
      `The JWE uses ${header.alg}; password-based key wrapping is refused (its iteration count is attacker-chosen).`,
    );
  }
}

export async function decodeJwe(token: CompactToken, compact: string, env: string, clientSecret: string | undefined) {
  const [protectedPart, encryptedKey, iv, ciphertext, tag] = token.segments;
  const base = { kind: 'jwe' as const, header: token.header, parts: { protected: protectedPart, encryptedKey, iv, ciphertext, tag } };
  const { alg, enc } = token.header;
  if (alg !== JWE_ALG || enc !== JWE_ENC) {
    return {
      ...base,
      reason: `Only ${JWE_ALG} + ${JWE_ENC} can be opened here; this token uses ${JSON.stringify(alg ?? null).slice(0, 40)} + ${JSON.stringify(enc ?? null).slice(0, 40)}.`,
    };
  }
  if (!clientSecret) return { ...base, reason: `Environment "${env}" has no client secret configured, so there is no key to open it.` };
  let plaintext: Uint8Array;
  try {
    const key = await deriveJweKey(clientSecret);
    ({ plaintext } = await compactDecrypt(compact, key, { keyManagementAlgorithms: [JWE_ALG], contentEncryptionAlgorithms: [JWE_ENC] }));
  } catch {
    throw new DecodeError(
      'decryption_failed',
      `The "${env}" client-secret key does not open this JWE (another client's token, or altered).`,
    );
  }
  const text = new TextDecoder().decode(plaintext);
  return { ...base, plaintext: redactValue(jsonOrRefuse(text, 'plaintext')), key: `${env} client secret (${JWE_ALG}, ${JWE_ENC})` };
}
