/**
 * Which flow a callback belongs to and whether its `state` is right (issue 13 D8). The state is
 * checked against the sandbox transaction's own, looked up by key in O(1) (the token's `sub`,
 * the ticket, or the state itself; never a listing). When nothing can be looked up (a real
 * environment, whose transactions we cannot read; a transaction already deleted) the callback is
 * `unverified`, never "no problem", and an earlier callback is never taken as the reference.
 * A chained operation (signing after a login) has no redirect of its own: its callback arrives on
 * the login's `/callback?flow=<login flow>` with its own `service`, and is joined to the child
 * flow that caused it, then checked against that child's transaction.
 */
import type { CallbackProblem, Flow } from '../inspector/flow.ts';
import { subjectOf, type FlowTracker } from '../inspector/flow-tracker.ts';
import type { TransactionView } from '../sandbox/changes/transaction-view.ts';

export interface CallbackVerdict {
  /** The flow the callback is joined to: the one named, or the child that caused it. */
  flow?: Flow;
  problems: CallbackProblem[];
}

/** Constant-time string equality (docs/quality-targets.md SEC-7): the time does not depend on where they differ. */
export function sameString(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

async function transactionOf(flows: FlowTracker, flow: Flow): Promise<TransactionView | undefined> {
  const sandbox = flows.sandbox;
  if (flow.env !== 'sandbox' || !sandbox) return undefined;
  const id = flow.transaction?.id ?? subjectOf(flow.token);
  try {
    return (id ? await sandbox.find({ id }) : undefined) ?? (flow.ticketID ? await sandbox.find({ ticketID: flow.ticketID }) : undefined);
  } catch {
    return undefined;
  }
}

/** The child of `named` that a callback of `service` comes from: the one whose transaction has the state, else the newest. */
async function causingChild(flows: FlowTracker, named: Flow, service: string, state: string | undefined): Promise<Flow | undefined> {
  const children: Flow[] = [];
  for (const id of named.children) {
    const child = await flows.get(id);
    if (child?.endpointId === service) children.push(child);
  }
  if (children.length === 0) return undefined;
  const owner = state ? await flows.sandbox?.find({ state }).catch(() => undefined) : undefined;
  const owning = owner && (await flows.store.byTransaction(owner.id));
  return children.find((c) => c.id === owning) ?? children.at(-1);
}

export async function judgeCallback(
  flows: FlowTracker,
  flowId: string | undefined,
  query: Record<string, string>,
): Promise<CallbackVerdict> {
  const named = flowId ? await flows.get(flowId) : undefined;
  if (!named) return { problems: ['unknown_flow'] };
  const service = query.service;
  const flow = (service && service !== named.endpointId && (await causingChild(flows, named, service, query.state))) || named;
  const tx = await transactionOf(flows, flow);
  if (!tx) return { flow, problems: ['unverified'] };
  return { flow, problems: sameString(tx.state, query.state ?? '') ? [] : ['state_mismatch'] };
}
