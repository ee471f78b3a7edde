/** One per-request snippet in the chosen language, and the name to save it under. */
import type { SnippetLanguage } from './languages.ts';
import type { SnippetRequest } from './snippet-request.ts';
import { curlSnippet } from './snippets/curl-snippet.ts';
import { nodeSnippet } from './snippets/node-snippet.ts';
import { pythonSnippet } from './snippets/python-snippet.ts';
import { javaSnippet } from './snippets/java-snippet.ts';
import { goSnippet } from './snippets/go-snippet.ts';
import { phpSnippet } from './snippets/php-snippet.ts';
import { rubySnippet } from './snippets/ruby-snippet.ts';
import { csharpSnippet } from './snippets/csharp-snippet.ts';

const BUILDERS: Record<SnippetLanguage, (req: SnippetRequest) => string> = {
  curl: curlSnippet,
  node: nodeSnippet,
  python: pythonSnippet,
  java: javaSnippet,
  go: goSnippet,
  php: phpSnippet,
  ruby: rubySnippet,
  csharp: csharpSnippet,
};

export function buildSnippet(language: SnippetLanguage, req: SnippetRequest): string {
  return BUILDERS[language](req);
}
