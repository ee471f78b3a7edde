/**
 * Gzip sizes read from the build itself: the JS and CSS that dist/web/index.html references
 * (the first page), and the lazy editor chunks it does not (SIZE-1, SIZE-2).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = resolve(import.meta.dirname, '../dist/web');

export function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).byteLength / 1024;
}

/** Assets named by index.html: module scripts, modulepreloads and stylesheets. */
export function initialAssets(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) out.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\brel="(stylesheet|modulepreload)"/.test(tag)) out.add(href);
  }
  return [...out].filter((h) => !/^(data:|https?:)/.test(h));
}

export interface BundleSizes {
  initialKb: number;
  initialFiles: string[];
  editorKb: number;
  editorFiles: string[];
}

export function bundleSizes(): BundleSizes | undefined {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) return undefined;
  const initialFiles = initialAssets(readFileSync(index, 'utf8'));
  const initialKb = initialFiles.reduce((s, f) => s + gzipKb(join(DIST, f.replace(/^\//, ''))), 0);
  const initialNames = new Set(initialFiles.map((f) => f.split('/').pop()));
  const editorFiles = readdirSync(join(DIST, 'assets')).filter(
    (f) => /(monaco|editor|jsonMode|json\.worker|codicon)/i.test(f) && !/\.(br|gz)$/.test(f) && !initialNames.has(f),
  );
  const editorKb = editorFiles.reduce((s, f) => s + gzipKb(join(DIST, 'assets', f)), 0);
  return { initialKb, initialFiles, editorKb, editorFiles };
}
