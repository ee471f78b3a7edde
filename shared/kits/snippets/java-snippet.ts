import { asciiOnly, javaString } from '../literal-styles.ts';
import { requestBody, requestHeaders, requestUrl, snippetName, type SnippetRequest } from '../snippet-request.ts';

/** A JSON text as a Java 15+ text block: backslashes doubled, no `"""` inside, non-ASCII as \u escapes. */
function textBlock(json: string, pad: string): string {
  const escaped = asciiOnly(json.replace(/\\/g, '\\\\').replace(/"""/g, '""\\"'));
  return `"""\n${escaped.split('\n').map((l) => pad + l).join('\n')}"""`;
}

/** Java 17: java.net.http.HttpClient, runnable as a single source file. */
export function javaSnippet(req: SnippetRequest): string {
  const name = snippetName(req);
  const body = requestBody(req);
  const headers = requestHeaders(req)
    .map((h) => `            .header(${javaString(h.name)}, ${h.env !== undefined ? `env(${javaString(h.env)})` : javaString(h.value)})`)
    .join('\n');
  const publisher = body === undefined ? '.GET()' : `.POST(HttpRequest.BodyPublishers.ofString(body))`;
  return `// Java 17: java ${name}.java
// Reads FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET from the environment; run it on your server.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class ${name} {
    public static void main(String[] args) throws Exception {${body === undefined ? '' : `\n        String body = ${textBlock(body, '            ')};`}
        HttpRequest request = HttpRequest.newBuilder(URI.create(${javaString(requestUrl(req))}))
${headers}
            ${publisher}
            .build();
        HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println("HTTP " + response.statusCode());
        response.headers().firstValue("location").ifPresent(location -> System.out.println("Location: " + location));
        System.out.println(response.body());
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            System.err.println("set " + name);
            System.exit(1);
        }
        return value;
    }
}
`;
}
