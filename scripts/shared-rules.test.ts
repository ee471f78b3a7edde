/**
 * One rule, one place (issue 20): the pure rules both sides of the wire use are written once, in
 * shared/, and imported by the server and the web. A rule written again anywhere else drifts from
 * the first copy without a test noticing, so this scan fails on the marks of each rule outside its
 * home. Each rule's marks must also be found in its home, so a mark that stops matching (the home
 * was rewritten) fails here instead of silently passing every file.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { lineAt, repoFiles } from './repo-files.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SELF = 'scripts/shared-rules.test.ts';

interface Rule {
  rule: string;
  home: string;
  /** What only a copy of the rule would contain. */
  marks: RegExp[];
  /** Files that may hold a mark for a reason given beside them. */
  allowed?: string[];
  /** Tests too must import it (a value, not a rule a test checks by spelling it out). */
  inTests?: boolean;
}

const RULES: Rule[] = [
  {
    rule: 'HKID check digit (weights 9..2, mod 11, a space worth 36)',
    home: 'shared/personal-data/hkid.ts',
    marks: [/%\s*11\b/, /\b(9|HIGHEST_WEIGHT)\s*-\s*i\b/],
  },
  {
    rule: 'compact token reading (base64url parts, 3 or 5 of them, the 256 KB cap)',
    home: 'shared/tokens/compact-token.ts',
    marks: [/A-Za-z0-9_-|A-Za-z0-9-_/, /%\s*4\s*===\s*1/, /256\s*\*\s*1024/, /length\s*!==\s*3\s*&&/],
    // The API's documented token pattern, kept verbatim (FE-DOC2); shared/tokens/compact-token.test.ts
    // checks it has the same alphabet.
    allowed: ['shared/catalogue/values.ts'],
  },
  {
    rule: 'flow ids and the playground callback that carries them',
    home: 'shared/inspector/flow-id.ts',
    marks: [/callback\?flow=\$\{/, /searchParams\.get\('flow'\)/],
  },
  {
    rule: 'what a poll answer or a callback says (202 pending, 200 collected, 403 / 410 by errorCode), in one vocabulary',
    home: 'shared/inspector/flow-status.ts',
    marks: [
      /===\s*202\)\s*return\s*'pending'/,
      /===\s*200\)\s*return\s*'(collected|approved)'/,
      /outcomes\?\.(cancelled|rejected|timedOut)\s*===/,
      /\/00[03]\$\//,
    ],
  },
  {
    rule: 'the scenario header values (approve, reject, cancel, timeout, approve-after-polls=N up to 1000)',
    home: 'shared/sandbox/scenario-header.ts',
    marks: [/'approve'\s*[,|]\s*'reject'\s*[,|]\s*'cancel'\s*[,|]\s*'timeout'/, /['"]approve-after-polls/, /=\(?\\\\?d\{1,4\}/],
  },
  {
    rule: "the public test client's secret",
    home: 'shared/sandbox/public-test-client.ts',
    marks: [/73616e64626f782d746573742d6f6e6c79/],
    inTests: true,
  },
];

const CODE = /\.(ts|vue|mjs|js)$/;
/** Generated partner kits are programs in their own right, outside the app (npm run kits). */
const OUTSIDE_SCOPE = /^(kits|node_modules|dist)\//;

/** Tests may spell a rule's values out: an expectation written by hand is the independent check. */
const TEST = /\.(test|spec)\.ts$/;

const files = repoFiles(ROOT).filter((f) => CODE.test(f.path) && !OUTSIDE_SCOPE.test(f.path) && f.path !== SELF);

describe('each shared rule is written once, in shared/', () => {
  it.each(RULES.map((r) => [r.rule, r] as const))('%s', (_name, rule) => {
    const home = files.find((f) => f.path === rule.home);
    expect(home, `${rule.home} is the rule's home`).toBeDefined();
    for (const mark of rule.marks) expect(mark.test(home!.text), `${mark} marks the rule in ${rule.home}`).toBe(true);
    const copies = files
      .filter((f) => f.path !== rule.home && !rule.allowed?.includes(f.path) && (rule.inTests || !TEST.test(f.path)))
      .flatMap((f) =>
        rule.marks.flatMap((mark) => {
          const m = new RegExp(mark.source, 'g').exec(f.text);
          return m ? [`${f.path}:${lineAt(f.text, m.index)}: ${m[0]}`] : [];
        }),
      );
    expect(copies, `import ${rule.rule} from ${rule.home} instead`).toEqual([]);
  });
});
