/**
 * `npm run sandbox`: the sandbox alone, for a partner's CI. Mounted at /sandbox like on the main
 * server, so the base URL is the same: http://<host>:<PORT>/sandbox.
 */
import { Hono } from 'hono';
import { loadConfig } from './config.ts';
import { logger } from './log.ts';
import { listen } from './listen.ts';
import { createSandbox } from './sandbox/index.ts';

const config = loadConfig();
const sandbox = createSandbox({ config, log: logger });
const app = new Hono();
app.get('/healthz', (c) => c.json({ status: 'ok' }));
app.route('/sandbox', sandbox.app);
await listen({ app, close: () => sandbox.close() }, config, logger, 'sandbox');
