/**
 * An exchange as both exchange logs store it: one JSON string, kept under `maxBytes` (its bodies
 * give way first, replaced by a note saying so). Serialising never throws (issue 13 D4): a body
 * that JSON.stringify cannot walk is stored as a note instead, so one hostile body can never stop
 * the log. loggedBody already keeps bodies nested deeper than it walks as text; this is the
 * second line. Stored as a string, an exchange costs its JSON length in memory, not the many
 * times more its parsed objects would (D9).
 */
import type { Exchange, ExchangeRequest, ExchangeResponse } from './exchange.ts';

/** Largest JSON kept for one exchange: two 64 KB bodies, headers and room to spare. */
export const MAX_EXCHANGE_BYTES = 256 << 10;

function stringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function withNote<T extends ExchangeRequest | ExchangeResponse>(part: T, note: string): T {
  return { ...part, body: note, bodyTruncated: true, bodyNote: note };
}

export function byteLength(json: string): number {
  return Buffer.byteLength(json);
}

export function exchangeJson(e: Exchange, maxBytes = MAX_EXCHANGE_BYTES): string {
  const whole = stringify(e);
  if (whole !== undefined && byteLength(whole) <= maxBytes) return whole;
  let slim: Exchange = { ...e };
  for (const side of ['response', 'request'] as const) {
    const part = slim[side];
    if (!part || part.body === undefined) continue;
    const body = stringify(part.body);
    const note =
      body === undefined
        ? 'body could not be serialised; not kept'
        : `[${byteLength(body)} bytes, over the log's ${maxBytes}-byte bound per exchange]`;
    slim = { ...slim, [side]: withNote(part, note) };
    const smaller = stringify(slim);
    if (smaller !== undefined && byteLength(smaller) <= maxBytes) return smaller;
  }
  return (
    stringify(slim) ??
    JSON.stringify({
      id: e.id,
      env: e.env,
      startedAt: e.startedAt,
      request: { method: e.request.method, path: e.request.path, headers: {} },
      timings: e.timings,
    })
  );
}
