import { shellQuoted } from '../literal-styles.ts';
import { requestHeaders, requestUrl, type SnippetRequest } from '../snippet-request.ts';

/** curl, one command; `-i` shows the status and, for the callback, the Location it redirects to. */
export function curlSnippet(req: SnippetRequest): string {
  const lines = [`curl -sS -i -X ${req.method} ${shellQuoted(requestUrl(req))}`];
  for (const h of requestHeaders(req)) lines.push(h.env !== undefined ? `  -H "${h.name}: $${h.env}"` : `  -H ${shellQuoted(`${h.name}: ${h.value}`)}`);
  if (req.method === 'POST') lines.push(`  --data ${shellQuoted(JSON.stringify(req.input))}`);
  return `# Reads $FILLEASY_CLIENT_ID and $FILLEASY_CLIENT_SECRET from the environment; run it on your server.\n${lines.join(' \\\n')}\n`;
}
