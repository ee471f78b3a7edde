import type { JsonSchema } from './json-schema.ts';
import type { Scope } from './values.ts';

export const ENDPOINT_IDS = [
  'auth',
  'formfilling',
  'signing',
  'pdf-signing',
  'reauth',
  'poll',
  'formfilling-anonymous',
  'signing-anonymous',
  'pdf-signing-anonymous',
  'callback',
] as const;
export type EndpointId = (typeof ENDPOINT_IDS)[number];

/** The endpoints that start a transaction the user approves on the phone. */
export type InitiationId = Exclude<EndpointId, 'poll' | 'callback'>;

export type EndpointGroup = 'authenticated' | 'anonymous' | 'results';

/** What the simulated app shows and what the callback calls the service (`service=` on the redirect). */
export type DeepLinkKind = 'auth' | 'profile' | 'hash-sign' | 're-auth';

export interface ResponseSpec {
  description: string;
  schema?: JsonSchema;
}

/** Official codes the transaction ends with when the user does not approve (docs/sandbox-contract.md §6). */
export interface Outcomes {
  rejected: string;
  cancelled: string;
  timedOut: string;
}

export interface EndpointSpec {
  id: EndpointId;
  method: 'POST' | 'GET';
  /** Path relative to the API base URL, exactly as the real API has it. */
  path: string;
  group: EndpointGroup;
  title: string;
  summary: string;
  description: string;
  /** The JSON body (POST) or the query (GET), as one object schema. */
  request: JsonSchema;
  requestIn: 'body' | 'query';
  example: Record<string, unknown>;
  responses: Partial<Record<200 | 202 | 302 | 400 | 401 | 403 | 410 | 429 | 500 | 503, ResponseSpec>>;
  /**
   * Where this endpoint's `token` comes from. `approved: true` means the user must have approved that
   * earlier transaction first (the "authenticated user token"); `scopesAnyOf` is what the login must
   * have granted, else 400 D20012.
   */
  tokenFrom?: { endpoints: readonly EndpointId[] | 'any-initiation'; approved: boolean; scopesAnyOf?: readonly Scope[] };
  /** For initiations: the scope asked for when the request names none. */
  defaultScope?: Scope;
  deepLink?: DeepLinkKind;
  outcomes?: Outcomes;
}
