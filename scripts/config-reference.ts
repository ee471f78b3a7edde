/**
 * The configuration reference, generated from server/config.ts: every environment variable and
 * every playground.config.json field with its default (read from the config module itself) and
 * its meaning, rendered into docs/configuration.md and .env.example.
 *   npx tsx scripts/config-reference.ts      (npm run config-reference)
 * scripts/config-reference.test.ts fails when the files, or this table and config.ts, drift apart.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DEFAULT_PROXY,
  DEFAULT_SANDBOX,
  TEST_CLIENT,
  type Environment,
  type ProxySettings,
  type SandboxClient,
  type SandboxSettings,
} from '../server/config.ts';

export interface EnvSetting {
  name: string;
  /** Shown as the default; `undefined` means unset. */
  default?: string;
  meaning: string;
  /** Shown commented out in .env.example (a secret, or a pattern rather than a name). */
  example?: string;
}

const ms = (n: number) => String(n);

export const ENV_SETTINGS: EnvSetting[] = [
  { name: 'PORT', default: '8787', meaning: 'Port of the one server (`--port` of the commands wins).' },
  {
    name: 'HOST',
    default: '127.0.0.1',
    meaning: 'Interface to bind. The server holds credentials, so loopback unless you mean otherwise (`--host` wins).',
  },
  {
    name: 'PUBLIC_URL',
    default: 'http://HOST:PORT',
    meaning: 'Origin the server is reached at; QR codes and callback URLs are built from it.',
  },
  {
    name: 'ALLOWED_HOSTS',
    meaning:
      "Comma-separated extra host names (`name` or `name:port`) the server answers to besides PUBLIC_URL's and loopback; any other `Host` gets 403 (DNS rebinding).",
  },
  {
    name: 'STATIC_ROOT',
    default: 'dist/web',
    meaning: 'Folder of the built SPA (`npx iamsmart-playground` serves the one inside the package).',
  },
  {
    name: 'PLAYGROUND_CONFIG',
    default: 'playground.config.json',
    meaning: 'JSON file with sandbox `clients`, real `environments`, `sandbox` and `proxy` settings (see below; `--config` wins).',
  },
  { name: 'ENV_FILE', default: '.env', meaning: 'Env file loaded at start. Never commit one that holds real secrets.' },
  {
    name: 'FILLEASY_ENV_<NAME>_BASE_URL',
    meaning:
      'A real Fill Easy environment called `<name>` (lower case, `_` → `-`), e.g. `FILLEASY_ENV_CANARY_BASE_URL=https://canary.api.fill-easy.com`.',
    example: 'FILLEASY_ENV_CANARY_BASE_URL=',
  },
  {
    name: 'FILLEASY_ENV_<NAME>_CLIENT_ID',
    meaning: "That environment's client id, added by the proxy on the server.",
    example: 'FILLEASY_ENV_CANARY_CLIENT_ID=',
  },
  {
    name: 'FILLEASY_ENV_<NAME>_CLIENT_SECRET',
    meaning: "That environment's client secret. Stays on the server: never in a response, page, log line or export.",
    example: 'FILLEASY_ENV_CANARY_CLIENT_SECRET=',
  },
  {
    name: 'SANDBOX_PENDING_TIMEOUT_MS',
    default: ms(DEFAULT_SANDBOX.pendingTimeoutMs),
    meaning: 'A pending request times out after this long (D40003 / 410).',
  },
  {
    name: 'SANDBOX_RESULT_TTL_MS',
    default: ms(DEFAULT_SANDBOX.resultTtlMs),
    meaning: 'A finished transaction and its result are deleted after this long (or at the first successful poll).',
  },
  {
    name: 'SANDBOX_CODE_TTL_MS',
    default: ms(DEFAULT_SANDBOX.codeTtlMs),
    meaning: 'Lifetime of the authorisation `code` an App-to-App poll must carry.',
  },
  {
    name: 'SANDBOX_INITS_PER_MINUTE',
    default: ms(DEFAULT_SANDBOX.initsPerMinute),
    meaning: 'Initiations per client per minute (429 above it). Every per-test client has its own.',
  },
  {
    name: 'SANDBOX_MAX_LIVE_TRANSACTIONS',
    default: ms(DEFAULT_SANDBOX.maxLiveTransactions),
    meaning: 'Transactions held at once, all clients together (503 above it).',
  },
  {
    name: 'SANDBOX_TOKEN_KEY',
    meaning: "Key of the sandbox's HS256 tokens; random per process when unset. Instances that share a Redis must share it.",
    example: 'SANDBOX_TOKEN_KEY=',
  },
  { name: 'PROXY_TIMEOUT_MS', default: ms(DEFAULT_PROXY.timeoutMs), meaning: 'Upstream timeout of the proxy (504 after it).' },
  {
    name: 'INSPECTOR_MAX_BYTES',
    default: ms(DEFAULT_PROXY.logMaxBytes),
    meaning: "Retention of the inspector's log: total JSON bytes of stored exchanges (proxy.logMaxBytes).",
  },
  {
    name: 'REDIS_URL',
    meaning:
      "Redis for the sandbox's state, the inspector's exchange log and flows, and live events between instances; in memory when unset.",
  },
  { name: 'REDIS_PREFIX', default: 'iamsmart:', meaning: 'Key and channel prefix in Redis; instances that share state use the same one.' },
  { name: 'LOG_LEVEL', meaning: '`silent` mutes the one-line JSON logs on stderr.' },
];

