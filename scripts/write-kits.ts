/**
 * `npm run kits`: writes the integration kits into kits/ (see shared/kits/kit-files.ts) and removes
 * files there that the generator no longer makes. The kits are committed; a test checks they match.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kitFiles, KITS_FOLDER } from '../shared/kits/kit-files.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

function main(): void {
  const files = kitFiles();
  const wanted = new Set(files.map((f) => f.path));
  for (const existing of listFiles(join(root, KITS_FOLDER))) {
    const path = relative(root, existing).split('\\').join('/');
    if (!wanted.has(path)) rmSync(existing);
  }
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  console.log(`wrote ${files.length} files to ${KITS_FOLDER}/`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
