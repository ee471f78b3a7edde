/**
 * Turns one flow's records into the steps a person follows: the initiation, the QR code or deep
 * link, the user's action on the phone, the callback caught, each poll, the result; with the time
 * since the start and since the previous step.
 */
import type { CallbackRecord, Exchange, Flow } from './flow-types.ts';
import { pollOutcome, type PollOutcome } from '../../../../shared/inspector/flow-status.ts';

export interface PhoneEvent {
  at: number;
  action: string;
  ok: boolean;
  status: number;
  persona?: string;
  message?: string;
}

export type TimelineEntry = { at: number; sinceStartMs: number; sincePrevMs: number } & (
  | { kind: 'initiation'; exchange: Exchange; token?: string; url?: string; hkic?: string }
  | { kind: 'phone'; event: PhoneEvent }
  | { kind: 'callback'; callback: CallbackRecord }
  | { kind: 'poll'; exchange: Exchange; outcome: PollOutcome; n: number; sincePollMs?: number }
  | { kind: 'other'; exchange: Exchange }
);

type Draft = { at: number } & Record<string, unknown>;

const isPoll = (e: Exchange) => e.endpointId === 'poll' || e.request.path.endsWith('/callback/client');

export function buildTimeline(flow: Flow, exchanges: Exchange[], phone: PhoneEvent[] = []): TimelineEntry[] {
  const mine = exchanges.filter((e) => e.flowId === flow.id || flow.exchanges.includes(e.id));
  const drafts: Draft[] = [];
  let lastPollAt: number | undefined;
  let n = 0;
  const sorted = [...mine].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  for (const e of sorted) {
    const at = Date.parse(e.startedAt);
    if (isPoll(e)) {
      n += 1;
      const status = e.response?.status ?? 0;
      drafts.push({
        at,
        kind: 'poll',
        exchange: e,
        n,
        outcome: e.error ? 'error' : pollOutcome(flow.endpointId, status, e.response?.body),
        sincePollMs: lastPollAt === undefined ? undefined : at - lastPollAt,
      });
      lastPollAt = at;
    } else if (e.endpointId === flow.endpointId && !drafts.some((d) => d.kind === 'initiation')) {
      const b = (e.response?.body ?? {}) as Record<string, unknown>;
      drafts.push({
        at,
        kind: 'initiation',
        exchange: e,
        token: typeof b.token === 'string' ? b.token : undefined,
        url: typeof b.url === 'string' ? b.url : undefined,
        hkic: typeof b.hkic === 'string' ? b.hkic : undefined,
      });
    } else drafts.push({ at, kind: 'other', exchange: e });
  }
  for (const c of flow.callbacks) drafts.push({ at: Date.parse(c.at), kind: 'callback', callback: c });
  for (const p of phone) drafts.push({ at: p.at, kind: 'phone', event: p });
  drafts.sort((a, b) => a.at - b.at || order(a) - order(b));
  const start = drafts[0]?.at ?? Date.parse(flow.createdAt);
  return drafts.map((d, i) => ({ ...d, sinceStartMs: d.at - start, sincePrevMs: i === 0 ? 0 : d.at - drafts[i - 1].at }) as TimelineEntry);
}

/** Same instant: initiation first, then the phone, then the callback, then polls. */
function order(d: Draft): number {
  return ['initiation', 'phone', 'callback', 'poll', 'other'].indexOf(d.kind as string);
}

/** The last poll that ended the flow, if any. */
export function finalPoll(entries: TimelineEntry[]): Extract<TimelineEntry, { kind: 'poll' }> | undefined {
  const polls = entries.filter((e): e is Extract<TimelineEntry, { kind: 'poll' }> => e.kind === 'poll' && e.outcome !== 'pending');
  return polls.find((p) => p.outcome === 'collected') ?? polls[polls.length - 1];
}
