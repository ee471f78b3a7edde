/** `npm run sandbox`: the sandbox alone (server/sandbox-server.ts), for a partner's CI; settings from the environment. */
import { loadConfig } from './config.ts';
import { logger } from './log.ts';
import { listen } from './listen.ts';
import { createSandboxServer } from './sandbox-server.ts';

const config = loadConfig();
await listen(createSandboxServer(config, logger), config, logger, 'sandbox');
