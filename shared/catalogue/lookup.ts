import type { EndpointId, EndpointSpec, InitiationId } from './endpoint.ts';
import { ENDPOINTS } from './endpoints.ts';

const byId = new Map<EndpointId, EndpointSpec>(ENDPOINTS.map((e) => [e.id, e]));

export function endpoint(id: EndpointId): EndpointSpec {
  const spec = byId.get(id);
  if (!spec) throw new TypeError(`unknown endpoint id: ${id}`);
  return spec;
}

export function isEndpointId(value: string): value is EndpointId {
  return byId.has(value as EndpointId);
}

/** Finds the endpoint a request is for, by method and API path (without the base URL). */
export function endpointFor(method: string, path: string): EndpointSpec | undefined {
  const bare = path.split('?')[0].replace(/\/+$/, '');
  return ENDPOINTS.find((e) => e.method === method.toUpperCase() && e.path === bare);
}

export const INITIATIONS = ENDPOINTS.filter((e) => e.id !== 'poll' && e.id !== 'callback') as (EndpointSpec & { id: InitiationId })[];
