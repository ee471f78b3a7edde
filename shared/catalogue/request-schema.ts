import type { EndpointId } from './endpoint.ts';
import type { JsonSchema } from './json-schema.ts';
import { endpoint } from './lookup.ts';

/** The standalone JSON Schema (2020-12) of an endpoint's request, as the editor loads it. */
export function requestSchema(id: EndpointId): JsonSchema & { $id: string } {
  const spec = endpoint(id);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://iamsmart-playground.local/schemas/${id}.request.json`,
    title: `${spec.title} ${spec.requestIn === 'query' ? 'query' : 'request body'}`,
    description: spec.summary,
    ...spec.request,
  };
}
