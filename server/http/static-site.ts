import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Serves the built SPA from `root`, with index.html for any other GET (client-side routes).
 * Paths with encoded dots or slashes, backslashes or double slashes are refused before the file
 * system is touched (docs/quality-targets.md T-P13).
 */
export function staticSite(root: string): Hono {
  const app = new Hono();
  const rel = relative(process.cwd(), root) || '.';
  const built = existsSync(join(root, 'index.html'));
  app.use('*', async (c, next) => {
    // The URL parser resolves %2e%2e before we see it; node-server keeps the raw request line.
    const incoming = (c.env as { incoming?: { url?: string } } | undefined)?.incoming;
    const raw = incoming?.url ?? new URL(c.req.url).pathname;
    if (/%2e|%2f|%5c|\\|\/\//i.test(raw) || raw.includes('..')) return c.json({ error: { code: 'not_found', message: 'Not found.' } }, 404);
    await next();
  });
  if (!built) {
    app.get('*', (c) =>
      c.text('The playground is not built yet. Run `npm start` (it builds first) or `npm run build`.', 503),
    );
    return app;
  }
  app.use('/*', serveStatic({ root: rel }));
  // A missing asset is a 404, not the SPA: a wrong script URL must fail loudly.
  app.get('/assets/*', (c) => c.json({ error: { code: 'not_found', message: 'Not found.' } }, 404));
  app.get('*', serveStatic({ root: rel, path: 'index.html' }));
  return app;
}
