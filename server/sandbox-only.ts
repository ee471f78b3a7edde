/**
 * `npm run sandbox`: the sandbox alone, for a partner's CI. Mounted at /sandbox like on the main
 * server, so the base URL is the same: http://<host>:<PORT>/sandbox. With REDIS_URL it keeps its
 * state in Redis through server/scale, as the main server does, so several can share it.
 */
import { Hono } from 'hono';
import { loadConfig } from './config.ts';
import { logger } from './log.ts';
import { listen } from './listen.ts';
import { createSandbox } from './sandbox/index.ts';
import { createScaleOut } from './scale/index.ts';

const config = loadConfig();
const scale = createScaleOut(config, logger);
const sandbox = createSandbox({ config, log: logger, store: scale?.store, sharedTokenKey: scale?.sharedTokenKey });
const app = new Hono();
app.get('/healthz', (c) => c.json({ status: 'ok' }));
app.route('/sandbox', sandbox.app);
await listen(
  {
    app,
    async close() {
      await sandbox.close();
      await scale?.close();
    },
  },
  config,
  logger,
  'sandbox',
);
