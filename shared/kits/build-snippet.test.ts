import { describe, expect, it } from 'vitest';
import { endpoint, ENDPOINTS } from '../catalogue/index.ts';
import { buildSnippet } from './build-snippet.ts';
import { SNIPPET_LANGUAGES } from './languages.ts';
import { requestUrl, snippetFileName, snippetName, type SnippetRequest } from './snippet-request.ts';

const post: SnippetRequest = {
  baseUrl: 'http://127.0.0.1:8787/sandbox/',
  method: 'POST',
  path: '/iamsmart/v2/request/auth',
  input: { source: 'PC_Browser', redirect: "https://x.test/it's" },
  extraHeaders: { 'x-sandbox-scenario': 'approve' },
};

describe('buildSnippet', () => {
  it('aims curl at the base URL with placeholders for the credentials', () => {
    const s = buildSnippet('curl', post);
    expect(s).toContain(`'http://127.0.0.1:8787/sandbox/iamsmart/v2/request/auth'`);
    expect(s).toContain('"x-client-secret: $FILLEASY_CLIENT_SECRET"');
    expect(s).toContain('"x-client-id: $FILLEASY_CLIENT_ID"');
    expect(s).toContain(`'x-sandbox-scenario: approve'`);
  });

  it('quotes single quotes in the curl body for the shell', () => {
    expect(buildSnippet('curl', post)).toContain(`it'\\''s`);
  });

  it('reads both credentials from the environment in every language, and holds the body and extra headers', () => {
    for (const language of SNIPPET_LANGUAGES) {
      const s = buildSnippet(language, post);
      expect(s, language).toContain('FILLEASY_CLIENT_ID');
      expect(s, language).toContain('FILLEASY_CLIENT_SECRET');
      expect(s, language).toContain('x-sandbox-scenario');
      expect(s, language).toContain('PC_Browser');
      expect(s, language).toContain('/iamsmart/v2/request/auth');
    }
  });

  it('puts a GET input in the query string and sends no body', () => {
    const get: SnippetRequest = { ...post, method: 'GET', path: '/iamsmart/v2/callback/redirect', input: { service: 'auth', state: 'a b' } };
    expect(requestUrl(get)).toBe('http://127.0.0.1:8787/sandbox/iamsmart/v2/callback/redirect?service=auth&state=a+b');
    for (const language of SNIPPET_LANGUAGES) {
      const s = buildSnippet(language, get);
      expect(s, language).toContain('service=auth&state=a+b');
      expect(s, language).not.toMatch(/--data|json=|BodyPublishers|strings\.NewReader|CURLOPT_POSTFIELDS|request\.body|StringContent|body: JSON/);
    }
  });

  it('names the file after the endpoint, as each language expects', () => {
    expect(snippetName(post)).toBe('AuthenticationRequest');
    expect(snippetFileName('java', post)).toBe('AuthenticationRequest.java');
    expect(snippetFileName('python', post)).toBe('authentication_request.py');
    expect(snippetFileName('go', post)).toBe('authentication-request.go');
    expect(snippetFileName('java', { ...post, path: '/not/in/the/catalogue' })).toBe('FillEasyRequest.java');
    const names = new Set(ENDPOINTS.map((e) => snippetName({ ...post, method: e.method, path: e.path })));
    expect(names.size).toBe(ENDPOINTS.length);
  });

  it('says in the C# header that it is not run here', () => {
    expect(buildSnippet('csharp', { ...post, input: endpoint('auth').example })).toContain('Not run by this project');
  });
});
