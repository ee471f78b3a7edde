import { doubleQuoted } from '../literal-styles.ts';
import { requestBody, requestHeaders, requestUrl, snippetFileName, type SnippetRequest } from '../snippet-request.ts';

/** A Go raw string; a backquote inside is spliced in as an interpreted one. */
const rawString = (text: string) => '`' + text.replace(/`/g, '` + "`" + `') + '`';

/** Go: net/http, one main package. */
export function goSnippet(req: SnippetRequest): string {
  const body = requestBody(req);
  const headers = requestHeaders(req)
    .map((h) => `\treq.Header.Set(${doubleQuoted(h.name)}, ${h.env !== undefined ? `env(${doubleQuoted(h.env)})` : doubleQuoted(h.value)})`)
    .join('\n');
  return `// Go: go run ${snippetFileName('go', req)}
// Reads FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET from the environment; run it on your server.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"${body === undefined ? '' : '\n\t"strings"'}
)

func main() {
	req, err := http.NewRequest(${doubleQuoted(req.method)}, ${doubleQuoted(requestUrl(req))}, ${body === undefined ? 'nil' : `strings.NewReader(${rawString(body)})`})
	if err != nil {
		fail(err)
	}
${headers}
	// Show a redirect (the callback's 302) instead of following it.
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Do(req)
	if err != nil {
		fail(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		fail(err)
	}
	fmt.Println("HTTP", res.StatusCode)
	if location := res.Header.Get("Location"); location != "" {
		fmt.Println("Location:", location)
	}
	fmt.Println(string(data))
}

func env(name string) string {
	value, ok := os.LookupEnv(name)
	if !ok {
		fail(fmt.Errorf("set %s", name))
	}
	return value
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
`;
}
