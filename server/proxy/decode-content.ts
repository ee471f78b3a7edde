/**
 * Undoes an upstream's Content-Encoding so its body can be scrubbed before the browser sees it
 * (a browser would otherwise decode, say, gzip and show what the proxy never looked at). Decoded
 * within the response cap: a small gzip that inflates past it is refused, never fully inflated.
 * Stacked codings ("gzip, br") are undone last first; `identity` is no coding at all.
 */
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw, type ZlibOptions } from 'node:zlib';
import { scrub } from '../redaction/secret-registry.ts';
import { UpstreamFault } from './upstream-fault.ts';

type Decoder = (body: Buffer, options: ZlibOptions) => Promise<Buffer>;

const inflateAny: Decoder = async (body, options) => {
  // "deflate" is meant to be zlib-wrapped; some servers send it raw.
  try {
    return await promisify(inflate)(body, options);
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw err;
    return promisify(inflateRaw)(body, options);
  }
};

const DECODERS: Record<string, Decoder> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: inflateAny,
  br: (body, options) => promisify(brotliDecompress)(body, options),
};

export async function decodeContent(body: Uint8Array, contentEncoding: string | null, maxBytes: number, env: string): Promise<Uint8Array> {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s && s !== 'identity');
  let out = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  for (const coding of codings.reverse()) {
    const decoder = DECODERS[coding];
    if (!decoder) {
      throw new UpstreamFault(
        'upstream_bad_response',
        `Environment "${env}" sent Content-Encoding "${scrub(coding).slice(0, 40)}", which the proxy cannot decode (it decodes gzip, deflate and br).`,
      );
    }
    if (out.byteLength === 0) continue;
    try {
      out = await decoder(out, { maxOutputLength: maxBytes });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new UpstreamFault(
          'response_too_large',
          `Environment "${env}" sent a ${coding} body that decodes to more than ${maxBytes} bytes; the proxy stopped decoding.`,
        );
      }
      throw new UpstreamFault('upstream_bad_response', `Environment "${env}" sent a body that is not valid ${coding}.`);
    }
  }
  return out;
}
