/**
 * Turns `/proxy/<env>/<api path>?<query>` into a target URL, or refuses it. The host always comes
 * from the environment list; the path may only be plain segments, so no absolute URL, `//host`,
 * `..`, percent-encoding or backslash can move the request elsewhere (SEC-2, T-P1). This runs on the
 * raw request line, before the URL parser has resolved any `..` or `%2e`.
 */
import { ENV_NAME, type Environments, type Target } from '../environments.ts';

export type TargetResult =
  | { ok: true; target: Target; apiPath: string; query: string; url: URL }
  | { ok: false; code: 'target_not_allowed' | 'unknown_environment'; message: string };

const API_PATH = /^(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+\/?$/;
const QUERY = /^[A-Za-z0-9._~!$&'()*+,;=:@/?%-]*$/;

function refuse(message: string): TargetResult {
  return { ok: false, code: 'target_not_allowed', message };
}

export function resolveTarget(rawUrl: string, envs: Environments, sandboxOrigin: string): TargetResult {
  const q = rawUrl.indexOf('?');
  const path = q === -1 ? rawUrl : rawUrl.slice(0, q);
  const query = q === -1 ? '' : rawUrl.slice(q + 1);
  if (!path.startsWith('/proxy/')) return refuse('Proxy paths look like /proxy/<environment>/<API path>.');
  const rest = path.slice('/proxy/'.length);
  const slash = rest.indexOf('/');
  const name = slash === -1 ? rest : rest.slice(0, slash);
  const apiPath = slash === -1 ? '' : rest.slice(slash);
  if (!ENV_NAME.test(name)) return refuse('The environment must be one of the names from GET /api/environments, not a host or URL.');
  const target = envs.get(name);
  if (!target)
    return { ok: false, code: 'unknown_environment', message: `No environment is called "${name}"; GET /api/environments lists them.` };
  if (!API_PATH.test(apiPath)) {
    return refuse(
      `"${apiPath.slice(0, 200)}" is not an API path: use plain segments (no "..", "//", "\\", "%" or host) after /proxy/${name}.`,
    );
  }
  if (!QUERY.test(query) || query.length > 8192) return refuse('The query string has characters the proxy does not forward.');
  const base = target.sandbox ? `${sandboxOrigin}/sandbox` : target.baseUrl;
  const url = new URL(`${base}${apiPath}${query ? `?${query}` : ''}`);
  // Belt and braces: the URL parser must not have moved us off the configured origin or base path.
  const baseUrl = new URL(base);
  if (url.origin !== baseUrl.origin || !url.pathname.startsWith(baseUrl.pathname)) return refuse('The path leaves the environment.');
  return { ok: true, target, apiPath, query, url };
}
