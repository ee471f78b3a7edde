/**
 * The server's flow and exchange records, as docs/playground-api.md defines them.
 */
import type { EndpointId } from '../../../../shared/catalogue/index.ts';

export type FlowStatus = 'pending' | 'approved' | 'rejected' | 'cancelled' | 'timed_out' | 'collected' | 'deleted' | 'error';

export interface CallbackRecord {
  at: string;
  query: Record<string, string>;
  flowId?: string;
  problems: ('unknown_flow' | 'state_mismatch' | 'replay')[];
}

export interface Flow {
  id: string;
  env: string;
  endpointId: EndpointId;
  createdAt: string;
  updatedAt: string;
  token?: string;
  status: FlowStatus;
  exchanges: string[];
  callbacks: CallbackRecord[];
  children: string[];
  parent?: string;
}

export type FlowSummary = Pick<Flow, 'id' | 'env' | 'endpointId' | 'createdAt' | 'updatedAt' | 'status'> & Partial<Flow>;

export interface Exchange {
  id: string;
  env: string;
  endpointId?: EndpointId;
  flowId?: string;
  startedAt: string;
  request: { method: string; path: string; query?: string; headers: Record<string, string>; body?: unknown; bodyTruncated?: boolean };
  response?: { status: number; headers: Record<string, string>; body?: unknown; bodyTruncated?: boolean };
  error?: { code: string; message: string };
  timings: { totalMs: number; upstreamMs?: number };
}

/** A flow and everything needed to show it again: what an export file holds. */
export interface FlowBundle {
  flows: Flow[];
  exchanges: Exchange[];
}
