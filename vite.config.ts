import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { precompressAssets } from './scripts/precompress-assets.ts';

// The SPA lives in web/; the Hono server serves the build from dist/web.
// In `npm run dev` Vite serves the SPA and forwards API traffic to the server on 8787.
const server = `http://127.0.0.1:${process.env.PORT ?? 8787}`;

export default defineConfig({
  root: 'web',
  // Brotli and gzip siblings of every text asset, served by server/http/static-site.ts.
  plugins: [vue(), precompressAssets()],
  resolve: {
    alias: [
      // Monaco's worker helper imports every editor contribution; ours does not (see the file).
      {
        find: /^(\.\.\/)+internal\/common\/workers\.js$/,
        replacement: fileURLToPath(new URL('./web/src/features/workbench/monaco-web-worker.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // Monaco is large by nature and is loaded lazily; the warning says nothing useful.
    chunkSizeWarningLimit: 4000,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': server,
      '/proxy': server,
      '/sandbox': server,
      '/callback': server,
      '/openapi.json': server,
      '/openapi-sandbox.json': server,
      '/docs/partner-guide.md': server,
      '/healthz': server,
    },
  },
});
