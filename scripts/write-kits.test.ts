import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kitFiles, KITS_FOLDER } from '../shared/kits/kit-files.ts';
import { EXIT_CODES_TEXT, KIT_EXIT, OUTCOME_TEXT, STOPPED } from '../shared/kits/kit-messages.ts';
import { listFiles } from './write-kits.ts';

const root = join(import.meta.dirname, '..');

describe('the committed kits/ folder', () => {
  it('holds exactly what the generator writes (run npm run kits after changing the catalogue or a template)', () => {
    const files = kitFiles();
    const onDisk = listFiles(join(root, KITS_FOLDER))
      .map((p) => relative(root, p).split('\\').join('/'))
      .sort();
    expect(onDisk).toEqual(files.map((f) => f.path).sort());
    for (const file of files) expect(readFileSync(join(root, file.path), 'utf8'), file.path).toBe(file.text);
  });
});

describe('docs/integration-kits.md', () => {
  it('documents every stop message and exit code the kits use', () => {
    const doc = readFileSync(join(root, 'docs/integration-kits.md'), 'utf8');
    for (const { text, exit } of Object.values(OUTCOME_TEXT))
      expect(doc).toMatch(new RegExp(`\\|\\s*${exit}\\s*\\|[^\\n]*${STOPPED}${text}`));
    for (const code of Object.values(KIT_EXIT)) expect(EXIT_CODES_TEXT.join(' ')).toContain(`${code} `);
    expect(doc).toContain('not run by this project');
  });
});
