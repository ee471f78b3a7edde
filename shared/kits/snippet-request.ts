/**
 * The request a per-request snippet sends: what the workbench's editor holds, aimed at the
 * environment's base URL. Credentials are not part of it: every snippet reads them from
 * $FILLEASY_CLIENT_ID / $FILLEASY_CLIENT_SECRET, so a snippet never sees a secret to leak.
 */
import { endpointFor } from '../catalogue/index.ts';
import { CREDENTIAL_ENV, type SnippetLanguage } from './languages.ts';

export interface SnippetRequest {
  baseUrl: string;
  method: 'GET' | 'POST';
  path: string;
  /** Body (POST) or query (GET). */
  input: Record<string, unknown>;
  extraHeaders: Record<string, string>;
}

/** A header as a snippet writes it: a fixed value, or the name of the environment variable holding it. */
export type SnippetHeader = { name: string; value: string; env?: undefined } | { name: string; env: string; value?: undefined };

export function requestUrl(req: SnippetRequest): string {
  const base = req.baseUrl.replace(/\/+$/, '') + req.path;
  if (req.method !== 'GET') return base;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(req.input)) if (v !== undefined && v !== null) query.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  const qs = query.toString();
  return qs ? `${base}?${qs}` : base;
}

export function requestHeaders(req: SnippetRequest): SnippetHeader[] {
  const headers: SnippetHeader[] = [];
  if (req.method === 'POST') headers.push({ name: 'Content-Type', value: 'application/json' });
  headers.push({ name: 'x-client-id', env: CREDENTIAL_ENV.id }, { name: 'x-client-secret', env: CREDENTIAL_ENV.secret });
  for (const [name, value] of Object.entries(req.extraHeaders)) headers.push({ name, value });
  return headers;
}

/** The JSON body, pretty-printed as the editor shows it; undefined for a GET. */
export function requestBody(req: SnippetRequest): string | undefined {
  return req.method === 'POST' ? JSON.stringify(req.input, null, 2) : undefined;
}

/** `AuthenticationRequest`, `PollDataRequest`: a name for the file (and Java's class) from the catalogue's title. */
export function snippetName(req: SnippetRequest): string {
  const title = endpointFor(req.method, req.path)?.title ?? 'Fill Easy';
  return `${pascalCase(title)}Request`;
}

export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

export function kebabCase(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .join('-')
    .toLowerCase();
}

const EXTENSIONS: Record<SnippetLanguage, string> = { curl: 'sh', node: 'mjs', python: 'py', java: 'java', go: 'go', php: 'php', ruby: 'rb', csharp: 'cs' };

/** Java and C# name the file after the class; the others follow their language's habit. */
export function snippetFileName(language: SnippetLanguage, req: SnippetRequest): string {
  const name = snippetName(req);
  const base = language === 'java' || language === 'csharp' ? name : language === 'python' || language === 'ruby' ? kebabCase(name).replace(/-/g, '_') : kebabCase(name);
  return `${base}.${EXTENSIONS[language]}`;
}
