/**
 * The server's flow and exchange records, as docs/playground-api.md defines them.
 */
import type { Exchange, Flow } from '../../../../shared/inspector/records.ts';

export type { CallbackRecord, Exchange, Flow, FlowStatus } from '../../../../shared/inspector/records.ts';

export type FlowSummary = Pick<Flow, 'id' | 'env' | 'endpointId' | 'createdAt' | 'updatedAt' | 'status'> & Partial<Flow>;

/** A flow and everything needed to show it again: what an export file holds. */
export interface FlowBundle {
  flows: Flow[];
  exchanges: Exchange[];
}
