/**
 * Reads a body with a byte cap, whether its size was announced (Content-Length) or not (chunked):
 * the announced size is refused before reading, the unannounced one as soon as it passes the cap
 * (docs/quality-targets.md REL-1, T-P8). Stops reading at the cap: a 20 MB answer costs at most `max` bytes.
 * Every body the server reads goes through here: the proxy, the decoder, the sandbox's API and
 * control API, and the simulated phone's form.
 */
export class TooLarge extends Error {}

export async function readCapped(stream: ReadableStream<Uint8Array> | null, max: number, announced?: string | null): Promise<Uint8Array> {
  if (announced && /^\d+$/.test(announced) && Number(announced) > max) {
    await stream?.cancel().catch(() => undefined);
    throw new TooLarge(`${announced} bytes announced, the limit is ${max}`);
  }
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge(`more than ${max} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * A request's body under the cap. A small announced length is read in one go: on @hono/node-server
 * `req.body` builds a whole web stream, while arrayBuffer() takes the socket's buffer, and Node's
 * HTTP parser never delivers more than the announced length. Anything unannounced is streamed.
 */
export async function readCappedRequest(req: Request, max: number): Promise<Uint8Array> {
  const announced = req.headers.get('content-length');
  if (announced === null || !/^\d+$/.test(announced)) return readCapped(req.body, max);
  if (Number(announced) > max) return readCapped(req.body, max, announced);
  if (announced === '0') return new Uint8Array(0);
  const bytes = new Uint8Array(await req.arrayBuffer());
  // An in-process Request's header is only a claim.
  if (bytes.byteLength > max) throw new TooLarge(`more than ${max} bytes`);
  return bytes;
}
