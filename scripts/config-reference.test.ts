import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROXY, DEFAULT_SANDBOX, loadConfig } from '../server/config.ts';
import { ENV_SETTINGS, FILE_FIELDS, OUTPUTS } from './config-reference.ts';

const ROOT = resolve(import.meta.dirname, '..');

function serverSources(dir = join(ROOT, 'server')): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'testing' ? [] : serverSources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('configuration reference (docs/configuration.md, .env.example)', () => {
  it.each(Object.entries(OUTPUTS))('%s is what server/config.ts generates (else run `npm run config-reference`)', (file, render) => {
    expect(readFileSync(join(ROOT, file), 'utf8'), `${file} drifted from server/config.ts: run \`npm run config-reference\``).toBe(
      render(),
    );
  });

  it('names every environment variable the server reads, and only those', () => {
    const read = new Set<string>();
    for (const file of serverSources()) for (const m of readFileSync(file, 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)) read.add(m[1]);
    // FILLEASY_ENV_<NAME>_… are read by pattern (environmentsFromEnv), not by name.
    const documented = ENV_SETTINGS.map((s) => s.name).filter((n) => !n.includes('<'));
    expect([...read].sort()).toEqual(documented.sort());
    expect(readFileSync(join(ROOT, 'server/config.ts'), 'utf8')).toContain('FILLEASY_ENV_([A-Z0-9_]+?)_(BASE_URL|CLIENT_ID|CLIENT_SECRET)');
  });

  it('documents every sandbox and proxy setting with the default config.ts uses', () => {
    for (const [prefix, defaults] of [
      ['sandbox', DEFAULT_SANDBOX],
      ['proxy', DEFAULT_PROXY],
    ] as const) {
      for (const [key, value] of Object.entries(defaults))
        expect(FILE_FIELDS.find((f) => f.path === `${prefix}.${key}`)?.default, `${prefix}.${key}`).toBe(JSON.stringify(value));
    }
    const config = loadConfig({ ENV_FILE: 'no-such.env', PLAYGROUND_CONFIG: 'no-such.json' }, ROOT);
    const defaultOf = (name: string) => ENV_SETTINGS.find((s) => s.name === name)?.default;
    expect(String(config.port)).toBe(defaultOf('PORT'));
    expect(config.host).toBe(defaultOf('HOST'));
    expect(config.sandbox.initsPerMinute).toBe(Number(defaultOf('SANDBOX_INITS_PER_MINUTE')));
  });

  it("documents every field of a client and an environment in config.ts's interfaces", () => {
    const source = readFileSync(join(ROOT, 'server/config.ts'), 'utf8');
    for (const [iface, prefix] of [
      ['SandboxClient', 'clients[]'],
      ['Environment', 'environments[]'],
    ]) {
      const body = new RegExp(`export interface ${iface} \\{([\\s\\S]*?)\\n\\}`).exec(source)?.[1] ?? '';
      const fields = [...body.matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]);
      expect(fields.length, iface).toBeGreaterThan(1);
      expect(FILE_FIELDS.filter((f) => f.path.startsWith(`${prefix}.`)).map((f) => f.path.slice(prefix.length + 1))).toEqual(fields);
    }
  });
});
