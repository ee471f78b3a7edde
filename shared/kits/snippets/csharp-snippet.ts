import { doubleQuoted } from '../literal-styles.ts';
import { requestBody, requestHeaders, requestUrl, snippetName, type SnippetRequest } from '../snippet-request.ts';

/** A C# verbatim string: only the double quote is special (written twice). */
const verbatim = (text: string) => `@"${text.replace(/"/g, '""')}"`;

/** C# (.NET 8+): HttpClient, top-level statements. Not run by this project's CI: no .NET SDK in Debian. */
export function csharpSnippet(req: SnippetRequest): string {
  const body = requestBody(req);
  const headers = requestHeaders(req)
    .filter((h) => h.name !== 'Content-Type') // set by StringContent
    .map((h) => `request.Headers.TryAddWithoutValidation(${doubleQuoted(h.name)}, ${h.env !== undefined ? `Env(${doubleQuoted(h.env)})` : doubleQuoted(h.value)});`)
    .join('\n');
  return `// C# (.NET 8+, top-level statements): put it in Program.cs of a console app and \`dotnet run\`
// (.NET 10: \`dotnet run ${snippetName(req)}.cs\`). Not run by this project's CI (no .NET SDK in Debian): text-checked only.
// Reads FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET from the environment; run it on your server.
using System.Text;

using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
using var request = new HttpRequestMessage(HttpMethod.${req.method === 'POST' ? 'Post' : 'Get'}, ${doubleQuoted(requestUrl(req))});
${headers}
${body === undefined ? '' : `request.Content = new StringContent(${verbatim(body)}, Encoding.UTF8, "application/json");\n`}using var response = await client.SendAsync(request);
Console.WriteLine($"HTTP {(int)response.StatusCode}");
if (response.Headers.Location is not null) Console.WriteLine($"Location: {response.Headers.Location}");
Console.WriteLine(await response.Content.ReadAsStringAsync());

static string Env(string name) => Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"set {name}");
`;
}
