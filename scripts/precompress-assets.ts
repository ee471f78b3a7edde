/**
 * Vite plugin: after the build is written, every text asset of the output gets a Brotli (`.br`,
 * node:zlib at quality 11) and a gzip (`.gz`) sibling, so the static server sends compressed
 * bytes without compressing per request (server/http/static-site.ts picks one by Accept-Encoding).
 * The gzip is Zopfli's (one iteration): a valid deflate stream 4 % smaller than zlib's level 9
 * (Monaco's chunk: 826 vs 860 KB), which keeps the editor's first use within 1.2 MB for gzip-only
 * clients. A variant that would not be smaller than the file is not written.
 *
 * Both take seconds on Monaco's chunk, so results are cached by content hash in
 * node_modules/.cache/precompress: an unchanged asset costs a file copy on the next build. The
 * cache keeps only what the last build used.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import type { Plugin } from 'vite';

const TEXTUAL = /\.(html|js|mjs|css|json|map|svg|txt|xml|ttf|otf|wasm)$/i;
const brotli = promisify(brotliCompress);

export const VARIANTS = {
  br: (data: Buffer) =>
    brotli(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength },
    }),
  gz: (data: Buffer) => gzipAsync(data, { numiterations: 1 }).then((bytes) => Buffer.from(bytes)),
} as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Writes `<file>.br` and `<file>.gz` beside every text asset under `dir`; returns how many variants were written. */
export async function precompressDir(dir: string, cacheDir: string): Promise<number> {
  mkdirSync(cacheDir, { recursive: true });
  const used = new Set<string>();
  let written = 0;
  const jobs = filesUnder(dir)
    .filter((f) => TEXTUAL.test(f))
    .flatMap((file) => {
      const data = readFileSync(file);
      const hash = createHash('sha256').update(data).digest('hex');
      return Object.entries(VARIANTS).map(async ([ext, compress]) => {
        const cached = join(cacheDir, `${hash}.${ext}`);
        used.add(`${hash}.${ext}`);
        const out = existsSync(cached) ? readFileSync(cached) : await compress(data);
        if (!existsSync(cached)) writeFileSync(cached, out);
        if (out.byteLength >= data.byteLength) return;
        writeFileSync(`${file}.${ext}`, out);
        written++;
      });
    });
  await Promise.all(jobs);
  for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(join(cacheDir, name), { force: true });
  return written;
}

export function precompressAssets(cacheDir = resolve('node_modules/.cache/precompress')): Plugin {
  let outDir = '';
  let log: (msg: string) => void = () => undefined;
  return {
    name: 'precompress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      log = (msg) => config.logger.info(msg);
    },
    async closeBundle() {
      const started = performance.now();
      const n = await precompressDir(outDir, cacheDir);
      log(`${n} Brotli and gzip variants written in ${Math.round(performance.now() - started)} ms`);
    },
  };
}