export interface FileField {
  path: string;
  default?: string;
  meaning: string;
}

type Described<T> = Record<keyof T, string>;

const SANDBOX_MEANINGS: Described<SandboxSettings> = {
  pendingTimeoutMs: 'as SANDBOX_PENDING_TIMEOUT_MS (the env var wins)',
  resultTtlMs: 'as SANDBOX_RESULT_TTL_MS',
  authTokenTtlMs: "how long an approved login's token authorises chained calls (4 h)",
  codeTtlMs: 'as SANDBOX_CODE_TTL_MS',
  maxLiveTransactions: 'as SANDBOX_MAX_LIVE_TRANSACTIONS',
  initsPerMinute: 'as SANDBOX_INITS_PER_MINUTE',
  tokenKey: 'as SANDBOX_TOKEN_KEY',
  jweContentType: '`cty` header of the result JWE (docs/sandbox-contract.md §7)',
  sweepIntervalMs: 'how often expired transactions, logins and per-test clients are swept',
  maxFaultDelayMs: 'upper bound of an `x-sandbox-fault: delay=<ms>` request header',
  maxTestClients: 'per-test clients (POST /_control/clients) live at once, all parents together (503 above it)',
  testClientTtlMs: 'a per-test client not removed by its test is forgotten after this long (sandbox base time)',
};

const PROXY_MEANINGS: Described<ProxySettings> = {
  timeoutMs: 'as PROXY_TIMEOUT_MS',
  maxBodyBytes: 'largest request body the proxy and the decoder accept (413 above it)',
  maxResponseBytes: 'largest upstream response the proxy relays (502 above it)',
  maxLoggedBodyBytes: 'bodies longer than this are cut in the exchange log',
  logMaxBytes:
    "as INSPECTOR_MAX_BYTES: retention of the inspector's log: total JSON bytes of stored exchanges (docs/playground-api.md, Retention)",
  logMaxFlows: 'flows kept, each with all its exchanges; the oldest goes first',
  logMaxLooseExchanges: 'exchanges that belong to no flow, kept apart so they never push a flow out',
  logMaxExchangesPerFlow: 'exchanges of one flow (its first, the initiation, always stays)',
};

const CLIENT_MEANINGS: Described<SandboxClient> = {
  id: 'the `x-client-id` your code sends to the sandbox',
  secret: 'the `x-client-secret`; also the key your code opens result JWEs with. Use a test-only value',
  redirects: 'the exact redirect URIs this client registered; an initiation naming any other gets 400',
  allowLoopbackRedirects: 'also accept any http://localhost:<port> and http://127.0.0.1:<port> redirect (the public test client does)',
  appSchemes:
    'custom app schemes (e.g. `com.example.app`): any `<scheme>://…` redirect is accepted, for App-to-App returns; never http or https',
  strict: "turn the sandbox's warnings (`x-sandbox-warnings`: fields sent but ignored) into 400 D20001 answers",
  personas:
    "persona ids this client's tests see (GET /_control/personas); the first is the default of a control `approve`. All when absent",
};

