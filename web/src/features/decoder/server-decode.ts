/**
 * Asks the server to open a JWE (POST /api/decode, docs/playground-api.md "Decoding"): only the
 * server holds the client secret the key derives from (docs/quality-targets.md SEC-9).
 */
import { api, ApiError } from '../../app/api-client.ts';

export interface JweParts {
  protected: string;
  encryptedKey: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

export type ServerDecoded =
  | { kind: 'jws'; header: Record<string, unknown>; payload: unknown; signature: { verified: boolean | null; reason?: string } }
  | { kind: 'jwe'; header: Record<string, unknown>; parts: JweParts; plaintext?: unknown; key?: string; reason?: string };

export type ServerDecodeResult = { ok: true; value: ServerDecoded } | { ok: false; code: string; message: string };

export async function decodeOnServer(token: string, env?: string): Promise<ServerDecodeResult> {
  try {
    const value = await api<ServerDecoded>('/api/decode', { method: 'POST', body: env ? { token, env } : { token } });
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ApiError) return { ok: false, code: e.code, message: e.message };
    return { ok: false, code: 'unreachable', message: (e as Error).message };
  }
}
