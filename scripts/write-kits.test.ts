import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kitFiles, KITS_FOLDER } from '../shared/kits/kit-files.ts';
import { listFiles } from './write-kits.ts';

const root = join(import.meta.dirname, '..');

describe('the committed kits/ folder', () => {
  it('holds exactly what the generator writes (run npm run kits after changing the catalogue or a template)', () => {
    const files = kitFiles();
    const onDisk = listFiles(join(root, KITS_FOLDER)).map((p) => relative(root, p).split('\\').join('/')).sort();
    expect(onDisk).toEqual(files.map((f) => f.path).sort());
    for (const file of files) expect(readFileSync(join(root, file.path), 'utf8'), file.path).toBe(file.text);
  });
});
