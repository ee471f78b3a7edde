/**
 * JSON.parse with a nesting limit, checked in one pass over the text before parsing
 * (docs/security-model.md §7). V8 parses deep JSON fine, but everything after it that walks the
 * value recursively (JSON.stringify, validation, redaction) overflows the stack around depth
 * 10,000, so every JSON entry of the server (sandbox API and control API, proxy, decoder) parses
 * through here and answers a too-deep body with its documented 400; the decoder's token reading,
 * shared with the SPA, too.
 */
export const MAX_JSON_DEPTH = 64;

export class JsonTooDeep extends Error {
  constructor(readonly limit: number) {
    super(`arrays and objects are nested deeper than ${limit} levels`);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/** Throws JsonTooDeep when the text nests deeper than `limit`, then whatever JSON.parse throws. */
export function parseBoundedJson(text: string, limit = MAX_JSON_DEPTH): unknown {
  // A text shorter than twice the limit cannot nest past it.
  if (text.length > limit * 2) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        for (i++; i < text.length; i++) {
          const d = text.charCodeAt(i);
          if (d === BACKSLASH) i++;
          else if (d === QUOTE) break;
        }
      } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
        if (++depth > limit) throw new JsonTooDeep(limit);
      } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
        depth--;
      }
    }
  }
  return JSON.parse(text);
}
