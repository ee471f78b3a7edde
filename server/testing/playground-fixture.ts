/** Builds the playground API around a fake sandbox and optional loopback environments. Test-only. */
import { testConfig, type Config, type Environment } from '../config.ts';
import { memoryLogger } from '../log.ts';
import { createPlaygroundApi } from '../proxy/index.ts';
import { fakeSandbox } from './fake-sandbox.ts';

export const REAL_SECRET = 'real-env-secret-0123456789-do-not-leak';
export const JSON_HEADERS = { 'x-playground': '1', 'content-type': 'application/json' };

export function playground(options: { environments?: Environment[]; proxy?: Partial<Config['proxy']>; keepAliveMs?: number } = {}) {
  const base = testConfig();
  const config = testConfig({ environments: options.environments ?? [], proxy: { ...base.proxy, ...options.proxy } });
  const log = memoryLogger();
  const sandbox = fakeSandbox();
  const api = createPlaygroundApi({ config, log, sandbox, keepAliveMs: options.keepAliveMs });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    api.app.request(path, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) });
  return { api, app: api.app, log, sandbox, config, post };
}
