/** The recorded shape of one proxied call (docs/playground-api.md, "Exchanges"). */
import type { EndpointId } from '../../shared/catalogue/index.ts';

export interface ExchangeRequest {
  method: string;
  path: string;
  query?: string;
  headers: Record<string, string>;
  body?: unknown;
  bodyTruncated?: boolean;
}

export interface ExchangeResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  bodyTruncated?: boolean;
}

export interface Exchange {
  id: string;
  env: string;
  endpointId?: EndpointId;
  flowId?: string;
  startedAt: string;
  request: ExchangeRequest;
  response?: ExchangeResponse;
  error?: { code: string; message: string };
  timings: { totalMs: number; upstreamMs?: number };
}

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
