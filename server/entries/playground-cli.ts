#!/usr/bin/env node
/**
 * `npx iamsmart-playground [--port N] [--host H] [--config FILE]`: the whole playground (sandbox,
 * proxy, inspector and the SPA), serving the SPA prebuilt inside the package.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from '../app.ts';
import { runCli } from './run-cli.ts';

// Built, this file is dist/server/server/entries/playground-cli.js; the SPA is dist/web, three folders up.
const spa = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', 'web');

await runCli('iamsmart-playground', 'the iAM Smart playground: sandbox, proxy, inspector and UI', { staticRoot: spa }, (config) =>
  createServer({ config }),
);
