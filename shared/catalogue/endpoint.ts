import type { JsonSchema } from './json-schema.ts';
import type { Scope } from './values.ts';
import type { AnswerStatus } from './answers.ts';
import type { OfficialCode } from '../errors/official-codes.ts';

export const ENDPOINT_IDS = [
  'auth',
  'formfilling',
  'signing',
  'pdf-signing',
  'reauth',
  'ccic',
  'poll',
  'formfilling-anonymous',
  'signing-anonymous',
  'pdf-signing-anonymous',
  'callback',
] as const;
export type EndpointId = (typeof ENDPOINT_IDS)[number];

/** The endpoints that start a transaction the user approves on the phone. */
export type InitiationId = Exclude<EndpointId, 'poll' | 'callback'>;

function isInitiation(id: EndpointId): id is InitiationId {
  return id !== 'poll' && id !== 'callback';
}

/** Every initiation, in catalogue order (also the callback's `service` values). */
export const INITIATION_IDS: readonly InitiationId[] = ENDPOINT_IDS.filter(isInitiation);

export type EndpointGroup = 'authenticated' | 'anonymous' | 'results';

/** What the simulated app shows and what the callback calls the service (`service=` on the redirect). */
export type DeepLinkKind = 'auth' | 'profile' | 'hash-sign' | 're-auth';

/** Marks what Fill Easy's public material does not describe: the sandbox decided (catalogue, OpenAPI, docs). */
export const UNDOCUMENTED = 'Undocumented by Fill Easy; behaviour chosen by the sandbox.';

export interface ResponseSpec {
  description: string;
  schema?: JsonSchema;
}

/** Official codes the transaction ends with when the user does not approve (docs/sandbox-contract.md §6). */
/** The official codes a request ends with when the user does not approve (docs/api-facts.md §5.10). */
export interface Outcomes {
  rejected: OfficialCode;
  cancelled: OfficialCode;
  timedOut: OfficialCode;
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
  /** Every status the sandbox can answer, built from the answer table (answers.ts) plus the success bodies. */
  responses: Partial<Record<AnswerStatus, ResponseSpec>>;
  /** Set when Fill Easy's public material does not describe the endpoint at all: the sandbox chose its behaviour. */
  undocumented?: true;
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
