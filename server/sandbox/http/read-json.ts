/**
 * Reads a request's JSON body with the checks the API needs before validation: JSON content type,
 * at most 1 MB (by Content-Length and while streaming, so chunked bodies are capped too), and
 * parseable JSON nested at most 64 levels. Each failure is a 4xx with the API's error body, never a 500.
 */
import { MESSAGES } from '../../../shared/catalogue/index.ts';
import { ApiError, errorResponse, EXTRA_MESSAGES } from './api-error.ts';
import { readCappedRequest, TooLarge } from '../../http/read-capped.ts';
import { JsonTooDeep, parseBoundedJson } from '../../../shared/json/parse-bounded-json.ts';

export const MAX_BODY_BYTES = 1 << 20;

function tooLarge(): ApiError {
  return new ApiError(
    errorResponse(413, EXTRA_MESSAGES[413], {
      errors: [{ path: '(body)', message: `the body is larger than ${MAX_BODY_BYTES} bytes; send at most 1 MB` }],
    }),
  );
}

function bad(message: string): ApiError {
  return new ApiError(errorResponse(400, MESSAGES[400], { errors: [{ path: '(body)', message }] }));
}

async function readBody(req: Request): Promise<Uint8Array> {
  try {
    return await readCappedRequest(req, MAX_BODY_BYTES);
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
    return parseBoundedJson(text);
  } catch (err) {
    if (err instanceof JsonTooDeep)
      throw bad(`the body's ${err.message}; send the fields the endpoint documents, which nest at most a few levels`);
    throw bad(`the body is not valid JSON (${(err as Error).message.slice(0, 120)})`);
  }
}
