/**
 * The OpenAPI 3.1 document, generated from the catalogue (never written by hand). OpenAPI 3.1
 * schemas are JSON Schema 2020-12, so the catalogue's schemas go in as they are, minus our own
 * `x-explain` hints, which stay as extensions (allowed by the spec).
 */
import { ENDPOINTS } from '../catalogue/endpoints.ts';
import type { EndpointSpec } from '../catalogue/endpoint.ts';
import type { JsonSchema } from '../catalogue/json-schema.ts';
import { errorBody } from '../catalogue/responses.ts';

type Json = Record<string, unknown>;

const GROUP_TAGS: Record<EndpointSpec['group'], string> = {
  authenticated: 'Authenticated flow',
  anonymous: 'Anonymous flow',
  results: 'Results and callback',
};

function queryParameters(schema: JsonSchema): Json[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: required.has(name),
    description: s.description,
    schema: { ...s, description: undefined },
  }));
}

function operation(spec: EndpointSpec): Json {
  const responses: Json = {};
  for (const [status, r] of Object.entries(spec.responses)) {
    responses[status] = r.schema ? { description: r.description, content: { 'application/json': { schema: r.schema } } } : { description: r.description };
  }
  const op: Json = {
    operationId: spec.id,
    summary: spec.summary,
    description: spec.description,
    tags: [GROUP_TAGS[spec.group]],
    responses,
  };
  if (spec.requestIn === 'body') {
    op.requestBody = { required: true, content: { 'application/json': { schema: spec.request, example: spec.example } } };
    op.security = [{ clientId: [], clientSecret: [] }];
  } else {
    op.parameters = queryParameters(spec.request);
    op.security = [];
  }
  return op;
}

export function buildOpenApi(serverUrl = '/sandbox'): Json {
  const paths: Json = {};
  for (const spec of ENDPOINTS) {
    paths[spec.path] = { ...(paths[spec.path] as Json | undefined), [spec.method.toLowerCase()]: operation(spec) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Fill Easy iAM Smart API v2 (as emulated by iamsmart-playground)',
      version: '2.0.0',
      description:
        'Generated from the playground\'s endpoint catalogue. Paths and fields follow Fill Easy\'s public material; where it is silent, docs/sandbox-contract.md decides and the descriptions say so.',
    },
    servers: [{ url: serverUrl, description: 'The embedded sandbox' }],
    tags: Object.values(GROUP_TAGS).map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        clientId: { type: 'apiKey', in: 'header', name: 'x-client-id' },
        clientSecret: { type: 'apiKey', in: 'header', name: 'x-client-secret' },
      },
      schemas: { Error: errorBody },
    },
    security: [{ clientId: [], clientSecret: [] }],
  };
}
