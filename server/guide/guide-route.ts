/**
 * GET /docs/partner-guide.md: the partner guide (docs/partner-guide.md), linked from the playground's
 * app shell, served as plain text so that any browser shows it. Read once, from the repository's
 * docs/ folder wherever the server runs from (sources under tsx, or the build in dist/server).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

/** The guide's path in the repository, which is also where the server answers it. */
export const GUIDE_FILE = 'docs/partner-guide.md';
export const GUIDE_PATH = `/${GUIDE_FILE}`;

/** The nearest docs/partner-guide.md above this module: the repository's, from the sources or from dist/server. */
function findGuide(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    const candidate = join(dir, GUIDE_FILE);
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    dir = dirname(dir);
  }
  return undefined;
}

export function guideRoute(): Hono {
  const app = new Hono();
  let text: string | undefined;
  app.get(GUIDE_PATH, (c) => {
    text ??= findGuide();
    if (text === undefined)
      return c.json({ error: { code: 'not_found', message: 'docs/partner-guide.md is not shipped with this build' } }, 404);
    return c.body(text, 200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
  });
  return app;
}
