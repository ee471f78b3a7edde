/**
 * Error bodies of the sandbox API (docs/sandbox-contract.md §3): `{ status, message, errorCode?, errors? }`
 * with the documented messages. Nothing in here ever echoes a header value or a secret.
 */
import { MESSAGES } from '../../../shared/catalogue/index.ts';
import type { FieldError } from '../../../shared/validation/validate.ts';

export const EXTRA_MESSAGES = {
  413: 'Payload Too Large - the body must be at most 1 MB',
  404: MESSAGES.notFound,
  405: 'Method Not Allowed',
  409: 'Conflict - the transaction is no longer pending',
  403: 'Forbidden',
  503: 'Service Unavailable - too many live per-test clients',
} as const;

export interface ApiErrorBody {
  status: number;
  message: string;
  errorCode?: string;
  errors?: FieldError[];
}

export function errorBody(status: number, message: string, extra: { errorCode?: string; errors?: FieldError[] } = {}): ApiErrorBody {
  return {
    status,
    message,
    ...(extra.errorCode ? { errorCode: extra.errorCode } : {}),
    ...(extra.errors?.length ? { errors: extra.errors } : {}),
  };
}

export function errorResponse(status: number, message: string, extra: { errorCode?: string; errors?: FieldError[] } = {}): Response {
  return Response.json(errorBody(status, message, extra), { status });
}

export const badRequest = (errors: FieldError[], errorCode?: string): Response => errorResponse(400, MESSAGES[400], { errors, errorCode });
export const unauthorized = (reason?: string, errorCode?: string): Response =>
  errorResponse(401, MESSAGES[401], { errorCode, errors: reason ? [{ path: 'token', message: reason }] : undefined });

/** Thrown inside handlers to end the request with an API error. */
export class ApiError extends Error {
  constructor(readonly response: Response) {
    super(`sandbox API error ${response.status}`);
  }
}
