/** Above this many characters the body is cut for display: a 10 MB <pre> would freeze the page. */
export const DISPLAY_LIMIT = 1_000_000;

/** Pretty JSON when the body parsed, else the raw text; cut at `limit` characters. */
export function displayBody(body: unknown, text: string, limit = DISPLAY_LIMIT): { text: string; truncated: boolean; fullLength: number } {
  // Pretty-printing a huge body costs as much as showing it: only pretty-print what will be shown.
  const full = body !== undefined && text.length <= limit ? JSON.stringify(body, null, 2) : text;
  return { text: full.length > limit ? full.slice(0, limit) : full, truncated: full.length > limit, fullLength: full.length };
}

/** Which advice to give when no useful answer came back. */
export type Trouble = 'network' | 'unreachable' | 'timeout' | 'tooLarge' | undefined;

export function troubleFor(status: number | undefined, body: unknown): Trouble {
  if (status === undefined) return 'network';
  const code = (body as { error?: { code?: string } } | undefined)?.error?.code;
  if (status === 504) return 'timeout';
  if (status === 502) return code === 'response_too_large' ? 'tooLarge' : 'unreachable';
  return undefined;
}
