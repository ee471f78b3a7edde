/**
 * Turns a JWT payload into rows a person can read: registered claims (RFC 7519 §4.1) named,
 * NumericDate claims as local time and relative to now.
 */
export interface ClaimRow {
  name: string;
  /** The value as text (objects as JSON): claims are always rendered as text, never as HTML. */
  value: string;
  known: boolean;
  time?: { date: Date; secondsFromNow: number };
  expired?: boolean;
}

const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf', 'auth_time']);
export const KNOWN_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti', 'cid', 'svc', 'auth_time'] as const;

export function explainClaims(payload: unknown, nowMs: number): ClaimRow[] {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return [];
  return Object.entries(payload as Record<string, unknown>).map(([name, raw]) => {
    const row: ClaimRow = {
      name,
      value: typeof raw === 'string' ? raw : JSON.stringify(raw),
      known: (KNOWN_CLAIMS as readonly string[]).includes(name),
    };
    if (TIME_CLAIMS.has(name) && typeof raw === 'number' && Number.isFinite(raw)) {
      const date = new Date(raw * 1000);
      row.time = { date, secondsFromNow: Math.round((date.getTime() - nowMs) / 1000) };
      if (name === 'exp') row.expired = date.getTime() <= nowMs;
    }
    return row;
  });
}
