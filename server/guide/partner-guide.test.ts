/**
 * The partner guide says what its code does: every snippet (`<!-- snippet: NAME -->`) runs against
 * a real sandbox and prints exactly the block marked `<!-- prints: NAME ... -->`; every example
 * result (`<!-- example: Schema -->`) is valid for its named schema; the config example loads as
 * sandbox clients. Node snippets run on this Node, Python ones on /usr/bin/python3 (Debian's
 * python3-cryptography). The server answers the guide at GET /docs/partner-guide.md.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULT_SCHEMAS, type ResultSchemaName } from '../../shared/catalogue/index.ts';
import { validateSchema } from '../../shared/validation/validate.ts';
import { loadConfig, testConfig } from '../config.ts';
import { memoryLogger } from '../log.ts';
import { createSandbox } from '../sandbox/index.ts';
import { isRegisteredRedirect } from '../sandbox/http/redirects.ts';
import { GUIDE_PATH, guideRoute } from './guide-route.ts';

const GUIDE = readFileSync('docs/partner-guide.md', 'utf8');
const PYTHON = '/usr/bin/python3';

/** The fenced block right after each marker comment: `<!-- kind: args -->` then ```lang ... ```. */
function blocks(kind: string): { args: string[]; lang: string; code: string }[] {
  const re = new RegExp(`<!-- ${kind}(?::([^>]*))? -->\\s*\`\`\`(\\w+)\\n([\\s\\S]*?)\\n\`\`\``, 'g');
  return [...GUIDE.matchAll(re)].map((m) => ({ args: (m[1] ?? '').trim().split(/\s+/).filter(Boolean), lang: m[2], code: m[3] }));
}

function run(lang: string, code: string, env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  const [cmd, args] = lang === 'python' ? [PYTHON, ['-c', code]] : [process.execPath, ['--input-type=module', '-e', code]];
  return new Promise((done) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (e) =>
      done({ code: null, out, err: `cannot run ${cmd} (${e.message}): the Python snippets need Debian's python3-cryptography` }),
    );
    child.on('close', (exit) => done({ code: exit, out, err }));
  });
}

const sandbox = createSandbox({ config: testConfig(), log: memoryLogger() });
let server: ServerType;
let base = '';

beforeAll(async () => {
  const app = new Hono().route('/sandbox', sandbox.app);
  const port = await new Promise<number>((done) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => done(info.port));
  });
  base = `http://127.0.0.1:${port}/sandbox`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await sandbox.close();
});

describe('docs/partner-guide.md', () => {
  const snippets = blocks('snippet');
  const prints = blocks('prints');

  it('has the snippets it promises, each with what it prints', () => {
    expect(snippets.map((s) => s.args[0])).toEqual(['key-node', 'key-python', 'flow-node', 'flow-python']);
    for (const s of snippets)
      expect(
        prints.some((p) => p.args.includes(s.args[0])),
        s.args[0],
      ).toBe(true);
  });

  for (const snippet of snippets) {
    it(`runs ${snippet.args[0]} against the sandbox and prints what the guide says`, async () => {
      const expected = prints.find((p) => p.args.includes(snippet.args[0]))!.code;
      const result = await run(snippet.lang, snippet.code, { SANDBOX_URL: base });
      expect(result.err, snippet.args[0]).toBe('');
      expect(result.out.trimEnd()).toBe(expected.trimEnd());
      expect(result.code).toBe(0);
    });
  }

  it('shows example results that are valid for their named schemas', () => {
    const examples = blocks('example');
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const e of examples) {
      const name = e.args[0] as ResultSchemaName;
      expect(RESULT_SCHEMAS[name], name).toBeDefined();
      expect(validateSchema(RESULT_SCHEMAS[name], JSON.parse(e.code)), name).toEqual([]);
    }
  });

  it('shows a clients config that loads, with the redirects and app schemes it describes', () => {
    const [example] = blocks('config-example');
    const dir = mkdtempSync(join(tmpdir(), 'guide-config-'));
    try {
      writeFileSync(join(dir, 'playground.config.json'), example.code);
      const config = loadConfig({ ENV_FILE: join(dir, 'none.env') }, dir);
      const client = config.clients.find((c) => c.id === 'my-service')!;
      expect(client.strict).toBe(true);
      expect(isRegisteredRedirect(client, 'https://my-service.example.com/iamsmart/callback')).toBe(true);
      expect(isRegisteredRedirect(client, 'com.example.myservice://iamsmart/done')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is served to the playground at GET /docs/partner-guide.md', async () => {
    const res = await guideRoute().request(GUIDE_PATH);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(await res.text()).toBe(GUIDE);
  });
});
