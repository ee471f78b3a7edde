/**
 * Response bodies. The documented messages (FE-DOC2, FE-SEED) are exported so the sandbox speaks
 * exactly these words; shapes where the docs are silent follow docs/sandbox-contract.md §3, §6.
 */
import type { JsonSchema } from './json-schema.ts';
import { TOKEN_PATTERN } from './values.ts';

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
    path: { type: 'string', description: 'Where in the body, e.g. `formData.formFields[2]`; empty for the body itself.' },
    message: { type: 'string', description: 'What is wrong and how to fix it.' },
  },
  required: ['path', 'message'],
};

export const errorBody: JsonSchema = {
  type: 'object',
  description: 'Error body of every endpoint (docs/sandbox-contract.md §3).',
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
