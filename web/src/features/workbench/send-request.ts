import { endpoint, type EndpointId } from '../../../../shared/catalogue/index.ts';
import { sendThroughProxy, type ProxyResult } from '../../app/api-client.ts';
import { PERSONA_HEADER, SCENARIO_HEADER } from '../../../../shared/sandbox/scenario-header.ts';

export interface SandboxChoice {
  /** '' = none; else a scenario header value (shared/sandbox/scenario-header.ts). */
  scenario: string;
  persona: string;
}

export interface OutgoingRequest {
  env: string;
  endpointId: EndpointId;
  input: Record<string, unknown>;
  /** Sandbox headers; ignored for other environments. */
  sandbox?: SandboxChoice;
}

export type SendOutcome = { kind: 'response'; result: ProxyResult } | { kind: 'network'; message: string };

/** The extra headers a request carries: the scenario and persona, and only for the sandbox. */
export function sandboxHeaders(choice: SandboxChoice | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (choice?.scenario) headers[SCENARIO_HEADER] = choice.scenario;
  if (choice?.persona) headers[PERSONA_HEADER] = choice.persona;
  return headers;
}

/** A GET endpoint's input as query parameters (arrays and objects as JSON, as typed). */
export function toQuery(input: Record<string, unknown>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined || v === null) continue;
    query[k] = typeof v === 'string' ? v : JSON.stringify(v);
  }
  return query;
}

/** Sends through the proxy. Never throws: a dead server becomes a `network` outcome to explain. */
export async function sendRequest(req: OutgoingRequest): Promise<SendOutcome> {
  const spec = endpoint(req.endpointId);
  try {
    const result = await sendThroughProxy(req.env, spec.path, {
      method: spec.method,
      body: spec.requestIn === 'body' ? req.input : undefined,
      query: spec.requestIn === 'query' ? toQuery(req.input) : undefined,
      headers: sandboxHeaders(req.sandbox),
    });
    return { kind: 'response', result };
  } catch (e) {
    return { kind: 'network', message: e instanceof Error ? e.message : String(e) };
  }
}
