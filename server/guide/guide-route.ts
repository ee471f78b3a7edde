/**
 * GET /docs/partner-guide.md: the partner guide (docs/partner-guide.md), linked from the playground's
 * app shell, served as plain text so that any browser shows it. Read once, from the repository's
 * docs/ folder wherever the server runs from (sources under tsx, or the build in dist/server).
 */
import { existsSync, readFileSync } from 'node:fs';
import { Hono } from 'hono';

export const GUIDE_PATH = '/docs/partner-guide.md';

const CANDIDATES = ['../../docs/partner-guide.md', '../../../../docs/partner-guide.md'];

function findGuide(): string | undefined {
  for (const relative of CANDIDATES) {
    const url = new URL(relative, import.meta.url);
    if (existsSync(url)) return readFileSync(url, 'utf8');
  }
  return undefined;
}

export function guideRoute(): Hono {
  const app = new Hono();
  let text: string | undefined;
  app.get(GUIDE_PATH, (c) => {
    text ??= findGuide();
    if (text === undefined) return c.json({ error: { code: 'not_found', message: 'docs/partner-guide.md is not shipped with this build' } }, 404);
    return c.body(text, 200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
  });
  return app;
}
