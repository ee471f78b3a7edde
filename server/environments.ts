/**
 * The proxy's targets: a server-side list built once from the config (docs/quality-targets.md SEC-2).
 * The browser names an environment; it can never supply a URL, host, port or scheme. Beside the
 * config rather than in proxy/: the proxy sends to these targets and the decoder (decode/) opens
 * their results with their secrets, and neither should reach into the other.
 */
import type { Config } from './config.ts';
import { registerSecret, type Logger } from './log.ts';

export interface Target {
  name: string;
  /** Base URL without a trailing slash; API paths are appended to it. */
  baseUrl: string;
  clientId?: string;
  clientSecret?: string;
  /** The embedded sandbox: dispatched in-process, and the only target that gets x-sandbox-* headers. */
  sandbox: boolean;
}

/** Starts with a letter, so nothing that looks like an IP address or number is ever a name. */
export const ENV_NAME = /^[a-z][a-z0-9-]{0,62}$/;

export interface Environments {
  get(name: string): Target | undefined;
  list(): Target[];
}

export function createEnvironments(config: Config, log: Logger): Environments {
  const sandboxClient = config.clients[0];
  const targets = new Map<string, Target>();
  targets.set('sandbox', {
    name: 'sandbox',
    baseUrl: `${config.publicUrl.replace(/\/+$/, '')}/sandbox`,
    clientId: sandboxClient?.id,
    clientSecret: sandboxClient?.secret,
    sandbox: true,
  });
  for (const e of config.environments) {
    if (!ENV_NAME.test(e.name) || targets.has(e.name)) {
      log.warn('environment ignored: its name is invalid or already taken', { name: e.name });
      continue;
    }
    let url: URL;
    try {
      url = new URL(e.baseUrl);
    } catch {
      log.warn('environment ignored: its base URL is not a URL', { name: e.name });
      continue;
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search || url.hash) {
      log.warn('environment ignored: the base URL must be plain http(s) without credentials, query or fragment', { name: e.name });
      continue;
    }
    targets.set(e.name, {
      name: e.name,
      baseUrl: url.href.replace(/\/+$/, ''),
      clientId: e.clientId,
      clientSecret: e.clientSecret,
      sandbox: false,
    });
  }
  for (const c of config.clients) registerSecret(c.secret, c.id);
  for (const t of targets.values()) if (t.clientSecret) registerSecret(t.clientSecret, t.clientId);
  return { get: (name) => targets.get(name), list: () => [...targets.values()] };
}
