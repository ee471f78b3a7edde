/**
 * The step model of the sequence diagram: a flow's timeline entries as steps between lanes, each
 * keyed into the one step table (step-table.ts), with the endpoint whose documentation explains
 * it. Runs of pending polls fold into one step, so a finished flow does not read as a wall of
 * identical 202s. The page and the SVG export both draw from this model.
 */
import type { TimelineEntry } from './build-timeline.ts';
import type { Flow } from './flow-types.ts';
import { isWebUrl } from '../phone/ticket-id.ts';
import { STEP_TABLE, type Lane, type StepKey } from './step-table.ts';
import type { EndpointId, InitiationId } from '../../../../shared/catalogue/index.ts';

export type PollEntry = Extract<TimelineEntry, { kind: 'poll' }>;

export type FlowStep = {
  key: StepKey;
  from: Lane;
  to: Lane;
  /** The endpoint whose documentation explains this step. */
  doc: EndpointId;
  sinceStartMs: number;
} & (
  | { kind: 'entry'; entry: TimelineEntry }
  | { kind: 'link'; url: string; web: boolean }
  | { kind: 'push' }
  | { kind: 'polls'; polls: PollEntry[]; gapMinMs?: number; gapMaxMs?: number }
);

const PHONE_ACTIONS = new Set(['approve', 'reject', 'cancel', 'expire']);

function step<T extends { key: StepKey }>(s: T): T & { from: Lane; to: Lane } {
  const row = STEP_TABLE[s.key];
  return { ...s, from: row.from, to: row.to };
}

function failed(entry: TimelineEntry): boolean {
  if (!('exchange' in entry)) return false;
  const status = entry.exchange.response?.status;
  return Boolean(entry.exchange.error) || status === undefined || status >= 400;
}

function keyOf(flow: Flow, e: TimelineEntry): StepKey {
  switch (e.kind) {
    case 'initiation':
      return failed(e) ? 'refused' : `initiation.${flow.endpointId as InitiationId}`;
    case 'phone':
      return e.event.ok && PHONE_ACTIONS.has(e.event.action) ? (`phone.${e.event.action}` as StepKey) : 'phone.failed';
    case 'callback':
      if (e.callback.problems.length) return 'callback.problems';
      return e.callback.query.errorCode ? 'callback.error' : 'callback.ok';
    case 'poll':
      return `poll.${e.outcome}`;
    case 'other':
      return e.exchange.request.path.includes('/_control/') ? 'control' : 'other';
  }
}

function docOf(flow: Flow, e: TimelineEntry): EndpointId {
  if (e.kind === 'callback') return 'callback';
  if (e.kind === 'poll') return 'poll';
  if (e.kind === 'other') return e.exchange.endpointId ?? flow.endpointId;
  return flow.endpointId;
}

/** After a started initiation: the url the browser shows (QR) or opens (deep link), else a request in the app. */
function afterInitiation(flow: Flow, e: Extract<TimelineEntry, { kind: 'initiation' }>): FlowStep | undefined {
  if (failed(e)) return undefined;
  const base = { doc: flow.endpointId, sinceStartMs: e.sinceStartMs };
  if (e.url) {
    const web = isWebUrl(e.url);
    return step({ ...base, kind: 'link' as const, key: web ? 'qr' : 'deepLink', url: e.url, web });
  }
  return step({ ...base, kind: 'push' as const, key: 'push' });
}

function foldPolls(polls: PollEntry[]): FlowStep {
  const gaps = polls.slice(1).map((p) => p.sincePollMs ?? 0);
  return step({
    kind: 'polls',
    key: 'poll.pending',
    doc: 'poll',
    sinceStartMs: polls[0].sinceStartMs,
    polls,
    gapMinMs: gaps.length ? Math.min(...gaps) : undefined,
    gapMaxMs: gaps.length ? Math.max(...gaps) : undefined,
  });
}

export function flowSteps(flow: Flow, entries: TimelineEntry[]): FlowStep[] {
  const steps: FlowStep[] = [];
  let run: PollEntry[] = [];
  const flush = () => {
    if (run.length === 1)
      steps.push(step({ kind: 'entry', key: 'poll.pending', doc: 'poll', sinceStartMs: run[0].sinceStartMs, entry: run[0] }));
    else if (run.length > 1) steps.push(foldPolls(run));
    run = [];
  };
  for (const e of entries) {
    if (e.kind === 'poll' && e.outcome === 'pending') {
      run.push(e);
      continue;
    }
    flush();
    steps.push(step({ kind: 'entry', key: keyOf(flow, e), doc: docOf(flow, e), sinceStartMs: e.sinceStartMs, entry: e }));
    if (e.kind === 'initiation') {
      const next = afterInitiation(flow, e);
      if (next) steps.push(next);
    }
  }
  flush();
  return steps;
}
