// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildSnippet, SNIPPET_KINDS, type SnippetRequest } from './build-snippets.ts';

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

  it('gives fetch and Node code whose body is the request', () => {
    for (const kind of ['fetch', 'node'] as const) {
      const s = buildSnippet(kind, post);
      expect(s).toContain('"source": "PC_Browser"');
      expect(s).toContain('$FILLEASY_CLIENT_SECRET');
    }
    expect(buildSnippet('node', post)).toContain('process.env.FILLEASY_CLIENT_SECRET');
  });

  it('puts a GET input in the query string and sends no body', () => {
    const s = buildSnippet('curl', { ...post, method: 'GET', path: '/iamsmart/v2/callback/redirect', input: { service: 'auth', state: 'a b' } });
    expect(s).toContain('/iamsmart/v2/callback/redirect?service=auth&state=a+b');
    expect(s).not.toContain('--data');
  });

  it('holds no credential value, only placeholders', () => {
    for (const kind of SNIPPET_KINDS) {
      const s = buildSnippet(kind, post);
      expect(s.match(/x-client-secret['"]?:\s*(\S+)/)?.[1]).toMatch(/FILLEASY_CLIENT_SECRET/);
    }
  });
});
