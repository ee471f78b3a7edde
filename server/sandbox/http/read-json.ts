/**
 * Reads a request's JSON body with the checks the API needs before validation: JSON content type,
 * at most 1 MB (by Content-Length and while streaming, so chunked bodies are capped too), and
 * parseable JSON. Each failure is a 4xx with the API's error body, never a 500.
 */
import { MESSAGES } from '../../../shared/catalogue/index.ts';
import { ApiError, errorResponse, EXTRA_MESSAGES } from './api-error.ts';
import { readCapped, TooLarge } from '../../http/read-capped.ts';

export const MAX_BODY_BYTES = 1 << 20;

function tooLarge(): ApiError {
  return new ApiError(errorResponse(413, EXTRA_MESSAGES[413], { errors: [{ path: '(body)', message: `the body is larger than ${MAX_BODY_BYTES} bytes; send at most 1 MB` }] }));
}

function bad(message: string): ApiError {
  return new ApiError(errorResponse(400, MESSAGES[400], { errors: [{ path: '(body)', message }] }));
}

async function readBody(req: Request): Promise<Uint8Array> {
  const length = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(length) && length > MAX_BODY_BYTES) throw tooLarge();
  // A declared small length needs no chunk-by-chunk cap (the common, faster path); a body longer
  // than its Content-Length is cut off by the HTTP layer. Checked before touching `req.body`:
  // on @hono/node-server that getter builds a whole web Request (stream, AbortController), while
  // arrayBuffer() reads the socket's buffer directly.
  if (Number.isFinite(length)) return length === 0 ? new Uint8Array() : new Uint8Array(await req.arrayBuffer());
  try {
    return await readCapped(req.body, MAX_BODY_BYTES);
  } catch (err) {
    if (err instanceof TooLarge) throw tooLarge();
    throw err;
  }
}

export async function readJson(req: Request): Promise<unknown> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') throw bad(`Content-Type must be application/json${type ? `, got ${type.slice(0, 60)}` : ''}`);
  const bytes = await readBody(req);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw bad('the body is not valid UTF-8');
  }
  if (text.trim() === '') throw bad('the body is empty; send a JSON object');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw bad(`the body is not valid JSON (${(err as Error).message.slice(0, 120)})`);
  }
}
