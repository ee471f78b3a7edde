/**
 * Reads a body with a byte cap, whether its size was announced (Content-Length) or not (chunked):
 * the announced size is refused before reading, the unannounced one as soon as it passes the cap
 * (docs/quality-targets.md REL-1, T-P8). Stops reading at the cap: a 20 MB answer costs at most `max` bytes.
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
