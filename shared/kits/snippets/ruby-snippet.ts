import { singleQuoted } from '../literal-styles.ts';
import { requestBody, requestHeaders, requestUrl, snippetFileName, type SnippetRequest } from '../snippet-request.ts';

/** Ruby 3: net/http from the standard library. */
export function rubySnippet(req: SnippetRequest): string {
  const body = requestBody(req);
  const headers = requestHeaders(req)
    .map((h) => `request[${singleQuoted(h.name)}] = ${h.env !== undefined ? `ENV.fetch(${singleQuoted(h.env)}) { abort 'set ${h.env}' }` : singleQuoted(h.value)}`)
    .join('\n');
  const indented = body?.split('\n').map((l) => `  ${l}`).join('\n');
  return `# Ruby 3 (standard library): ruby ${snippetFileName('ruby', req)}
# Reads FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET from the environment; run it on your server.
require 'net/http'
require 'uri'

uri = URI(${singleQuoted(requestUrl(req))})
request = Net::HTTP::${req.method === 'POST' ? 'Post' : 'Get'}.new(uri)
${headers}
${body === undefined ? '' : `request.body = <<~'JSON'\n${indented}\nJSON\n`}response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') { |http| http.request(request) }
puts "HTTP #{response.code}"
puts "Location: #{response['location']}" if response['location']
puts response.body
`;
}
