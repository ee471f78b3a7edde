/**
 * The OpenAPI 3.1 documents, generated from the catalogue (never written by hand):
 * - `buildOpenApi()`, served as /openapi.json: the Fill Easy API as the sandbox emulates it, every
 *   status each endpoint can answer (shared/catalogue/answers.ts), the decrypted results as named schemas;
 * - `buildSandboxOpenApi()`, served as /openapi-sandbox.json: the same plus what only the sandbox
 *   has, the `x-sandbox-*` headers and the control API (tag "Sandbox control").
 * OpenAPI 3.1 schemas are JSON Schema 2020-12, so the catalogue's schemas go in as they are, but
 * for the one rule rewritten for code generators (openapi-schema.ts).
 */
import { ENDPOINTS } from '../catalogue/endpoints.ts';
import { ANSWERS, answersByStatus, UNDOCUMENTED, type EndpointSpec } from '../catalogue/index.ts';
import type { JsonSchema } from '../catalogue/json-schema.ts';
import { errorBody } from '../catalogue/responses.ts';
import { CONTROL_OPERATIONS, type ControlOperation } from './control-api.ts';
import { openApiSchema } from './openapi-schema.ts';
import { resultComponents } from './result-components.ts';
import { SANDBOX_HEADERS } from './sandbox-notes.ts';

type Json = Record<string, unknown>;

const GROUP_TAGS: Record<EndpointSpec['group'], string> = {
  authenticated: 'Authenticated flow',
  anonymous: 'Anonymous flow',
  results: 'Results and callback',
};
const CONTROL_TAG = 'Sandbox control';

const ERROR = { $ref: '#/components/schemas/Error' };

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

function headerParameter(h: { name: string; description: string; pattern: string }): Json {
  return { name: h.name, in: 'header', required: false, description: h.description, schema: { type: 'string', pattern: h.pattern } };
}

/** Poll Data's 200 says what `data` decrypts to. */
function successSchema(spec: EndpointSpec, schema: JsonSchema): Json {
  const data = spec.id === 'poll' ? schema.properties?.data : undefined;
  if (!data) return schema as Json;
  return {
    ...schema,
    properties: {
      ...schema.properties,
      data: {
        ...data,
        contentMediaType: 'application/jose',
        contentSchema: { $ref: '#/components/schemas/DecryptedResult' },
        description: `${data.description} Decrypted: DecryptedResult (one schema per service).`,
      },
    },
  };
}

function operation(spec: EndpointSpec, sandbox: boolean): Json {
  const responses: Json = {};
  for (const [status, r] of Object.entries(spec.responses)) {
    const schema = r.schema === errorBody ? ERROR : r.schema ? successSchema(spec, r.schema) : undefined;
    const headers =
      sandbox && spec.requestIn === 'body'
        ? { [SANDBOX_HEADERS.warnings.name]: { description: SANDBOX_HEADERS.warnings.description, schema: { type: 'string' } } }
        : undefined;
    responses[status] = {
      description: r.description,
      ...(headers ? { headers } : {}),
      ...(schema ? { content: { 'application/json': { schema } } } : {}),
    };
  }
  const op: Json = {
    operationId: spec.id,
    summary: spec.summary,
    description: spec.description,
    tags: [GROUP_TAGS[spec.group]],
    responses,
    ...(spec.undocumented ? { 'x-undocumented': UNDOCUMENTED } : {}),
  };
  const sandboxHeaders = !sandbox
    ? []
    : spec.group === 'results'
      ? [SANDBOX_HEADERS.fault]
      : [SANDBOX_HEADERS.fault, SANDBOX_HEADERS.scenario, SANDBOX_HEADERS.persona];
  if (spec.requestIn === 'body') {
    op.requestBody = { required: true, content: { 'application/json': { schema: openApiSchema(spec.request), example: spec.example } } };
    op.security = [{ clientId: [], clientSecret: [] }];
    if (sandboxHeaders.length) op.parameters = sandboxHeaders.map(headerParameter);
  } else {
    op.parameters = [...queryParameters(spec.request), ...sandboxHeaders.map(headerParameter)];
    op.security = [];
  }
  return op;
}

function controlOperation(c: ControlOperation): Json {
  const responses: Json = {};
  for (const [status, answers] of answersByStatus(c.answers)) {
    const ok = answers.includes(ANSWERS['control-ok']);
    responses[status] = {
      description: answers.map((a) => a.when).join('; or '),
      content: { 'application/json': { schema: ok ? c.response : ERROR } },
    };
  }
  return {
    operationId: c.id,
    summary: c.summary,
    tags: [CONTROL_TAG],
    parameters: [headerParameter(SANDBOX_HEADERS.fault)],
    ...(c.request ? { requestBody: { required: true, content: { 'application/json': { schema: c.request } } } } : {}),
    responses,
    security: [{ clientId: [], clientSecret: [] }],
  };
}

function document(serverUrl: string, sandbox: boolean): Json {
  const paths: Record<string, Json> = {};
  for (const spec of ENDPOINTS) paths[spec.path] = { ...paths[spec.path], [spec.method.toLowerCase()]: operation(spec, sandbox) };
  if (sandbox) for (const c of CONTROL_OPERATIONS) paths[c.path] = { ...paths[c.path], [c.method.toLowerCase()]: controlOperation(c) };
  const tags = [...Object.values(GROUP_TAGS), ...(sandbox ? [CONTROL_TAG] : [])];
  return {
    openapi: '3.1.0',
    info: {
      title: sandbox
        ? 'iamsmart-playground sandbox: the Fill Easy iAM Smart API v2 plus its control API'
        : 'Fill Easy iAM Smart API v2 (as emulated by iamsmart-playground)',
      version: '2.0.0',
      description:
        "Generated from the playground's endpoint catalogue. Paths and fields follow Fill Easy's public material; where it is silent the sandbox decides, and the descriptions say so. " +
        'The partner guide (docs/partner-guide.md in the repository) explains the base URL, credentials, the JWE key and every result.' +
        (sandbox
          ? ' This document adds what only the sandbox has: the x-sandbox-* headers and the control API at /_control.'
          : ' The sandbox-only parts are in /openapi-sandbox.json.'),
    },
    servers: [{ url: serverUrl, description: 'The embedded sandbox (note the /sandbox prefix)' }],
    tags: tags.map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        clientId: { type: 'apiKey', in: 'header', name: 'x-client-id' },
        clientSecret: { type: 'apiKey', in: 'header', name: 'x-client-secret' },
      },
      schemas: { Error: errorBody, ...resultComponents() },
    },
    security: [{ clientId: [], clientSecret: [] }],
  };
}

export function buildOpenApi(serverUrl = '/sandbox'): Json {
  return document(serverUrl, false);
}

export function buildSandboxOpenApi(serverUrl = '/sandbox'): Json {
  return document(serverUrl, true);
}
