import { singleQuoted } from '../literal-styles.ts';
import { requestBody, requestHeaders, requestUrl, snippetFileName, type SnippetRequest } from '../snippet-request.ts';

/** PHP 8 with the curl extension. */
export function phpSnippet(req: SnippetRequest): string {
  const body = requestBody(req);
  const headers = requestHeaders(req)
    .map((h) => `        ${h.env !== undefined ? `${singleQuoted(`${h.name}: `)} . env(${singleQuoted(h.env)})` : singleQuoted(`${h.name}: ${h.value}`)},`)
    .join('\n');
  return `<?php
// PHP 8 with the curl extension: php ${snippetFileName('php', req)}
// Reads FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET from the environment; run it on your server.

function env(string $name): string
{
    $value = getenv($name);
    if ($value === false) {
        fwrite(STDERR, "set $name\\n");
        exit(1);
    }
    return $value;
}
${body === undefined ? '' : `\n$body = <<<'JSON'\n${body}\nJSON;\n`}
$ch = curl_init(${singleQuoted(requestUrl(req))});
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => ${singleQuoted(req.method)},${body === undefined ? '' : '\n    CURLOPT_POSTFIELDS => $body,'}
    CURLOPT_HTTPHEADER => [
${headers}
    ],
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_TIMEOUT => 30,
]);
$response = curl_exec($ch);
if ($response === false) {
    fwrite(STDERR, curl_error($ch) . "\\n");
    exit(1);
}
echo 'HTTP ', curl_getinfo($ch, CURLINFO_RESPONSE_CODE), "\\n";
$location = curl_getinfo($ch, CURLINFO_REDIRECT_URL);
if ($location) {
    echo "Location: $location\\n";
}
echo $response, "\\n";
`;
}
