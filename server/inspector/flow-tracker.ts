/**
 * Groups exchanges into flows. An initiation opens a flow; a later call whose body carries that
 * flow's `token` (polls, control calls, chained initiations) joins it; a chained initiation opens
 * a child flow. Bounded like the exchange log.
 */
import { INITIATIONS, type EndpointId } from '../../shared/catalogue/index.ts';
import type { EventBus } from './event-bus.ts';
import { flowIdFromRedirect, ticketFromInitiation, type CallbackRecord, type Flow } from './flow.ts';
import { statusFromCallback, statusFromPoll } from './flow-status.ts';

const INITIATION_IDS = new Set<string>(INITIATIONS.map((e) => e.id));

export interface ExchangeFacts {
  exchangeId: string;
  env: string;
  endpointId?: EndpointId;
  /** Parsed, unredacted JSON bodies (tokens are not secrets). */
  requestBody: unknown;
  status?: number;
  responseBody: unknown;
  at: Date;
}

function tokenOf(body: unknown): string | undefined {
  const t = body && typeof body === 'object' ? (body as { token?: unknown }).token : undefined;
  return typeof t === 'string' && t.length > 0 && t.length <= 8192 ? t : undefined;
}

export class FlowTracker {
  private readonly flows = new Map<string, Flow>();
  private readonly byToken = new Map<string, string>();
  private seq = 0;

  constructor(
    private readonly capacity: number,
    private readonly bus: EventBus,
  ) {}

  /** Links an exchange to a flow (opening one for an initiation); returns the flow id. */
  recordExchange(f: ExchangeFacts): string | undefined {
    const sentToken = tokenOf(f.requestBody);
    if (f.endpointId && INITIATION_IDS.has(f.endpointId)) return this.open(f, sentToken).id;
    const flow = sentToken ? this.get(this.byToken.get(sentToken) ?? '') : undefined;
    if (!flow) return undefined;
    flow.exchanges.push(f.exchangeId);
    if (f.endpointId === 'poll' && f.status !== undefined) flow.status = statusFromPoll(flow.status, flow.endpointId, f.status, f.responseBody);
    this.touch(flow, f.at);
    return flow.id;
  }

  recordCallback(record: CallbackRecord): void {
    const flow = record.flowId ? this.flows.get(record.flowId) : undefined;
    if (flow) {
      flow.callbacks.push(record);
      flow.status = statusFromCallback(flow.status, flow.endpointId, record.query);
      this.touch(flow, new Date(record.at));
    }
    this.bus.emit('callback', record);
  }

  get(id: string): Flow | undefined {
    return this.flows.get(id);
  }

  /** Newest first. */
  list(): Flow[] {
    return [...this.flows.values()].reverse();
  }

  clear(): void {
    this.flows.clear();
    this.byToken.clear();
  }

  private open(f: ExchangeFacts, sentToken: string | undefined): Flow {
    const endpointId = f.endpointId!;
    const wanted = flowIdFromRedirect(f.requestBody);
    const existing = wanted ? this.flows.get(wanted) : undefined;
    // A failed initiation sent again with the same flow id (the user fixed the body) reuses its flow.
    const reuse = existing && !existing.token ? existing : undefined;
    const id = reuse?.id ?? (wanted && !existing ? wanted : this.newId());
    const parent = sentToken ? this.byToken.get(sentToken) : undefined;
    const token = f.status === 200 ? tokenOf(f.responseBody) : undefined;
    const flow: Flow = reuse ?? {
      id,
      env: f.env,
      endpointId,
      createdAt: f.at.toISOString(),
      updatedAt: f.at.toISOString(),
      status: 'pending',
      exchanges: [],
      callbacks: [],
      children: [],
    };
    flow.endpointId = endpointId;
    flow.status = token ? 'pending' : 'error';
    flow.token = token;
    const ticket = token ? ticketFromInitiation(f.responseBody) : undefined;
    if (ticket) flow.ticketID = ticket;
    flow.exchanges.push(f.exchangeId);
    if (parent && parent !== id) {
      flow.parent = parent;
      const p = this.flows.get(parent);
      if (p && !p.children.includes(id)) {
        p.children.push(id);
        p.exchanges.push(f.exchangeId);
        this.touch(p, f.at);
      }
    }
    if (token) this.byToken.set(token, id);
    if (!reuse) this.flows.set(id, flow);
    this.evict();
    this.touch(flow, f.at);
    return flow;
  }

  private touch(flow: Flow, at: Date): void {
    flow.updatedAt = at.toISOString();
    this.bus.emit('flow', flow);
  }

  private newId(): string {
    this.seq += 1;
    return `flow-${Date.now().toString(36)}-${this.seq.toString(36)}`;
  }

  private evict(): void {
    while (this.flows.size > Math.max(1, this.capacity)) {
      const oldest = this.flows.values().next().value as Flow;
      this.flows.delete(oldest.id);
      if (oldest.token) this.byToken.delete(oldest.token);
    }
  }
}
