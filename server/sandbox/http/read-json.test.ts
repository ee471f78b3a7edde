import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, readJson } from './read-json.ts';
import { ApiError } from './api-error.ts';

/** A JSON object padded with spaces to exactly `size` bytes. */
function jsonOfSize(size: number): string {
  const text = JSON.stringify({ source: 'PC_Browser' });
  return text + ' '.repeat(size - text.length);
}

function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.subarray(at, at + 64 * 1024));
      at += 64 * 1024;
    },
  });
}

function request(text: string, how: 'announced' | 'chunked'): Request {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (how === 'announced') headers['content-length'] = String(new TextEncoder().encode(text).byteLength);
  const body = how === 'announced' ? text : chunked(text);
  return new Request('http://sandbox.test/x', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
}

async function statusOf(req: Request): Promise<number> {
  try {
    await readJson(req);
    return 200;
  } catch (err) {
    if (err instanceof ApiError) return err.response.status;
    throw err;
  }
}

describe('readJson body cap (docs/quality-targets.md REL-1)', () => {
  it.each(['announced', 'chunked'] as const)('reads a %s body of exactly 1 MB and answers 413 to one byte more', async (how) => {
    expect(await statusOf(request(jsonOfSize(MAX_BODY_BYTES), how))).toBe(200);
    expect(await statusOf(request(jsonOfSize(MAX_BODY_BYTES + 1), how))).toBe(413);
  });

  it('says what the limit is in the 413', async () => {
    const err = await readJson(request(jsonOfSize(MAX_BODY_BYTES + 1), 'chunked')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(await (err as ApiError).response.json()).toMatchObject({
      status: 413,
      errors: [{ path: '(body)', message: `the body is larger than ${MAX_BODY_BYTES} bytes; send at most 1 MB` }],
    });
  });
});
