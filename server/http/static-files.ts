/**
 * The built files under one root, each with the representations the build wrote for it: the file
 * itself and its `.br` / `.gz` siblings (scripts/precompress-assets.ts). Each representation has
 * a strong ETag from a hash of its bytes, so instances behind a load balancer agree on it whatever
 * the files' dates. Hashes are computed once per file and kept while size and mtime hold (a
 * rebuild under a running server is seen at the next request).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { getMimeType } from 'hono/utils/mime';
import type { AssetEncoding } from './accept-encoding.ts';

export interface Representation {
  file: string;
  size: number;
  etag: string;
}

export interface StaticAsset {
  contentType: string;
  identity: Representation;
  encoded: Map<AssetEncoding, Representation>;
}

const SIBLING: Record<AssetEncoding, string> = { br: '.br', gzip: '.gz' };

export class StaticFiles {
  private readonly root: string;
  private readonly etags = new Map<string, { stamp: string; etag: string }>();

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The file at `relPath` (already decoded, `/`-separated) with its variants; undefined when there is no such regular file under the root. */
  async find(relPath: string): Promise<StaticAsset | undefined> {
    const file = resolve(this.root, `.${relPath.startsWith('/') ? '' : '/'}${relPath}`);
    if (!file.startsWith(this.root + sep) || file.includes('\0')) return undefined;
    const identity = await this.representation(file);
    if (!identity) return undefined;
    const encoded = new Map<AssetEncoding, Representation>();
    for (const enc of Object.keys(SIBLING) as AssetEncoding[]) {
      const r = await this.representation(file + SIBLING[enc]);
      if (r) encoded.set(enc, r);
    }
    return { contentType: getMimeType(file) ?? 'application/octet-stream', identity, encoded };
  }

  private async representation(file: string): Promise<Representation | undefined> {
    const s = await stat(file).catch(() => undefined);
    if (!s?.isFile()) return undefined;
    const stamp = `${s.size}:${s.mtimeMs}`;
    let known = this.etags.get(file);
    if (known?.stamp !== stamp) {
      const digest = createHash('sha256')
        .update(await readFile(file))
        .digest('base64url');
      known = { stamp, etag: `"${digest.slice(0, 27)}"` };
      this.etags.set(file, known);
    }
    return { file, size: s.size, etag: known.etag };
  }
}
