/** The recorded shape of one proxied call (docs/playground-api.md, "Exchanges"). */
import type { Exchange } from '../../shared/inspector/records.ts';

export type { Exchange, ExchangeRequest, ExchangeResponse } from '../../shared/inspector/records.ts';

export function exchangeSummary(e: Exchange) {
  return {
    id: e.id,
    env: e.env,
    endpointId: e.endpointId,
    flowId: e.flowId,
    method: e.request.method,
    path: e.request.path,
    status: e.response?.status,
    error: e.error,
    startedAt: e.startedAt,
    timings: e.timings,
  };
}