const ENVIRONMENT_MEANINGS: Described<Environment> = {
  name: 'how the playground and `/proxy/<name>/…` call it',
  baseUrl: "the environment's API base URL",
  clientId: 'its client id (or FILLEASY_ENV_<NAME>_CLIENT_ID)',
  clientSecret: 'its client secret, kept on the server (or FILLEASY_ENV_<NAME>_CLIENT_SECRET)',
};

const shown = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v));

export const FILE_FIELDS: FileField[] = [
  { path: 'allowedHosts', meaning: 'as ALLOWED_HOSTS, a list of host names (the env var wins)' },
  ...Object.entries(CLIENT_MEANINGS).map(([k, meaning]) => ({ path: `clients[].${k}`, meaning })),
  ...Object.entries(ENVIRONMENT_MEANINGS).map(([k, meaning]) => ({ path: `environments[].${k}`, meaning })),
  ...Object.entries(SANDBOX_MEANINGS).map(([k, meaning]) => ({
    path: `sandbox.${k}`,
    default: shown(DEFAULT_SANDBOX[k as keyof SandboxSettings]),
    meaning,
  })),
  ...Object.entries(PROXY_MEANINGS).map(([k, meaning]) => ({
    path: `proxy.${k}`,
    default: shown(DEFAULT_PROXY[k as keyof ProxySettings]),
    meaning,
  })),
];

const EXAMPLE_FILE = {
  clients: [
    {
      id: 'my-app-tests',
      secret: 'a-test-only-secret-of-at-least-16-chars',
      redirects: ['https://my-app.example/iamsmart/callback'],
      personas: ['wong-siu-ling', 'chan-tai-man'],
    },
  ],
  environments: [{ name: 'canary', baseUrl: 'https://canary.api.fill-easy.com' }],
  sandbox: { pendingTimeoutMs: DEFAULT_SANDBOX.pendingTimeoutMs },
};

const cell = (s: string | undefined) => (s === undefined ? '(unset)' : `\`${s}\``);

export function renderMarkdown(): string {
  return [
    '# Configuration',
    '',
    '<!-- Generated from server/config.ts by `npm run config-reference` (scripts/config-reference.ts). Do not edit by hand. -->',
    '',
    'The server (`npm start`, `npx iamsmart-playground`) and the sandbox alone (`npx iamsmart-sandbox`,',
    '`npm run sandbox`) read the same settings: the command line (`--port`, `--host`, `--config`) first,',
    'then the environment (and the `ENV_FILE`), then `playground.config.json`, then these defaults.',
    '`.env.example` lists the environment variables.',
    '',
    '## Environment variables',
    '',
    '| variable | default | what |',
    '|---|---|---|',
    ...ENV_SETTINGS.map((s) => `| \`${s.name}\` | ${cell(s.default)} | ${s.meaning} |`),
    '',
    '## playground.config.json',
    '',
    'Optional. Sandbox clients are added to the public test client (`' + TEST_CLIENT.id + '`, whose test-only secret is in',
    'docs/sandbox-contract.md §2); each registers its own redirects, and a per-test client a test makes',
    '(POST /_control/clients) inherits them unless it names its own.',
    '',
    '```json',
    JSON.stringify(EXAMPLE_FILE, null, 2),
    '```',
    '',
    '| field | default | what |',
    '|---|---|---|',
    ...FILE_FIELDS.map((f) => `| \`${f.path}\` | ${cell(f.default)} | ${f.meaning} |`),
    '',
  ].join('\n');
}

export function renderEnvExample(): string {
  return [
    '# Generated from server/config.ts by `npm run config-reference`; every setting is in docs/configuration.md.',
    '# Copy to .env (never committed) and uncomment what you need.',
    '',
    ...ENV_SETTINGS.flatMap((s) => [`# ${s.meaning.replace(/`/g, '')}`, `# ${s.example ?? `${s.name}=${s.default ?? ''}`}`, '']),
  ].join('\n');
}

export const OUTPUTS = { 'docs/configuration.md': renderMarkdown, '.env.example': renderEnvExample } as const;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '..');
  for (const [file, render] of Object.entries(OUTPUTS)) writeFileSync(resolve(root, file), render());
  console.log(`wrote ${Object.keys(OUTPUTS).join(', ')}`);
}
