/**
 * A recorded flow (the playground's export: a root flow, its chained flows and their exchanges)
 * as a Playwright spec on the package's fixtures (`iamsmart-playground/playwright`): it replays the
 * same initiations in the same order, with the same bodies, decides each the way the recording
 * ended (approve as the same persona, reject, cancel, expire, or leave pending), and checks what
 * the recording saw: each final Poll Data status and error code, and who approved. Chained calls
 * use the replayed login's token; redirects become one loopback callback the test client accepts.
 */
import { isAppSource } from '../catalogue/values.ts';
import type { Exchange, Flow } from '../inspector/records.ts';

export interface RecordedFlows {
  rootFlowId: string;
  flows: Flow[];
  exchanges: Exchange[];
}

interface Step {
  flow: Flow;
  /** Index of the step whose token this one's body carried (chained calls). */
  parent?: number;
  body: Record<string, unknown>;
  decision: 'approve' | 'reject' | 'cancel' | 'expire' | undefined;
  persona?: string;
  poll?: { status: number; errorCode?: string };
}

/** The callback the replay registers: any loopback URL is accepted from the public test client. */
export const REPLAY_REDIRECT = 'http://127.0.0.1:3999/iamsmart/callback';

const DECISIONS: Partial<Record<Flow['status'], Step['decision']>> = {
  approved: 'approve',
  collected: 'approve',
  rejected: 'reject',
  cancelled: 'cancel',
  timed_out: 'expire',
};

function ordered(rec: RecordedFlows): Flow[] {
  const byId = new Map(rec.flows.map((f) => [f.id, f]));
  const out: Flow[] = [];
  const visit = (id: string) => {
    const f = byId.get(id);
    if (!f || out.includes(f)) return;
    out.push(f);
    [...(f.children ?? [])].sort((a, b) => (byId.get(a)?.createdAt ?? '').localeCompare(byId.get(b)?.createdAt ?? '')).forEach(visit);
  };
  visit(rec.rootFlowId);
  return out;
}

function steps(rec: RecordedFlows): Step[] {
  const flows = ordered(rec);
  const exchangesOf = (f: Flow) => rec.exchanges.filter((e) => e.flowId === f.id || f.exchanges.includes(e.id));
  return flows.map((flow) => {
    const own = exchangesOf(flow);
    const init = own.find((e) => e.endpointId === flow.endpointId && e.request.method === 'POST');
    const body = { ...((init?.request.body as Record<string, unknown> | undefined) ?? {}) };
    if (typeof body.redirect === 'string') body.redirect = REPLAY_REDIRECT;
    const parent = typeof body.token === 'string' ? flows.findIndex((f) => f.token === body.token) : -1;
    const polls = own.filter((e) => e.endpointId === 'poll' && e.response);
    // The poll that ended the wait (the first answer other than 202), else the last one.
    const last = polls.find((e) => e.response!.status !== 202) ?? polls.at(-1);
    const answer = last?.response?.body as { errorCode?: unknown } | undefined;
    const status = flow.transaction?.status ?? flow.status;
    return {
      flow,
      parent: parent >= 0 ? parent : undefined,
      body,
      decision: DECISIONS[status as Flow['status']],
      persona: flow.transaction?.persona,
      poll: last?.response
        ? { status: last.response.status, ...(typeof answer?.errorCode === 'string' ? { errorCode: answer.errorCode } : {}) }
        : undefined,
    };
  });
}

const js = (v: unknown) => JSON.stringify(v);

function stepCode(step: Step, i: number): string[] {
  const n = i + 1;
  const { token: _chainedToken, ...rest } = step.body;
  const body = step.parent !== undefined ? `{ ...${js(rest)}, token: step${step.parent + 1}.token }` : js(step.body);
  const lines = [
    `  // Step ${n}: ${step.flow.endpointId}${step.parent !== undefined ? ` (chained on step ${step.parent + 1})` : ''}, recorded ${step.flow.createdAt}: ${step.flow.status}${step.persona ? ` by ${step.persona}` : ''}`,
  ];
  lines.push(`  const step${n} = await sandbox.initiate(${js(step.flow.endpointId)}, ${body});`);
  if (step.decision === 'approve' && step.parent === undefined)
    lines.push(`  await sandbox.approve(step${n}.token${step.persona ? `, ${js(step.persona)}` : ''});`);
  else if (step.decision) lines.push(`  await sandbox.${step.decision}(step${n}.token);`);
  if (!step.poll) return lines;
  const app = typeof step.body.source === 'string' && isAppSource(step.body.source) && step.poll.status === 200;
  if (app) {
    lines.push(`  const tx${n} = await sandbox.waitForTransaction({ ticketID: step${n}.ticketID, status: 'approved' });`);
    lines.push(`  const code${n} = new URL(tx${n}.callbackUrl!).searchParams.get('code') ?? undefined;`);
  }
  lines.push(`  const poll${n} = await sandbox.waitForPoll(step${n}.token, ${step.poll.status}${app ? `, { code: code${n} }` : ''});`);
  if (step.poll.errorCode) lines.push(`  expect(poll${n}.body).toMatchObject({ errorCode: ${js(step.poll.errorCode)} });`);
  if (step.poll.status === 200) lines.push(`  expect(await sandbox.openResult((poll${n}.body as { data: string }).data)).toBeTruthy();`);
  if (step.persona && step.decision === 'approve') {
    // A fresh per-test client: its transactions are exactly these steps, oldest first.
    lines.push(
      `  expect((await sandbox.transactions())[${i}]).toMatchObject({ service: ${js(step.flow.endpointId)}, persona: ${js(step.persona)} });`,
    );
  }
  return lines;
}

/** The spec's source text. */
export function recordingToSpec(rec: RecordedFlows): string {
  const all = steps(rec);
  if (!all.length) throw new Error(`the recording has no flow ${rec.rootFlowId}`);
  const title = all.map((s) => s.flow.endpointId).join(' → ');
  return [
    `// Replays the recorded flow ${rec.rootFlowId} (${title}) against the sandbox, with the fixtures of`,
    `// 'iamsmart-playground/playwright'. Generated by the playground's "Export as Playwright spec".`,
    `import { test, expect } from 'iamsmart-playground/playwright';`,
    '',
    `test(${js(`recorded flow ${rec.rootFlowId}: ${title}`)}, async ({ sandbox }) => {`,
    ...all.flatMap((s, i) => [...stepCode(s, i), '']).slice(0, -1),
    '});',
    '',
  ].join('\n');
}
