/**
 * The only module that reads process.env. Everything else receives its settings as arguments,
 * so tests build a config by hand and two servers in one process never share state.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PUBLIC_TEST_CLIENT } from '../shared/sandbox/public-test-client.ts';

export interface SandboxClient {
  id: string;
  secret: string;
  /** Exact redirect URIs this client registered (compared as whole strings). */
  redirects: string[];
  /** Loopback origins on any port (http://localhost:*, http://127.0.0.1:*): the test client's convenience. */
  allowLoopbackRedirects?: boolean;
  /**
   * Custom app schemes (e.g. `com.example.app`): any `<scheme>://…` redirect is accepted, for
   * App-to-App returns. Never http or https (those are matched exactly, through `redirects`).
   */
  appSchemes?: string[];
  /** Turn the sandbox's warnings (x-sandbox-warnings: fields sent but ignored) into 400 D20001 answers. */
  strict?: boolean;
  /** Persona ids this client sees (GET /_control/personas); the first is the default for control approvals. All when absent. */
  personas?: string[];
}

export interface Environment {
  name: string;
  baseUrl: string;
  clientId?: string;
  clientSecret?: string;
}

export interface SandboxSettings {
  pendingTimeoutMs: number;
  resultTtlMs: number;
  authTokenTtlMs: number;
  codeTtlMs: number;
  maxLiveTransactions: number;
  initsPerMinute: number;
  /** Key material for the sandbox's HS256 tokens; share it so several instances accept each other's tokens. Random per process when unset. */
  tokenKey?: string;
  /** `cty` of the result JWE (docs/sandbox-contract.md §7). */
  jweContentType: string;
  /** How often expired transactions are swept from the store. */
  sweepIntervalMs: number;
  /** Upper bound of an `x-sandbox-fault: delay=<ms>`. */
  maxFaultDelayMs: number;
  /** Per-test clients (POST /_control/clients) live at once, across all parents. */
  maxTestClients: number;
  /** How long a per-test client lives unless removed first (sandbox base time). */
  testClientTtlMs: number;
}

export interface ProxySettings {
  timeoutMs: number;
  maxBodyBytes: number;
  maxResponseBytes: number;
  maxLoggedBodyBytes: number;
  /** Retention of the inspector's log (docs/playground-api.md, "Retention"): total JSON bytes of stored exchanges. */
  logMaxBytes: number;
  /** Flows kept (each with all its exchanges); the oldest goes first. */
  logMaxFlows: number;
  /** Exchanges that belong to no flow, kept apart so they never push a flow out. */
  logMaxLooseExchanges: number;
  /** Exchanges of one flow (its first, the initiation, always stays). */
  logMaxExchangesPerFlow: number;
}

export interface Config {
  host: string;
  port: number;
  staticRoot: string;
  /** Public origin the server is reached at; used to build QR and callback URLs. */
  publicUrl: string;
  clients: SandboxClient[];
  environments: Environment[];
  sandbox: SandboxSettings;
  proxy: ProxySettings;
  /**
   * Host names besides the public URL's and loopback that the server answers to (`name` for any
   * port, or `name:port`), for serving it under another name; every other Host is refused (DNS rebinding).
   */
  allowedHosts?: string[];
  redisUrl?: string;
  /** Key and channel prefix in Redis (default `iamsmart:`): instances that share state use the same one. */
  redisPrefix?: string;
}

/** Test-only credentials of the default sandbox client (docs/sandbox-contract.md §2). Never a real secret. */
export const TEST_CLIENT: SandboxClient = {
  id: PUBLIC_TEST_CLIENT.id,
  secret: PUBLIC_TEST_CLIENT.secret,
  redirects: [...PUBLIC_TEST_CLIENT.redirects],
  allowLoopbackRedirects: true,
  appSchemes: [...PUBLIC_TEST_CLIENT.appSchemes],
};

export const DEFAULT_SANDBOX: SandboxSettings = {
  pendingTimeoutMs: 5 * 60_000,
  resultTtlMs: 18 * 60_000,
  authTokenTtlMs: 4 * 60 * 60_000,
  codeTtlMs: 120_000,
  maxLiveTransactions: 100_000,
  initsPerMinute: 600,
  jweContentType: 'JSON',
  sweepIntervalMs: 30_000,
  maxFaultDelayMs: 60_000,
  maxTestClients: 1000,
  testClientTtlMs: 60 * 60_000,
};

export const DEFAULT_PROXY: ProxySettings = {
  // The whole upstream exchange (docs/quality-targets.md T-P5): Fill Easy answers in well under a second.
  timeoutMs: 10_000,
  maxBodyBytes: 1 << 20,
  maxResponseBytes: 5 << 20,
  maxLoggedBodyBytes: 64 << 10,
  logMaxBytes: 64 << 20,
  logMaxFlows: 500,
  logMaxLooseExchanges: 200,
  logMaxExchangesPerFlow: 1000,
};

interface ConfigFile {
  allowedHosts?: string[];
  clients?: SandboxClient[];
  environments?: Environment[];
  sandbox?: Partial<SandboxSettings>;
  proxy?: Partial<ProxySettings>;
}

