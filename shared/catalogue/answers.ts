/**
 * Every answer a sandbox handler can give, in one table: which status, when, with which official
 * code. The endpoints' `responses` (and so /openapi.json) are built from it, and one test drives
 * every (endpoint, answer) pair listed here, through the sandbox directly and through Prism
 * (server/sandbox/contract/), so a status the sandbox sends but this table lacks, or one listed
 * here that no request can produce, fails a test.
 */
import type { EndpointId } from './endpoint.ts';

export type AnswerStatus = 200 | 202 | 302 | 400 | 401 | 403 | 404 | 409 | 410 | 413 | 429 | 500 | 503;

export interface Answer {
  status: AnswerStatus;
  /** When the sandbox gives it, said to the partner reading the OpenAPI document. */
  when: string;
  errorCode?: string;
}

export const ANSWERS = {
  'fault-500': { status: 500, when: 'the request carried `x-sandbox-fault: status=500` (sandbox), or an unexpected error' },
  'fault-503': { status: 503, when: 'the request carried `x-sandbox-fault: status=503` (sandbox)' },
  'fault-header-invalid': { status: 400, when: '`x-sandbox-fault` has a value other than status=500, status=503 or delay=<ms> (sandbox)' },
  'store-unavailable': { status: 503, when: "the sandbox's shared store (Redis) is unreachable; the request was fine, retry later" },
  'credentials-invalid': {
    status: 401,
    when: '`x-client-id` / `x-client-secret` are missing or do not name a registered client (`errors[0].path` is `headers`)',
  },
  'body-unreadable': {
    status: 400,
    when: 'the body is not a JSON object: wrong Content-Type, empty, not UTF-8 or not JSON (`errors[0].path` is `(body)`)',
  },
  'body-too-large': { status: 413, when: 'the body is larger than 1 MB' },
  'body-invalid': { status: 400, when: 'a field is missing, unknown or malformed; `errors` names each field and how to fix it' },
  'field-ignored-strict': {
    status: 400,
    errorCode: 'D20001',
    when: 'strict clients only (a per-client sandbox option): a field the sandbox ignores for this request was sent; other clients get the same words as a warning in `x-sandbox-warnings` and a normal answer',
  },
  'scenario-header-invalid': {
    status: 400,
    when: '`x-sandbox-scenario` or `x-sandbox-persona` has a value the sandbox does not know (sandbox)',
  },
  'redirect-unregistered': {
    status: 400,
    errorCode: 'D20008',
    when: 'the `redirect` (or `redirectURI`) is not registered for this client',
  },
  'rate-limited': { status: 429, when: 'this client started more initiations in the last minute than the sandbox allows' },
  'transaction-cap': { status: 503, when: 'the sandbox holds as many live transactions as it allows; poll or reset yours, or retry later' },
  initiated: { status: 200, when: 'the request was started' },
  'token-invalid': { status: 401, when: 'the `token` was not issued by this sandbox to this client, was tampered with or has expired' },
  'token-not-auth': { status: 401, when: 'the `token` is from another service; chained operations need the Authentication token' },
  'login-not-approved': {
    status: 401,
    errorCode: 'D20009',
    when: 'the login behind the token is not approved yet, has expired (4 hours) or was reset',
  },
  'scope-not-granted': {
    status: 400,
    errorCode: 'D20012',
    when: 'the login did not grant the scope this operation needs; ask for it in the Authentication `scope`',
  },
  'persona-mismatch': { status: 400, when: '`x-sandbox-persona` names someone else than the person who logged in (sandbox)' },
  'poll-pending': { status: 202, when: 'the user has not acted yet; poll again' },
  'poll-success': { status: 200, when: 'the user approved: the result, once (the first successful poll takes it)' },
  'poll-rejected': { status: 403, when: 'the user rejected or cancelled; `errorCode` tells which (e.g. D40001 / D40000)' },
  'poll-timed-out': { status: 410, when: 'the request expired before the user acted (`errorCode` e.g. D40003)' },
  'poll-gone': { status: 410, when: 'the result was already collected, or deleted 18 minutes after it was created' },
  'poll-code-missing': { status: 400, when: 'an App-to-App result was polled without the `code` the app received' },
  'poll-code-wrong': {
    status: 401,
    errorCode: 'D40004',
    when: 'an App-to-App result was polled with a `code` that is not the one the app received',
  },
  'poll-code-expired': {
    status: 401,
    errorCode: 'D40004',
    when: 'an App-to-App result was polled with its `code` after the code expired (120 s by default)',
  },
  'callback-redirect': { status: 302, when: "the user is sent to the transaction's registered redirect" },
  'callback-invalid': { status: 400, when: 'a parameter is missing, repeated, malformed or does not match a live transaction' },
  'control-ok': { status: 200, when: 'done' },
  'control-not-found': { status: 404, when: 'no live transaction of this client has that token or ticketID' },
  'control-not-pending': { status: 409, when: 'the transaction is no longer pending (already decided, timed out or collected)' },
} as const satisfies Record<string, Answer>;

export type AnswerId = keyof typeof ANSWERS;

/** What any call to the sandbox can answer, whatever the endpoint (the fault header and the store sit in front of all of them). */
export const EVERY_CALL = ['fault-500', 'fault-503', 'fault-header-invalid', 'store-unavailable'] as const satisfies readonly AnswerId[];

/** Every POST with a JSON body and client credentials. */
export const BODY_CALL = [
  ...EVERY_CALL,
  'credentials-invalid',
  'body-unreadable',
  'body-too-large',
  'body-invalid',
] as const satisfies readonly AnswerId[];

const INITIATION = [
  ...BODY_CALL,
  'initiated',
  'scenario-header-invalid',
  'rate-limited',
  'transaction-cap',
] as const satisfies readonly AnswerId[];
const ANONYMOUS = [...INITIATION, 'redirect-unregistered'] as const satisfies readonly AnswerId[];
const CHAINED = [
  ...INITIATION,
  'token-invalid',
  'token-not-auth',
  'login-not-approved',
  'persona-mismatch',
] as const satisfies readonly AnswerId[];

/** The answers of each API endpoint. */
export const ENDPOINT_ANSWERS: Record<EndpointId, readonly AnswerId[]> = {
  auth: ANONYMOUS,
  formfilling: [...CHAINED, 'scope-not-granted'],
  signing: [...CHAINED, 'scope-not-granted'],
  'pdf-signing': [...CHAINED, 'scope-not-granted'],
  reauth: CHAINED,
  ccic: CHAINED,
  poll: [
    ...BODY_CALL,
    'field-ignored-strict',
    'token-invalid',
    'poll-pending',
    'poll-success',
    'poll-rejected',
    'poll-timed-out',
    'poll-gone',
    'poll-code-missing',
    'poll-code-wrong',
    'poll-code-expired',
  ],
  'formfilling-anonymous': [...ANONYMOUS, 'field-ignored-strict'],
  'signing-anonymous': ANONYMOUS,
  'pdf-signing-anonymous': ANONYMOUS,
  callback: [...EVERY_CALL, 'callback-redirect', 'callback-invalid'],
};

/** The answers of a list, grouped by status, in the order listed. */
export function answersByStatus(ids: readonly AnswerId[]): Map<AnswerStatus, Answer[]> {
  const out = new Map<AnswerStatus, Answer[]>();
  for (const id of ids) {
    const answer: Answer = ANSWERS[id];
    out.set(answer.status, [...(out.get(answer.status) ?? []), answer]);
  }
  return out;
}
