#!/usr/bin/env node
/** `npx iamsmart-sandbox [--port N] [--host H] [--config FILE]`: the sandbox alone, at <origin>/sandbox. */
import { logger } from '../log.ts';
import { createSandboxServer } from '../sandbox-server.ts';
import { runCli } from './run-cli.ts';

await runCli('iamsmart-sandbox', 'the iAM Smart sandbox alone (API at /sandbox, /healthz)', {}, (config) =>
  createSandboxServer(config, logger),
);
