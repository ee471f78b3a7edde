/**
 * Error codes of the playground's own endpoints (/api, /proxy). One table: the server builds
 * `{ error: { code, message, details? } }` from it and the SPA words its messages from the code.
 * The sandbox does not use this table: it speaks the real API's error bodies.
 */
export const PLAYGROUND_ERRORS = {
  bad_request: { status: 400, message: 'The request is not valid.' },
  invalid_json: { status: 400, message: 'The body is not valid JSON.' },
  unknown_environment: { status: 404, message: 'No environment has that name.' },
  target_not_allowed: { status: 400, message: 'The proxy only forwards API paths to configured environments.' },
  cross_site: { status: 403, message: 'Cross-site requests to the playground are refused.' },
  body_too_large: { status: 413, message: 'The request body is too large.' },
  method_not_allowed: { status: 405, message: 'That method is not allowed here.' },
  not_found: { status: 404, message: 'Not found.' },
  upstream_unreachable: { status: 502, message: 'The environment could not be reached.' },
  upstream_bad_response: { status: 502, message: 'The environment sent a response the proxy cannot pass on.' },
  response_too_large: { status: 502, message: 'The environment sent a response larger than the proxy accepts.' },
  upstream_timeout: { status: 504, message: 'The environment did not answer in time.' },
  token_malformed: { status: 400, message: 'That is not a compact JWS or JWE.' },
  token_too_large: { status: 413, message: 'The token is larger than the decoder accepts.' },
  alg_not_allowed: { status: 400, message: 'The token uses an algorithm the decoder refuses.' },
  decryption_failed: { status: 422, message: 'The JWE could not be decrypted with the environment key.' },
  store_unavailable: { status: 503, message: 'The shared store (Redis) cannot be reached; retry in a few seconds.' },
  internal: { status: 500, message: 'Something went wrong in the playground.' },
} as const;

export type PlaygroundErrorCode = keyof typeof PLAYGROUND_ERRORS;

export interface PlaygroundErrorBody {
  error: { code: PlaygroundErrorCode; message: string; details?: unknown; requestId?: string };
}
