/**
 * An upstream that failed, in words a developer can act on: which environment, and what went
 * wrong on the wire (refused, reset, timed out, TLS, too large, not JSON).
 */
export type UpstreamFaultCode = 'upstream_unreachable' | 'upstream_timeout' | 'response_too_large' | 'upstream_bad_response';

export class UpstreamFault extends Error {
  constructor(
    readonly code: UpstreamFaultCode,
    message: string,
  ) {
    super(message);
  }
}

const CAUSES: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused (is it running?)',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed while sending',
  ENOTFOUND: 'its host name could not be resolved',
  EAI_AGAIN: 'its host name could not be resolved (DNS)',
  EHOSTUNREACH: 'its host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
  UND_ERR_CLOSED: 'the connection closed unexpectedly',
};

const TIMEOUTS = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

function codeOf(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Classifies a thrown network error. `timedOut` is set when our own deadline fired. */
export function faultFrom(err: unknown, env: string, timeoutMs: number, timedOut: boolean): UpstreamFault {
  if (err instanceof UpstreamFault) return err;
  const code = codeOf(err);
  if (timedOut || (code && TIMEOUTS.has(code))) {
    return new UpstreamFault('upstream_timeout', `Environment "${env}" did not answer within ${timeoutMs} ms.`);
  }
  if (code && (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))) {
    return new UpstreamFault('upstream_unreachable', `Environment "${env}" failed the TLS handshake (${code}).`);
  }
  const cause = (code && CAUSES[code]) ?? `the request failed${code ? ` (${code})` : ''}`;
  return new UpstreamFault('upstream_unreachable', `Environment "${env}" could not be reached: ${cause}.`);
}
