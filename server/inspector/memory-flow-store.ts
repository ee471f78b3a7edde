/**
 * The in-memory FlowStore: flows in creation order (a Map, so the oldest is the first key; its
 * capacity is only a safety bound, the exchange log evicts flows by retention), the
 * token -> flow and transaction -> flow indexes, and the bounded memory of callback codes already seen.
 */
import type { Flow } from './flow.ts';
import type { FlowStore } from './inspector-store.ts';

const MAX_CODES = 10_000;

export class MemoryFlowStore implements FlowStore {
  private readonly flows = new Map<string, Flow>();
  private readonly tokens = new Map<string, string>();
  private readonly transactions = new Map<string, string>();
  private readonly codes = new Set<string>();

  constructor(private readonly capacity: number) {}

  async get(id: string): Promise<Flow | undefined> {
    return this.flows.get(id);
  }

  async list(): Promise<Flow[]> {
    return [...this.flows.values()].reverse();
  }

  async byToken(token: string): Promise<string | undefined> {
    return this.tokens.get(token);
  }

  async indexToken(token: string, flowId: string): Promise<void> {
    this.tokens.set(token, flowId);
  }

  async byTransaction(transactionId: string): Promise<string | undefined> {
    return this.transactions.get(transactionId);
  }

  async indexTransaction(transactionId: string, flowId: string): Promise<void> {
    this.transactions.set(transactionId, flowId);
  }

  async create(flow: Flow): Promise<boolean> {
    if (this.flows.has(flow.id)) return false;
    this.flows.set(flow.id, flow);
    while (this.flows.size > Math.max(1, this.capacity)) this.forget(this.flows.values().next().value as Flow);
    return true;
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) {
      const flow = this.flows.get(id);
      if (flow) this.forget(flow);
    }
  }

  private forget(flow: Flow): void {
    this.flows.delete(flow.id);
    if (flow.token && this.tokens.get(flow.token) === flow.id) this.tokens.delete(flow.token);
    const tx = flow.transaction?.id;
    if (tx && this.transactions.get(tx) === flow.id) this.transactions.delete(tx);
  }

  async update(id: string, change: (flow: Flow) => boolean | void): Promise<Flow | undefined> {
    const flow = this.flows.get(id);
    if (!flow || change(flow) === false) return undefined;
    return flow;
  }

  async seenCode(code: string): Promise<boolean> {
    if (this.codes.has(code)) return true;
    if (this.codes.size >= MAX_CODES) this.codes.delete(this.codes.values().next().value as string);
    this.codes.add(code);
    return false;
  }

  async clear(): Promise<void> {
    this.flows.clear();
    this.tokens.clear();
    this.transactions.clear();
  }
}
