/**
 * The tokens the flows hold, as the token picker and Insert example weigh them: each flow's status
 * as the sandbox reads it, the scopes its login asked for (from the initiation's body, fetched once
 * for the logins that could fit), and when the token expires.
 */
import { endpoint, isEndpointId } from '../../../../shared/catalogue/index.ts';
import { decodeCompact } from '../decoder/decode-compact.ts';
import { chipStatus } from '../phone/transaction-view.ts';
import type { Exchange, Flow, FlowSummary } from '../flows/flow-types.ts';
import type { TokenCandidate } from './rank-tokens.ts';

/** How many of the newest logins get their scopes looked up: enough for a session's worth of tries. */
const SCOPE_LOOKUPS = 12;

export interface FlowSource {
  list: FlowSummary[];
  listLoaded: boolean;
  exchanges: Record<string, Exchange>;
  loadList(): Promise<void>;
  fetchExchange(id: string): Promise<void>;
}

function expiryOf(token: string): number | undefined {
  const d = decodeCompact(token);
  const exp = d.ok && d.kind === 'jws' ? (d.payload as { exp?: unknown }).exp : undefined;
  return typeof exp === 'number' ? exp * 1000 : undefined;
}

function scopesOf(flow: FlowSummary, exchanges: Record<string, Exchange>): string[] | undefined {
  const init = flow.exchanges?.map((id) => exchanges[id]).find((e) => e?.endpointId === flow.endpointId);
  if (!init) return undefined;
  const scope = (init.request.body as { scope?: unknown } | undefined)?.scope;
  if (typeof scope === 'string' && scope.trim()) return scope.trim().split(/\s+/);
  const fallback = isEndpointId(flow.endpointId) ? endpoint(flow.endpointId).defaultScope : undefined;
  return fallback ? [fallback] : [];
}

export async function loadCandidates(source: FlowSource, sandboxNow: number): Promise<TokenCandidate[]> {
  if (!source.listLoaded) await source.loadList();
  const withToken = source.list.filter((f): f is FlowSummary & { token: string } => typeof f.token === 'string');
  const logins = withToken.filter((f) => f.endpointId === 'auth').slice(0, SCOPE_LOOKUPS);
  await Promise.all(logins.map((f) => (f.exchanges?.[0] ? source.fetchExchange(f.exchanges[0]) : undefined)));
  return withToken.map((f) => ({
    flowId: f.id,
    endpointId: f.endpointId,
    status: chipStatus(f as Flow, sandboxNow),
    token: f.token,
    createdAt: f.createdAt,
    scopes: f.endpointId === 'auth' ? scopesOf(f, source.exchanges) : undefined,
    expiresAt: expiryOf(f.token),
  }));
}
