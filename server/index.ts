/** Entry point: `npm start` (after the build) or `tsx server/index.ts`. */
import { loadConfig } from './config.ts';
import { createServer } from './app.ts';
import { logger } from './log.ts';
import { listen } from './listen.ts';

const config = loadConfig();
const server = createServer({ config });
await listen(server, config, logger, 'playground');
