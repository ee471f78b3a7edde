/** Flows: one initiation and everything that follows from it (docs/playground-api.md, "Flows"). */
import type { EndpointId } from '../../shared/catalogue/index.ts';

export type FlowStatus = 'pending' | 'approved' | 'rejected' | 'cancelled' | 'timed_out' | 'collected' | 'deleted' | 'error';

export type CallbackProblem = 'unknown_flow' | 'state_mismatch' | 'replay';

export interface CallbackRecord {
  at: string;
  query: Record<string, string>;
  flowId?: string;
  problems: CallbackProblem[];
}

export interface Flow {
  id: string;
  env: string;
  endpointId: EndpointId;
  createdAt: string;
  updatedAt: string;
  token?: string;
  status: FlowStatus;
  exchanges: string[];
  callbacks: CallbackRecord[];
  children: string[];
  parent?: string;
}

export const FLOW_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The flow id the SPA chose, read from an initiation's `redirect` / `redirectURI` (`…/callback?flow=<id>`). */
export function flowIdFromRedirect(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const redirect = typeof b.redirect === 'string' ? b.redirect : typeof b.redirectURI === 'string' ? b.redirectURI : undefined;
  if (!redirect) return undefined;
  try {
    const url = new URL(redirect);
    const id = url.searchParams.get('flow');
    return url.pathname === '/callback' && id && FLOW_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
