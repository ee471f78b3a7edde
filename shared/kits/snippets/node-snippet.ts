import { doubleQuoted } from '../literal-styles.ts';
import { requestBody, requestHeaders, requestUrl, snippetFileName, type SnippetRequest } from '../snippet-request.ts';

/** Node 20+: the global fetch, as an ES module. */
export function nodeSnippet(req: SnippetRequest): string {
  const headers = requestHeaders(req)
    .map((h) => `    ${doubleQuoted(h.name)}: ${h.env !== undefined ? `env(${doubleQuoted(h.env)})` : doubleQuoted(h.value)},`)
    .join('\n');
  const body = requestBody(req);
  return `// Node 20+ (global fetch, ES module): FILLEASY_CLIENT_ID=... FILLEASY_CLIENT_SECRET=... node ${snippetFileName('node', req)}
// Run it on your server: the client secret must never reach a browser.
const env = (name) => process.env[name] ?? (console.error(\`set \${name}\`), process.exit(1));

const res = await fetch(${doubleQuoted(requestUrl(req))}, {
  method: '${req.method}',
  headers: {
${headers}
  },${body === undefined ? '' : `\n  body: JSON.stringify(${body.replace(/\n/g, '\n  ')}),`}
  redirect: 'manual',
});
console.log('HTTP', res.status);
if (res.headers.get('location')) console.log('Location:', res.headers.get('location'));
console.log(await res.text());
`;
}
