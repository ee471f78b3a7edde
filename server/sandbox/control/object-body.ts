/** The body of a control call: a JSON object, or nothing at all (an empty POST means `{}`). */
import type { Context } from 'hono';
import { ApiError, badRequest } from '../http/api-error.ts';
import { readJson } from '../http/read-json.ts';

export async function objectBody(c: Context): Promise<Record<string, unknown>> {
  const body = c.req.header('content-length') === '0' && !c.req.header('content-type') ? {} : await readJson(c.req.raw);
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new ApiError(badRequest([{ path: '(body)', message: '(body): must be a JSON object' }]));
  return body as Record<string, unknown>;
}
