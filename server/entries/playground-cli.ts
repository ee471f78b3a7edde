#!/usr/bin/env node
/**
 * `npx iamsmart-playground [--port N] [--host H] [--config FILE]`: the whole playground (sandbox,
 * proxy, inspector and the SPA), serving the SPA prebuilt inside the package.
 */
import { fileURLToPath } from 'node:url';
import { createServer } from '../app.ts';
import { runCli } from './run-cli.ts';

// dist/server/server/entries/ → dist/web/
const spa = fileURLToPath(new URL('../../../web/', import.meta.url));

await runCli('iamsmart-playground', 'the iAM Smart playground: sandbox, proxy, inspector and UI', { staticRoot: spa }, (config) => createServer({ config }));
