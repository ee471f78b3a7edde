/**
 * The key of the JWE in Poll Data's `data` (docs/sandbox-contract.md §7): the 32 bytes of the client
 * secret when it is 64 hex characters, otherwise SHA-256 of the secret as UTF-8. WebCrypto only,
 * so the sandbox (which encrypts) and the decoder (which opens) derive it with the same code.
 */
export async function deriveJweKey(clientSecret: string): Promise<Uint8Array> {
  if (/^[0-9a-fA-F]{64}$/.test(clientSecret)) {
    const out = new Uint8Array(32);
    for (let i = 0; i < 32; i++) out[i] = parseInt(clientSecret.slice(i * 2, i * 2 + 2), 16);
    return out;
  }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(clientSecret)));
}

export const JWE_ALG = 'dir';
export const JWE_ENC = 'A256GCM';
