/**
 * Runs one kit as a child process and plays the user: each time the kit says it is waiting, the
 * driver finds the transaction (by the ticket in the URL the kit showed, else as the client's one
 * pending transaction) and, through the control API, approves it (earlier
 * steps), or rejects or expires it (the last step, for those scenarios). After an approval or a
 * rejection it follows the transaction's callback URL, as the browser would, which lands on the
 * kit's own callback listener.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { SandboxClient } from '../../server/config.ts';
import { OPEN_URL, WAITING } from '../../shared/kits/kit-messages.ts';

export type Scenario = 'approve' | 'reject' | 'timeout';

export interface KitRun {
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
}

export interface KitOutcome {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** What the driver did, in order (for a failing test's message). */
  actions: string[];
}

const ACTION = { approve: 'approve', reject: 'reject', timeout: 'expire' } as const;

async function control(baseUrl: string, client: SandboxClient, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${baseUrl}/_control/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'x-client-id': client.id, 'x-client-secret': client.secret },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`control ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

interface ListedTransaction {
  status: string;
  ticketID: string;
}

/** The ticket in a QR page URL (`/sim/qr/<ticketID>`) or a deep link (`?ticketID=`), to find the transaction exactly. */
function ticketIn(url: string): string | undefined {
  return /\/sim\/qr\/([A-Za-z0-9]+)/.exec(url)?.[1] ?? /[?&]ticketID=([A-Za-z0-9]+)/.exec(url)?.[1];
}

async function act(baseUrl: string, client: SandboxClient, action: 'approve' | 'reject' | 'expire', shownUrl: string | undefined, log: string[]): Promise<void> {
  let ticketID = shownUrl ? ticketIn(shownUrl) : undefined;
  if (!ticketID) {
    // A chained step shows no URL: its transaction is the client's one pending (each run has a client of its own).
    const { transactions } = (await control(baseUrl, client, 'transactions')) as { transactions: ListedTransaction[] };
    const pending = transactions.filter((t) => t.status === 'pending');
    if (pending.length !== 1) throw new Error(`expected one pending transaction, found ${pending.length}`);
    ticketID = pending[0].ticketID;
  }
  const { transaction } = (await control(baseUrl, client, action, { ticketID })) as { transaction: { callbackUrl: string | null } };
  log.push(action);
  // A user who lets the request time out never comes back: no callback for an expiry.
  if (action !== 'expire' && transaction.callbackUrl) {
    try {
      const landed = await fetch(transaction.callbackUrl);
      log.push(`callback ${landed.status}`);
    } catch (e) {
      // A kit that polled right after the approval may have finished before its callback came;
      // a kit that needed it fails its own way (it polls anyway), so this only goes in the log.
      log.push(`callback not delivered: ${String(e)}`);
    }
  }
}

export function driveKit(run: KitRun, sandbox: { baseUrl: string; client: SandboxClient }, scenario: Scenario, steps: number): Promise<KitOutcome> {
  const started = Date.now();
  const child = spawn(run.command, run.args, {
    cwd: run.cwd,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: run.cwd,
      LANG: 'C.UTF-8',
      FILLEASY_BASE_URL: sandbox.baseUrl,
      FILLEASY_CLIENT_ID: sandbox.client.id,
      FILLEASY_CLIENT_SECRET: sandbox.client.secret,
      FILLEASY_CALLBACK_URL: 'http://127.0.0.1:0/callback',
      FILLEASY_POLL_INTERVAL_MS: '100',
      FILLEASY_TIMEOUT_SECONDS: '60',
      ...run.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  const err: string[] = [];
  const actions: string[] = [];
  let waited = 0;
  let shownUrl: string | undefined;
  let acting = Promise.resolve();
  createInterface({ input: child.stdout }).on('line', (line) => {
    out.push(line);
    if (line.startsWith(OPEN_URL)) shownUrl = line.slice(OPEN_URL.length);
    if (line.startsWith('== ')) shownUrl = undefined;
    if (!line.startsWith(WAITING)) return;
    waited += 1;
    const action = waited < steps ? 'approve' : ACTION[scenario];
    const url = shownUrl;
    acting = acting.then(() => act(sandbox.baseUrl, sandbox.client, action, url, actions)).catch((e: unknown) => {
      actions.push(`driver failed: ${String(e)}`);
      child.kill();
    });
  });
  createInterface({ input: child.stderr }).on('line', (line) => err.push(line));
  // A kit that hangs is a failure with its output, not a test timeout without one.
  const guard = setTimeout(() => {
    actions.push('killed after 90 s');
    child.kill();
  }, 90_000);
  return new Promise((resolve) => {
    child.on('close', (exitCode) => {
      clearTimeout(guard);
      void acting.then(() => resolve({ exitCode, stdout: out.join('\n'), stderr: err.join('\n'), ms: Date.now() - started, actions }));
    });
  });
}
