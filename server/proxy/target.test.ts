import { describe, expect, it } from 'vitest';
import { testConfig } from '../config.ts';
import { memoryLogger } from '../log.ts';
import { createEnvironments } from '../environments.ts';
import { resolveTarget } from './target.ts';

const envs = createEnvironments(
  testConfig({ environments: [{ name: 'canary', baseUrl: 'https://canary.api.example/base' }] }),
  memoryLogger(),
);
const origin = 'http://127.0.0.1:8787';

describe('resolveTarget', () => {
  it('maps an environment and API path onto the configured base URL', () => {
    const r = resolveTarget('/proxy/canary/iamsmart/v2/request/auth?x=1', envs, origin);
    expect(r.ok && r.url.href).toBe('https://canary.api.example/base/iamsmart/v2/request/auth?x=1');
    const s = resolveTarget('/proxy/sandbox/_control/transactions', envs, origin);
    expect(s.ok && s.url.href).toBe('http://127.0.0.1:8787/sandbox/_control/transactions');
  });

  it.each([
    '/proxy/https://evil.test/x',
    '/proxy/evil.test/x',
    '/proxy/127.0.0.1:9/x',
    '/proxy/2130706433/x',
    '/proxy/canary//evil.test/x',
    '/proxy/canary/../x',
    '/proxy/canary/a/%2e%2e/x',
    '/proxy/canary/a%2fb',
    '/proxy/canary/a%5cb',
    '/proxy/canary/a\\b',
    '/proxy/canary/http://0x7f.1/',
    '/proxy/canary/@127.0.0.1/',
    '/proxy/canary/x@evil.test',
    '/proxy/canary',
    '/proxy/canary/',
    '/proxy/%63anary/x',
    '/proxy/canary/.hidden',
  ])('refuses %s as target_not_allowed', (raw) => {
    const r = resolveTarget(raw, envs, origin);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe('target_not_allowed');
  });

  it('answers unknown_environment for a well-formed name nobody configured', () => {
    const r = resolveTarget('/proxy/production/iamsmart/v2/request/auth', envs, origin);
    expect(!r.ok && r.code).toBe('unknown_environment');
  });

  it('ignores configured environments with credentials or odd schemes in their base URL', () => {
    const log = memoryLogger();
    const e = createEnvironments(
      testConfig({
        environments: [
          { name: 'a', baseUrl: 'file:///etc' },
          { name: 'b', baseUrl: 'https://u:p@x.test' },
          { name: 'sandbox', baseUrl: 'https://x.test' },
        ],
      }),
      log,
    );
    expect(e.list().map((t) => t.name)).toEqual(['sandbox']);
    expect(e.get('sandbox')?.sandbox).toBe(true);
    expect(log.lines).toHaveLength(3);
  });
});
