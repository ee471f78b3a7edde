/**
 * POST /api/decode { token, env? }: decodes a compact JWS or JWE (docs/playground-api.md,
 * "Decoding"). The server does it because only the server holds the client secrets that open a
 * JWE; the key never leaves, only the plaintext and the name of what opened it.
 */
import type { Context } from 'hono';
import type { Environments } from '../environments.ts';
import { readCappedRequest, TooLarge } from '../http/read-capped.ts';
import { JsonTooDeep, parseBoundedJson } from '../../shared/json/parse-bounded-json.ts';
import { playgroundErrorResponse } from '../http/playground-error.ts';
import { DecodeError, headerRefusals, headerWarnings, parseCompact } from './compact-token.ts';
import { decodeJws, type TokenVerifier } from './decode-jws.ts';
import { decodeJwe, jweRefusals } from './decode-jwe.ts';

export async function decodeToken(compact: string, env: string, envs: Environments, verifier: TokenVerifier | undefined) {
  const token = parseCompact(compact);
  headerRefusals(token.header);
  const warnings = headerWarnings(token.header);
  const target = envs.get(env);
  if (!target) throw new DecodeError('unknown_environment', `No environment is called "${env.slice(0, 64)}".`);
  const trimmed = compact.trim();
  let result: Record<string, unknown>;
  if (token.kind === 'jws') result = await decodeJws(token, trimmed, env, verifier);
  else {
    jweRefusals(token.header);
    result = await decodeJwe(token, trimmed, env, target.clientSecret);
  }
  return warnings.length ? { ...result, warnings } : result;
}

export function decodeHandler(envs: Environments, maxBodyBytes: number, verifier: () => TokenVerifier | undefined) {
  return async (c: Context) => {
    let input: unknown;
    try {
      const bytes = await readCappedRequest(c.req.raw, maxBodyBytes);
      input = parseBoundedJson(new TextDecoder().decode(bytes));
    } catch (err) {
      if (err instanceof TooLarge) return playgroundErrorResponse(c, 'token_too_large', `The request is over ${maxBodyBytes} bytes.`);
      if (err instanceof JsonTooDeep)
        return playgroundErrorResponse(c, 'invalid_json', `The request's ${err.message}; send { "token": "<compact JWS or JWE>" }.`);
      return playgroundErrorResponse(c, 'invalid_json', 'Send { "token": "<compact JWS or JWE>", "env": "<environment>" } as JSON.');
    }
    const { token, env } = (input && typeof input === 'object' ? input : {}) as { token?: unknown; env?: unknown };
    if (typeof token !== 'string')
      return playgroundErrorResponse(c, 'bad_request', '"token" must be a string holding a compact JWS or JWE.');
    if (env !== undefined && typeof env !== 'string')
      return playgroundErrorResponse(c, 'bad_request', '"env" must be an environment name.');
    try {
      return c.json(await decodeToken(token, env ?? 'sandbox', envs, verifier()));
    } catch (err) {
      if (err instanceof DecodeError) return playgroundErrorResponse(c, err.code, err.message);
      throw err;
    }
  };
}
