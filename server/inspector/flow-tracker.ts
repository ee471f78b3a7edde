/**
 * Groups exchanges into flows. An initiation opens a flow; a later call whose body carries that
 * flow's `token` (polls, control calls, chained initiations) joins it; a chained initiation opens
 * a child flow. The state lives in a FlowStore (memory, or Redis shared by every instance), and
 * every change to a stored flow goes through `store.update`, so two instances adding to one flow
 * at once both land.
 *
 * In two steps (issue 18): `place` decides the exchange's flow while the proxy still holds the
 * answer (which flow a token names; opening the flow an initiation starts, so the next call
 * finds it), so the answer can name it; `join` does the rest (the flow's exchange list, status,
 * ticket, sandbox transaction, parent; the live events) from the recording queue, off the path.
 */
import { decodeJwt } from 'jose';
import { INITIATIONS, type EndpointId } from '../../shared/catalogue/index.ts';
import type { TransactionKey } from '../sandbox/changes/find-transaction.ts';
import type { TransactionView } from '../sandbox/changes/transaction-view.ts';
import type { EventBus } from './event-bus.ts';
import { flowIdFromRedirect } from '../../shared/inspector/flow-id.ts';
import { ticketFromInitiation, type CallbackRecord, type Flow } from './flow.ts';
import { statusFromCallback, statusFromPoll } from '../../shared/inspector/flow-status.ts';
import { applyTransaction } from './flow-transaction.ts';
import type { FlowStore } from './inspector-store.ts';
import { newFlowId } from './record-ids.ts';

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

/** The token's `sub`: the sandbox transaction's id. */
export function subjectOf(token: string | undefined): string | undefined {
  if (!token) return undefined;
  try {
    const sub = decodeJwt(token).sub;
    return typeof sub === 'string' && sub.length <= 128 ? sub : undefined;
  } catch {
    return undefined;
  }
}

/** Where an exchange goes: its flow (known before the answer leaves) and the joining still to do. */
export interface Placement {
  flowId?: string;
  /** The flow's exchange list, status, ticket, transaction and parent, and the live events; run off the path. */
  join(): Promise<void>;
}

const NO_FLOW: Placement = { join: async () => undefined };

export class FlowTracker {
  /** The playground's sandbox client's transactions, when the sandbox is followed (sandbox-sync.ts). */
  sandbox?: { find(key: TransactionKey): Promise<TransactionView | undefined> };

  /**
   * @param settled resolves once the recording queue has run what was queued so far: reads wait
   * for it, so a flow an answer named is there to read.
   */
  constructor(
    readonly store: FlowStore,
    private readonly bus: EventBus,
    private readonly settled: () => Promise<void> = async () => undefined,
  ) {}

  /** Decides the exchange's flow, opening one for an initiation; the rest is `join`. */
  async place(f: ExchangeFacts): Promise<Placement> {
    const sentToken = tokenOf(f.requestBody);
    if (f.endpointId && INITIATION_IDS.has(f.endpointId)) return this.open(f, sentToken);
    const id = sentToken ? await this.store.byToken(sentToken) : undefined;
    if (!id) return NO_FLOW;
    return {
      flowId: id,
      join: async () => {
        const flow = await this.store.update(id, (flow) => {
          flow.exchanges.push(f.exchangeId);
          if (f.endpointId === 'poll' && f.status !== undefined)
            flow.status = statusFromPoll(flow.status, flow.endpointId, f.status, f.responseBody);
          flow.updatedAt = f.at.toISOString();
        });
        if (flow) this.bus.emit('flow', flow);
      },
    };
  }

  /** Both steps at once; resolves to the flow id. */
  async recordExchange(f: ExchangeFacts): Promise<string | undefined> {
    const placed = await this.place(f);
    await placed.join();
    return placed.flowId;
  }

  async recordCallback(record: CallbackRecord): Promise<void> {
    await this.settled();
    const flow = record.flowId
      ? await this.store.update(record.flowId, (flow) => {
          flow.callbacks.push(record);
          flow.status = statusFromCallback(flow.status, flow.endpointId, record.query);
          flow.updatedAt = record.at;
        })
      : undefined;
    if (flow) this.bus.emit('flow', flow);
    this.bus.emit('callback', record);
  }

  async get(id: string): Promise<Flow | undefined> {
    await this.settled();
    return this.store.get(id);
  }

  /** Newest first. */
  async list(): Promise<Flow[]> {
    await this.settled();
    return this.store.list();
  }

  async clear(): Promise<void> {
    await this.settled();
    return this.store.clear();
  }

  private async open(f: ExchangeFacts, sentToken: string | undefined): Promise<Placement> {
    const at = f.at.toISOString();
    const token = f.status === 200 ? tokenOf(f.responseBody) : undefined;
    const parent = sentToken ? await this.store.byToken(sentToken) : undefined;
    const claim = (flow: Flow): Flow => {
      flow.endpointId = f.endpointId!;
      flow.status = token ? 'pending' : 'error';
      flow.token = token;
      if (parent && parent !== flow.id) flow.parent = parent;
      flow.updatedAt = at;
      return flow;
    };
    const wanted = flowIdFromRedirect(f.requestBody);
    // A failed initiation sent again with the same flow id (the user fixed the body) reuses its flow.
    let flow = wanted ? await this.store.update(wanted, (existing) => (existing.token ? false : void claim(existing))) : undefined;
    for (let attempt = 0; !flow; attempt++) {
      // The SPA's chosen id when it is free; else ours (random, so a retry never meets the same one).
      const id = attempt === 0 && wanted ? wanted : newFlowId();
      const fresh = claim({
        id,
        env: f.env,
        endpointId: f.endpointId!,
        createdAt: at,
        updatedAt: at,
        status: 'pending',
        exchanges: [],
        callbacks: [],
        children: [],
      });
      if (await this.store.create(fresh)) flow = fresh;
      else if (attempt > 3) throw new Error('could not find a free flow id');
    }
    const id = flow.id;
    // Indexed now: the next call (a poll with this token) may come before the join has run.
    if (token) await this.store.indexToken(token, id);
    return { flowId: id, join: () => this.joinOpened(f, id, token, parent) };
  }

  private async joinOpened(f: ExchangeFacts, id: string, token: string | undefined, parent: string | undefined): Promise<void> {
    const at = f.at.toISOString();
    const ticket = token ? ticketFromInitiation(f.responseBody) : undefined;
    const sub = f.env === 'sandbox' && this.sandbox ? subjectOf(token) : undefined;
    // Indexed before the read: a change the sandbox makes meanwhile then finds the flow (sandbox-sync.ts).
    if (sub) await this.store.indexTransaction(sub, id);
    // Read once the sandbox answered: a scenario header may already have decided it.
    const tx = sub ? await this.sandbox?.find({ id: sub }).catch(() => undefined) : undefined;
    const flow = await this.store.update(id, (flow) => {
      flow.exchanges.push(f.exchangeId);
      if (ticket) flow.ticketID = ticket;
      if (tx) applyTransaction(flow, tx, f.at);
      flow.updatedAt = at;
    });
    if (parent && parent !== id) {
      const p = await this.store.update(parent, (p) => {
        if (p.children.includes(id)) return false;
        p.children.push(id);
        p.exchanges.push(f.exchangeId);
        p.updatedAt = at;
      });
      if (p) this.bus.emit('flow', p);
    }
    if (flow) this.bus.emit('flow', flow);
  }
}