function readConfigFile(path: string | undefined): ConfigFile {
  if (!path || !existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ConfigFile;
  } catch (err) {
    throw new Error(`config file ${path} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
}

function num(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`expected a non-negative number, got '${value}'`);
  return n;
}

/**
 * Real environments from env vars: FILLEASY_ENV_<NAME>_BASE_URL, _CLIENT_ID, _CLIENT_SECRET.
 * e.g. FILLEASY_ENV_CANARY_BASE_URL=https://canary.api.fill-easy.com gives environment "canary".
 */
function environmentsFromEnv(env: NodeJS.ProcessEnv): Environment[] {
  const out = new Map<string, Environment>();
  for (const [key, value] of Object.entries(env)) {
    const m = /^FILLEASY_ENV_([A-Z0-9_]+?)_(BASE_URL|CLIENT_ID|CLIENT_SECRET)$/.exec(key);
    if (!m || !value) continue;
    const name = m[1].toLowerCase().replace(/_/g, '-');
    const e = out.get(name) ?? { name, baseUrl: '' };
    if (m[2] === 'BASE_URL') e.baseUrl = value;
    if (m[2] === 'CLIENT_ID') e.clientId = value;
    if (m[2] === 'CLIENT_SECRET') e.clientSecret = value;
    out.set(name, e);
  }
  return [...out.values()].filter((e) => e.baseUrl);
}

/** What a command line says (server/entries/cli-args.ts); it wins over the environment. */
export interface CommandLine {
  port?: number;
  host?: string;
  /** A playground.config.json (PLAYGROUND_CONFIG); unlike the default file, it must exist. */
  configFile?: string;
  /** Where the prebuilt SPA is (the package's own dist/web for `npx iamsmart-playground`). */
  staticRoot?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), cli: CommandLine = {}): Config {
  const envFile = resolve(cwd, env.ENV_FILE ?? '.env');
  if (existsSync(envFile) && typeof process.loadEnvFile === 'function') process.loadEnvFile(envFile);
  if (cli.configFile && !existsSync(resolve(cwd, cli.configFile))) throw new Error(`config file ${cli.configFile} does not exist`);
  const file = readConfigFile(resolve(cwd, cli.configFile ?? env.PLAYGROUND_CONFIG ?? 'playground.config.json'));
  const host = cli.host ?? env.HOST ?? '127.0.0.1';
  const port = cli.port ?? num(env.PORT, 8787);
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    host,
    port,
    staticRoot: cli.staticRoot ?? env.STATIC_ROOT ?? resolve(cwd, 'dist/web'),
    publicUrl: env.PUBLIC_URL ?? `http://${shownHost}:${port}`,
    clients: [TEST_CLIENT, ...(file.clients ?? [])],
    environments: [...(file.environments ?? []), ...environmentsFromEnv(env)],
    sandbox: {
      ...DEFAULT_SANDBOX,
      ...file.sandbox,
      pendingTimeoutMs: num(env.SANDBOX_PENDING_TIMEOUT_MS, file.sandbox?.pendingTimeoutMs ?? DEFAULT_SANDBOX.pendingTimeoutMs),
      resultTtlMs: num(env.SANDBOX_RESULT_TTL_MS, file.sandbox?.resultTtlMs ?? DEFAULT_SANDBOX.resultTtlMs),
      initsPerMinute: num(env.SANDBOX_INITS_PER_MINUTE, file.sandbox?.initsPerMinute ?? DEFAULT_SANDBOX.initsPerMinute),
      codeTtlMs: num(env.SANDBOX_CODE_TTL_MS, file.sandbox?.codeTtlMs ?? DEFAULT_SANDBOX.codeTtlMs),
      maxLiveTransactions: num(env.SANDBOX_MAX_LIVE_TRANSACTIONS, file.sandbox?.maxLiveTransactions ?? DEFAULT_SANDBOX.maxLiveTransactions),
      tokenKey: env.SANDBOX_TOKEN_KEY || file.sandbox?.tokenKey,
    },
    proxy: {
      ...DEFAULT_PROXY,
      ...file.proxy,
      timeoutMs: num(env.PROXY_TIMEOUT_MS, file.proxy?.timeoutMs ?? DEFAULT_PROXY.timeoutMs),
      logMaxBytes: num(env.INSPECTOR_MAX_BYTES, file.proxy?.logMaxBytes ?? DEFAULT_PROXY.logMaxBytes),
    },
    allowedHosts: env.ALLOWED_HOSTS
      ? env.ALLOWED_HOSTS.split(',')
          .map((h) => h.trim())
          .filter(Boolean)
      : file.allowedHosts,
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || undefined,
  };
}

/** A config for tests: defaults, no files, no env. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    host: '127.0.0.1',
    port: 8787,
    staticRoot: resolve('dist/web'),
    publicUrl: 'http://127.0.0.1:8787',
    clients: [TEST_CLIENT],
    environments: [],
    sandbox: { ...DEFAULT_SANDBOX },
    proxy: { ...DEFAULT_PROXY },
    ...overrides,
  };
}
