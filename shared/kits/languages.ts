/**
 * The languages the Code tab writes in. Per-request snippets come in all of them; whole-flow kits in
 * all but curl. C# is generated from the same plan as the others but is not run by this project's
 * CI (Debian ships no .NET SDK): its text is checked, its header says so.
 */
export const SNIPPET_LANGUAGES = ['curl', 'node', 'python', 'java', 'go', 'php', 'ruby', 'csharp'] as const;
export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number];

export const KIT_LANGUAGES = ['node', 'python', 'java', 'go', 'php', 'ruby', 'csharp'] as const;
export type KitLanguage = (typeof KIT_LANGUAGES)[number];

/** Languages whose snippets and kits the test suite runs against the sandbox. */
export const RUNNABLE_LANGUAGES: readonly SnippetLanguage[] = ['curl', 'node', 'python', 'java', 'go', 'php', 'ruby'];

export const SNIPPET_LABELS: Record<SnippetLanguage, string> = {
  curl: 'curl',
  node: 'Node.js (fetch)',
  python: 'Python (requests)',
  java: 'Java 17 (HttpClient)',
  go: 'Go (net/http)',
  php: 'PHP (curl)',
  ruby: 'Ruby (net/http)',
  csharp: 'C# (HttpClient)',
};

export const KIT_LABELS: Record<KitLanguage, string> = {
  node: 'Node.js 20+',
  python: 'Python 3 + cryptography',
  java: 'Java 17',
  go: 'Go 1.19+',
  php: 'PHP 8 (curl, openssl)',
  ruby: 'Ruby 3',
  csharp: 'C# (.NET 8+)',
};

/** Environment variables every snippet and kit reads its credentials from: never a value. */
export const CREDENTIAL_ENV = { id: 'FILLEASY_CLIENT_ID', secret: 'FILLEASY_CLIENT_SECRET' } as const;
