/**
 * The phone's subject for one flow, from what the flows store holds: its token and url, the
 * sandbox's record of it, where its browser returns, and (chained call) the persona who logged in.
 */
import type { Exchange, Flow } from './flow-types.ts';
import type { PhoneSubject } from '../phone/phone-subject.ts';
import { initiationOf } from './flow-family.ts';

export interface FlowLookup {
  flows: Record<string, Flow>;
  exchangesOf(flowId: string): Exchange[];
  knownRedirect(flowId: string): string | undefined;
  redirectOf(flowId: string): Promise<string | undefined>;
}

export function urlOf(flow: Flow, exchanges: Exchange[]): string | undefined {
  const url = (initiationOf(flow, exchanges)?.response?.body as { url?: unknown } | undefined)?.url;
  return typeof url === 'string' ? url : undefined;
}

export function subjectOfFlow(store: FlowLookup, flow: Flow): PhoneSubject {
  const parent = flow.parent ? store.flows[flow.parent] : undefined;
  return {
    env: flow.env,
    flowId: flow.id,
    token: flow.token,
    url: urlOf(flow, store.exchangesOf(flow.id)),
    fixedPersona: parent?.transaction?.persona,
    redirect: store.knownRedirect(flow.id),
    findRedirect: () => store.redirectOf(flow.id),
    transaction: flow.transaction,
    flowStatus: flow.status,
  };
}
