import { HTTPException } from 'hono/http-exception';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { PLAYGROUND_ERRORS, type PlaygroundErrorCode } from '../../shared/errors/playground-errors.ts';

/** Thrown by the playground's own routes; turned into `{ error: { code, message, details } }` by onError. */
export class PlaygroundError extends HTTPException {
  constructor(
    readonly code: PlaygroundErrorCode,
    readonly detailMessage?: string,
    readonly details?: unknown,
  ) {
    super(PLAYGROUND_ERRORS[code].status as ContentfulStatusCode, { message: detailMessage ?? PLAYGROUND_ERRORS[code].message });
  }
}

export function playgroundErrorResponse(c: Context, code: PlaygroundErrorCode, message?: string, details?: unknown): Response {
  const { status, message: fallback } = PLAYGROUND_ERRORS[code];
  const error: Record<string, unknown> = { code, message: message ?? fallback };
  if (details !== undefined) error.details = details;
  return c.json({ error }, status as ContentfulStatusCode);
}
