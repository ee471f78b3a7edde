/**
 * Response bodies. The documented messages (FE-DOC2, FE-SEED) are exported so the sandbox speaks
 * exactly these words; shapes where the docs are silent follow docs/sandbox-contract.md §3, §6.
 */
import type { JsonSchema } from './json-schema.ts';
import type { ResponseSpec } from './endpoint.ts';
import { answersByStatus, type Answer, type AnswerId, type AnswerStatus } from './answers.ts';
import { TOKEN_PATTERN } from './values.ts';
import { PROBLEM_CODES } from '../validation/problems.ts';

export const MESSAGES = {
  400: 'Bad Request - Invalid input parameters',
  401: 'Unauthorized - Token is missing, invalid, or expired',
  500: 'Internal Server Error',
  pending: 'Result Pending, user has not completed the action',
  success: 'Success',
  rejected: 'User rejected the request',
  timedOut: 'The request expired before the user completed it',
  deleted: 'Personal data is deleted after 18 minutes / after first successful poll',
  tooMany: 'Too Many Requests - slow down initiations',
  unavailable: 'Service Unavailable - too many live transactions',
  notFound: 'Not Found',
} as const;

export const fieldError: JsonSchema = {
  type: 'object',
  properties: {
    path: {
      type: 'string',
      description:
        'Where the problem is, exactly as sent: a body field (`redirect`, `formData.formFields[2]`), a query parameter (Callback), a request header ' +
        '(`x-sandbox-fault`, `x-sandbox-scenario`, `x-sandbox-persona`), or one of `(body)` (the body as a whole), `headers` (the client credentials), ' +
        "`(path)` (no such endpoint), `(method)` (wrong HTTP method), `(client)` (this client's rate limit), `(sandbox)` (the sandbox's capacity), `(transaction)` (control API: its state).",
    },
    message: { type: 'string', description: 'What is wrong and how to fix it.' },
    code: {
      type: 'string',
      enum: PROBLEM_CODES,
      description:
        "Present when the request schema's check found the problem: what kind of problem it is, so a client can word it in its own language from `params` (the playground does).",
    },
    params: {
      type: 'object',
      description: 'What the words of `code` name (the limit, the valid values, the value sent cut to 40 characters).',
    },
  },
  required: ['path', 'message'],
};

export const errorBody: JsonSchema = {
  type: 'object',
  description:
    'Error body of every endpoint: the status, the documented message, an official iAM Smart code where one fits, and what to fix.',
  properties: {
    status: { type: 'integer', description: 'The HTTP status, repeated.' },
    message: { type: 'string', description: 'The documented message for the status.' },
    errorCode: { type: 'string', pattern: '^D\\d{5}$', description: 'Official iAM Smart code (D + 5 digits) where one fits.' },
    errors: { type: 'array', items: fieldError, description: 'What was wrong, field by field.' },
  },
  required: ['status', 'message'],
};

export function errorResponse(description: string): { description: string; schema: JsonSchema } {
  return { description, schema: errorBody };
}

const tokenField: JsonSchema = { type: 'string', pattern: TOKEN_PATTERN, description: 'Keep it: poll with it, chain with it.' };
const urlField: JsonSchema = {
  type: 'string',
  description: 'Browser sources: the iAM Smart QR page. App sources: the deep link that opens iAM Smart.',
};
const hkicField: JsonSchema = {
  type: 'string',
  pattern: '^\\d{4}$',
  description: 'The 4-digit identification code; the user checks the app shows the same digits before signing.',
};

export function initiated(opts: { url: 'always' | 'app' | 'never'; hkic: boolean }): JsonSchema {
  const properties: Record<string, JsonSchema> = { token: tokenField };
  const required = ['token'];
  if (opts.url !== 'never') {
    properties.url = opts.url === 'app' ? { ...urlField, description: 'Present for app sources only: the deep link.' } : urlField;
    if (opts.url === 'always') required.push('url');
  }
  if (opts.hkic) {
    properties.hkic = hkicField;
    required.push('hkic');
  }
  return { type: 'object', properties, required };
}

export const pollPending: JsonSchema = {
  type: 'object',
  properties: { status: { type: 'integer', const: 202 }, message: { type: 'string', const: MESSAGES.pending } },
  required: ['status', 'message'],
};

export const pollSuccess: JsonSchema = {
  type: 'object',
  properties: {
    status: { type: 'integer', const: 200 },
    message: { type: 'string', const: MESSAGES.success },
    data: {
      type: 'string',
      description:
        'Compact JWE (alg dir, enc A256GCM, kid = client id) whose key is your client secret (its 32 bytes when it is 64 hex characters, else its SHA-256).',
    },
  },
  required: ['status', 'message', 'data'],
};

/** The headline of each status in the descriptions: the documented message where Fill Easy gives one. */
export const STATUS_TITLES: Record<AnswerStatus, string> = {
  200: MESSAGES.success,
  202: MESSAGES.pending,
  302: 'Found',
  400: MESSAGES[400],
  401: MESSAGES[401],
  403: MESSAGES.rejected,
  404: MESSAGES.notFound,
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  429: MESSAGES.tooMany,
  500: MESSAGES[500],
  503: 'Service Unavailable',
};

/** "Title. When a (errorCode D…); or b." — the English of an error status; texts/ words it per language. */
export function errorMeaning(title: string, answers: readonly Pick<Answer, 'when' | 'errorCode'>[]): string {
  const when = answers.map((a) => `${a.when}${a.errorCode ? ` (errorCode ${a.errorCode})` : ''}`);
  return `${title}. When ${when.join('; or ')}.`;
}

/**
 * An endpoint's responses: every status its answers (answers.ts) can take, the success ones with
 * their own description and body, the others with the error body and the list of when they happen.
 */
export function responsesFor(
  ids: readonly AnswerId[],
  success: Partial<Record<200 | 202 | 302, ResponseSpec>>,
): Partial<Record<AnswerStatus, ResponseSpec>> {
  const out: Partial<Record<AnswerStatus, ResponseSpec>> = {};
  for (const [status, answers] of answersByStatus(ids)) {
    const own = (success as Partial<Record<AnswerStatus, ResponseSpec>>)[status];
    if (own) {
      out[status] = own;
      continue;
    }
    out[status] = errorResponse(errorMeaning(STATUS_TITLES[status], answers));
  }
  return out;
}
