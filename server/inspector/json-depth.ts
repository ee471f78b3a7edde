/**
 * How deeply a JSON text nests, found by one pass over its characters (no recursion, no parse),
 * so a body can be judged before anything walks it (issue 13 D4: `[` nested 20,000 deep).
 * Stops counting at `limit + 1`: the caller only needs to know whether it is over.
 */
export function jsonDepthOver(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > limit) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}
