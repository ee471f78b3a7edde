/**
 * Which flow tokens fit an endpoint, by the catalogue's chaining rules (`tokenFrom`): from the right
 * initiation, approved when it must be, with a granted scope it needs, not expired. Those that fit
 * come first, newest first; the others follow with the reason they do not fit, expired ones last.
 */
import type { EndpointId, EndpointSpec } from '../../../../shared/catalogue/index.ts';
import type { ChipStatus } from '../phone/transaction-view.ts';

export interface TokenCandidate {
  flowId: string;
  endpointId: EndpointId;
  /** As the status chip reads it (the sandbox's view when there is one). */
  status: ChipStatus;
  token: string;
  createdAt: string;
  /** What the login asked for (its `scope`, or the endpoint's default); undefined when not known. */
  scopes?: string[];
  /** The token's `exp`, in ms. */
  expiresAt?: number;
}

export type Unfit = 'wrong_endpoint' | 'not_approved' | 'scope' | 'scope_unknown' | 'expired' | 'collected' | 'finished';

export interface RankedToken extends TokenCandidate {
  fits: boolean;
  reason?: Unfit;
}

const APPROVED = new Set<ChipStatus>(['approved', 'approved_uncollected', 'collected']);
const COLLECTABLE = new Set<ChipStatus>(['pending', 'approved', 'approved_uncollected']);

export function unfitReason(spec: EndpointSpec, c: TokenCandidate, nowMs: number): Unfit | undefined {
  const from = spec.tokenFrom;
  if (!from) return 'wrong_endpoint';
  if (c.expiresAt !== undefined && c.expiresAt <= nowMs) return 'expired';
  if (from.endpoints !== 'any-initiation' && !from.endpoints.includes(c.endpointId)) return 'wrong_endpoint';
  if (from.approved && !APPROVED.has(c.status)) return 'not_approved';
  // A token that needs no approval is a poll's: it fits while there is a result to collect.
  if (!from.approved && !COLLECTABLE.has(c.status)) return c.status === 'collected' ? 'collected' : 'finished';
  if (from.scopesAnyOf) {
    if (!c.scopes) return 'scope_unknown';
    if (!from.scopesAnyOf.some((s) => c.scopes!.includes(s))) return 'scope';
  }
  return undefined;
}

export function rankTokens(spec: EndpointSpec, candidates: TokenCandidate[], nowMs: number): RankedToken[] {
  const rows = candidates.map((c) => {
    const reason = unfitReason(spec, c, nowMs);
    return { ...c, fits: !reason, ...(reason ? { reason } : {}) };
  });
  const rank = (r: RankedToken) => (r.fits ? 0 : r.reason === 'expired' ? 2 : 1);
  return rows.sort((a, b) => rank(a) - rank(b) || Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
