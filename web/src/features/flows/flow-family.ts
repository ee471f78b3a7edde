/**
 * Pure reads over the flows the SPA holds: a flow's family (itself and its chained calls, in
 * order), whether a flow is on screen, the list kept newest first, the redirect a flow's login sent.
 */
import type { Exchange, Flow, FlowSummary } from './flow-types.ts';

/** The flow and its descendants, depth first, each once. */
export function familyOf(flows: Record<string, Flow>, id: string): Flow[] {
  const out: Flow[] = [];
  const visit = (fid: string) => {
    const f = flows[fid];
    if (!f || out.includes(f)) return;
    out.push(f);
    (f.children ?? []).forEach(visit);
  };
  visit(id);
  return out;
}

/** True when `id` is a watched flow or descends from one (walking up the parents it names). */
export function isShown(
  flows: Record<string, Flow | undefined>,
  watched: ReadonlySet<string>,
  id: string | undefined,
  parent?: string,
): boolean {
  const seen = new Set<string>();
  for (let cur = id, next = parent; cur && !seen.has(cur); cur = next, next = undefined) {
    if (watched.has(cur)) return true;
    seen.add(cur);
    next ??= flows[cur]?.parent;
  }
  return false;
}

/** The list with `flow` put in (replacing an older copy), newest first. */
export function withSummary(list: FlowSummary[], flow: Flow): FlowSummary[] {
  const rest = list.filter((f) => f.id !== flow.id);
  return [flow, ...rest].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

/** The exchanges of one flow (by its own list of ids or their flowId), oldest first. */
export function exchangesIn(exchanges: Record<string, Exchange>, flow: Flow | undefined, flowId: string): Exchange[] {
  return Object.values(exchanges)
    .filter((e) => e.flowId === flowId || flow?.exchanges.includes(e.id))
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
}

/** The initiation exchange of a flow (its first exchange of the flow's own endpoint). */
export function initiationOf(flow: Flow, exchanges: Exchange[]): Exchange | undefined {
  return exchanges.find((e) => e.endpointId === flow.endpointId && (e.flowId === flow.id || e.flowId === undefined));
}

/** `redirect` (or its alias `redirectURI`) of a request body, when it has one. */
export function redirectIn(body: unknown): string | undefined {
  const b = (body ?? {}) as { redirect?: unknown; redirectURI?: unknown };
  const r = b.redirect ?? b.redirectURI;
  return typeof r === 'string' ? r : undefined;
}
