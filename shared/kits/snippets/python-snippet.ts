import { literal, type KitValue } from '../kit-value.ts';
import { doubleQuoted, LITERAL_STYLES } from '../literal-styles.ts';
import { requestHeaders, requestUrl, snippetFileName, type SnippetRequest } from '../snippet-request.ts';

/** Python 3 with requests. */
export function pythonSnippet(req: SnippetRequest): string {
  const headers = requestHeaders(req)
    .filter((h) => h.name !== 'Content-Type') // requests sets it for json=
    .map((h) => `        ${doubleQuoted(h.name)}: ${h.env !== undefined ? `os.environ[${doubleQuoted(h.env)}]` : doubleQuoted(h.value)},`)
    .join('\n');
  const body = req.method === 'POST' ? `\n    json=${literal(req.input as KitValue, LITERAL_STYLES.python, '    ')},` : '';
  return `# Python 3 with requests (pip install requests): python3 ${snippetFileName('python', req)}
# Reads FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET from the environment; run it on your server.
import os

import requests

res = requests.${req.method.toLowerCase()}(
    ${doubleQuoted(requestUrl(req))},
    headers={
${headers}
    },${body}
    allow_redirects=False,
    timeout=30,
)
print("HTTP", res.status_code)
if "location" in res.headers:
    print("Location:", res.headers["location"])
print(res.text)
`;
}
