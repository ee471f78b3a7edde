/**
 * Runs every generated per-request snippet and every whole-flow kit against a real sandbox on
 * loopback, playing the user through the control API (drive-kit.ts): approved flows must exit 0 and
 * print exactly the results the sandbox released (decrypted here with jose); a rejection and a
 * timeout at the last step must stop each kit with its documented message and exit code. All
 * programs are built once per language and run in parallel; afterAll prints the wall time per language.
 * C# is not run (no .NET SDK in Debian): its text is checked instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactDecrypt } from 'jose';
import { endpoint, MESSAGES } from '../../shared/catalogue/index.ts';
import { deriveJweKey } from '../../shared/crypto/jwe-key.ts';
import { buildKit, kitFileName } from '../../shared/kits/build-kit.ts';
import { buildSnippet } from '../../shared/kits/build-snippet.ts';
import { KIT_LANGUAGES, RUNNABLE_LANGUAGES, SNIPPET_LANGUAGES, type KitLanguage, type SnippetLanguage } from '../../shared/kits/languages.ts';
import { KIT_RECIPES, type KitRecipe } from '../../shared/kits/kit-recipes.ts';
import { KIT_EXIT, OUTCOME_TEXT, RESULT_PREFIX, STOPPED } from '../../shared/kits/kit-messages.ts';
import { kitPlan } from '../../shared/kits/kit-plan.ts';
import { snippetFileName, type SnippetRequest } from '../../shared/kits/snippet-request.ts';
import type { SandboxClient } from '../../server/config.ts';
import { findSecret, secretForms } from '../../e2e/fixtures/secret-detector.ts';
import { driveKit, type KitOutcome, type Scenario } from './drive-kit.ts';
import { runClient, startKitSandbox, type Faults, type KitSandbox } from './kit-sandbox.ts';
import { exec, TOOLCHAINS, type Exec, type Program } from './toolchains.ts';

type Runnable = Exclude<SnippetLanguage, 'csharp'>;
const KIT_RUNS = KIT_LANGUAGES.filter((l): l is Exclude<KitLanguage, 'csharp'> => RUNNABLE_LANGUAGES.includes(l));
const SNIPPET_RUNS = SNIPPET_LANGUAGES.filter((l): l is Runnable => RUNNABLE_LANGUAGES.includes(l));
/**
 * Every flow is approved; the stops (reject, timeout at the last step) run on one flow of each shape
 * (a single step, a chained second step, an anonymous step): a kit's stop code is one poll loop
 * shared by all its flows, and 9 x 3 runs per language cost npm test's 5-minute budget ~40 % more
 * runs for no path they do not already cover.
 */
const STOP_SCENARIOS: Scenario[] = ['reject', 'timeout'];
const stopsRunOn = (recipe: KitRecipe) =>
  recipe === KIT_RECIPES[0] ||
  recipe === KIT_RECIPES.find((r) => r.steps.length > 1) ||
  recipe === KIT_RECIPES.find((r) => r.steps.length === 1 && r !== KIT_RECIPES[0]);
/** Once per language, on Authentication: answers the kit must ride out (429, 503, 500) and a 401 that stops it. */
type Extra = 'flaky' | 'wrong-secret';
const EXTRAS: Extra[] = ['flaky', 'wrong-secret'];
const FLAKY: Faults = { initiate: [429, 503], poll: [500] };
/** Processes at once: enough to overlap the waits, few enough for a 2-core machine. */
const CONCURRENCY = 6;
/** The runs start in beforeAll; each test waits for its own, however long the queue before it. */
const WAIT = 300_000;

interface KitCase {
  language: Runnable;
  recipe: KitRecipe;
  scenario: Scenario | Extra;
  client: SandboxClient;
}

interface SnippetRun {
  request: SnippetRequest;
  result: Exec;
}

let next = 0;
const kitCases: KitCase[] = KIT_RUNS.flatMap((language) => [
  ...KIT_RECIPES.flatMap((recipe) =>
    (['approve', ...(stopsRunOn(recipe) ? STOP_SCENARIOS : [])] as Scenario[]).map((scenario) => ({ language, recipe, scenario, client: runClient(next++) })),
  ),
  ...EXTRAS.map((scenario) => ({ language, recipe: KIT_RECIPES[0], scenario, client: runClient(next++) })),
]);
const snippetClients = new Map(SNIPPET_RUNS.map((l) => [l, runClient(next++)]));

let sandbox: KitSandbox;
let tmp: string;
const kitOutcomes = new Map<KitCase, Promise<KitOutcome>>();
const snippetOutcomes = new Map<Runnable, Promise<SnippetRun[]>>();
const timing = new Map<Runnable, { prepareMs: number; runsMs: number[]; start: number; end: number }>();

function limiter(size: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (active >= size) await new Promise<void>((resolve) => queue.push(resolve));
    active += 1;
    try {
      return await job();
    } finally {
      active -= 1;
      queue.shift()?.();
    }
  };
}

async function control(client: SandboxClient, path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${sandbox.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-client-id': client.id, 'x-client-secret': client.secret },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
}

const REDIRECT = 'http://127.0.0.1:9/callback';
/** What the languages' string syntaxes treat specially, to prove a snippet sends the body it shows. */
const AWKWARD = { source: 'PC_Browser', note: 'it\'s "q" \\ `tick` #{x} ${y} $z """ 中文 \u2028 end', list: [1, true, null, { deep: "a'b" }] };
const AWKWARD_NOTE = 'it\'s "q" \\ $z #{x}';

/** The three requests a language's snippets send: an initiation, a poll of an approved transaction, and its callback. */
async function snippetRequests(client: SandboxClient): Promise<SnippetRequest[]> {
  const auth = endpoint('auth');
  const example = { ...auth.example, redirect: REDIRECT };
  const approved = await fetch(`${sandbox.baseUrl}${auth.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-client-id': client.id, 'x-client-secret': client.secret, 'x-sandbox-scenario': 'approve' },
    body: JSON.stringify(example),
  });
  const { token } = (await approved.json()) as { token: string };
  const other = (await control(client, auth.path, example)) as { token: string };
  const { transaction } = (await control(client, '/_control/approve', { token: other.token })) as { transaction: { callbackUrl: string } };
  const query = Object.fromEntries(new URL(transaction.callbackUrl).searchParams);
  const base = { baseUrl: sandbox.baseUrl, extraHeaders: {} };
  return [
    { ...base, method: 'POST', path: auth.path, input: example, extraHeaders: { 'x-sandbox-scenario': 'approve' } },
    { ...base, method: 'POST', path: endpoint('poll').path, input: { token } },
    { ...base, method: 'GET', path: endpoint('callback').path, input: query },
    { baseUrl: sandbox.echoUrl, method: 'POST', path: '', input: AWKWARD, extraHeaders: { 'x-note': AWKWARD_NOTE } },
  ];
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'iamsmart-kits-'));
  const faults = new Map(kitCases.filter((c) => c.scenario === 'flaky').map((c) => [c.client.id, structuredClone(FLAKY)]));
  sandbox = await startKitSandbox([...kitCases.map((c) => c.client), ...snippetClients.values()], faults);
  const requests = new Map(await Promise.all(SNIPPET_RUNS.map(async (l) => [l, await snippetRequests(snippetClients.get(l)!)] as const)));
  const limit = limiter(CONCURRENCY);
  for (const language of SNIPPET_RUNS) {
    const dir = join(tmp, language);
    const snippets: Program[] = requests.get(language)!.map((r) => ({ fileName: snippetFileName(language, r), text: buildSnippet(language, r) }));
    const kits: Program[] = language === 'curl' ? [] : KIT_RECIPES.map((r) => ({ fileName: kitFileName(language, r), text: buildKit(language, r) }));
    const started = Date.now();
    const prepared = TOOLCHAINS[language].prepare(dir, [...snippets, ...kits]).then(() => {
      timing.set(language, { prepareMs: Date.now() - started, runsMs: [], start: Date.now(), end: 0 });
    });
    const timed = async <T>(job: () => Promise<T>): Promise<T> => {
      const at = Date.now();
      const out = await job();
      const t = timing.get(language)!;
      t.runsMs.push(Date.now() - at);
      t.end = Math.max(t.end, Date.now());
      return out;
    };
    const snippetRun = prepared.then(async () => {
      const out: SnippetRun[] = [];
      for (const [i, request] of requests.get(language)!.entries()) {
        const run = TOOLCHAINS[language].run(dir, snippets[i].fileName);
        const env = { FILLEASY_CLIENT_ID: snippetClients.get(language)!.id, FILLEASY_CLIENT_SECRET: snippetClients.get(language)!.secret, HOME: dir };
        out.push({ request, result: await limit(() => timed(() => exec(run.command, run.args, { cwd: run.cwd, env: { ...run.env, ...env } }))) });
      }
      return out;
    });
    snippetRun.catch(() => undefined); // awaited by its test; marked handled so an early failure is reported there
    snippetOutcomes.set(language, snippetRun);
    for (const c of kitCases.filter((k) => k.language === language)) {
      const run = TOOLCHAINS[language].run(dir, kitFileName(c.language as KitLanguage, c.recipe));
      if (c.scenario === 'wrong-secret') run.env = { ...run.env, FILLEASY_CLIENT_SECRET: 'not the secret of this client' };
      const scenario = c.scenario === 'flaky' || c.scenario === 'wrong-secret' ? 'approve' : c.scenario;
      const outcome = prepared.then(() => limit(() => timed(() => driveKit(run, { baseUrl: sandbox.baseUrl, client: c.client }, scenario, c.recipe.steps.length))));
      outcome.catch(() => undefined);
      kitOutcomes.set(c, outcome);
    }
  }
}, 60_000);

afterAll(async () => {
  await Promise.allSettled([...kitOutcomes.values(), ...snippetOutcomes.values()]);
  await sandbox?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(5)} s`;
  const rows = [...timing].map(([l, t]) => {
    const sorted = [...t.runsMs].sort((a, b) => a - b);
    return `  ${l.padEnd(7)} build ${seconds(t.prepareMs)}, ${String(sorted.length).padStart(2)} runs over ${seconds(t.end - t.start)}, median run ${seconds(sorted[Math.floor(sorted.length / 2)] ?? 0)}`;
  });
  console.log(`kit and snippet runs against the sandbox, wall time per language (${CONCURRENCY} processes at once, all languages together):\n${rows.join('\n')}`);
}, WAIT);

function explain(o: KitOutcome): string {
  return `exit ${o.exitCode} after ${o.ms} ms; driver: ${o.actions.join(', ')}\n--- stdout\n${o.stdout}\n--- stderr\n${o.stderr}`;
}

function printedResults(stdout: string): { id: string; value: unknown }[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(RESULT_PREFIX))
    .map((l) => {
      const at = l.indexOf(': ');
      return { id: l.slice(RESULT_PREFIX.length, at), value: JSON.parse(l.slice(at + 2)) as unknown };
    });
}

function expectNoSecret(client: SandboxClient, what: string, text: string): void {
  expect(findSecret(what, text, secretForms(client.secret)), `${what} printed the client secret`).toEqual([]);
}

describe.each(KIT_RUNS)('the %s kits against the sandbox', (language) => {
  const cases = (scenario: Scenario) => kitCases.filter((c) => c.language === language && c.scenario === scenario);

  it('finish every flow the user approves, printing exactly the results the sandbox released', async () => {
    for (const c of cases('approve')) {
      const o = await kitOutcomes.get(c)!;
      const plan = kitPlan(c.recipe);
      expect(o.exitCode, `${c.recipe.id}: ${explain(o)}`).toBe(0);
      const printed = printedResults(o.stdout);
      expect(printed.map((p) => p.id), `${c.recipe.id}: ${explain(o)}`).toEqual(c.recipe.steps);
      expect(printed.map((p) => p.value), c.recipe.id).toEqual(sandbox.released(c.client.id));
      for (const s of plan.steps) {
        if (s.check.kind === 'sign') expect(o.stdout, c.recipe.id).toContain(`signature verified: SHA256withRSA over ${s.check.hash}`);
        if (s.check.kind === 'pdf-sign') expect(o.stdout, c.recipe.id).toContain(`PDF signature received for ${s.check.hash}`);
      }
      expectNoSecret(c.client, `${language} ${c.recipe.id}`, o.stdout + o.stderr);
    }
  }, WAIT);

  for (const [scenario, kind, status] of [['reject', 'rejected', 403], ['timeout', 'timed_out', 410]] as const) {
    it(`stop at a ${scenario === 'reject' ? 'rejection' : 'timeout'} of the last step with the documented message and exit code ${OUTCOME_TEXT[kind].exit}`, async () => {
      expect(cases(scenario).map((c) => c.recipe.steps.length)).toEqual([1, 2, 1]);
      for (const c of cases(scenario)) {
        const o = await kitOutcomes.get(c)!;
        const last = endpoint(c.recipe.steps.at(-1)!).outcomes!;
        const code = kind === 'rejected' ? last.rejected : last.timedOut;
        expect(o.exitCode, `${c.recipe.id}: ${explain(o)}`).toBe(OUTCOME_TEXT[kind].exit);
        expect(o.stderr.trim().split('\n').at(-1), `${c.recipe.id}: ${explain(o)}`).toBe(`${STOPPED}${OUTCOME_TEXT[kind].text} (${status} ${code})`);
        expect(printedResults(o.stdout).map((p) => p.id), c.recipe.id).toEqual(c.recipe.steps.slice(0, -1));
        expectNoSecret(c.client, `${language} ${c.recipe.id}`, o.stdout + o.stderr);
      }
    }, WAIT);
  }
});

function status(text: string): number {
  return Number(/HTTP(?:\/[\d.]+)? (\d{3})/.exec(text)?.[1]);
}

function jsonBody(text: string): Record<string, unknown> {
  return JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as Record<string, unknown>;
}

describe.each(KIT_RUNS)('the %s kit for Authentication, when the API misbehaves or refuses', (language) => {
  const only = (scenario: Extra) => kitCases.find((c) => c.language === language && c.scenario === scenario)!;

  it('rides out a 429 and a 503 on the initiation and a 500 on the poll, then finishes', async () => {
    const c = only('flaky');
    const o = await kitOutcomes.get(c)!;
    expect(o.exitCode, explain(o)).toBe(0);
    for (const status of [...FLAKY.initiate, ...FLAKY.poll]) expect(o.stdout, explain(o)).toMatch(new RegExp(`^${status} injected by the kit test: ${status}: retrying in \\d+ ms$`, 'm'));
    expect(printedResults(o.stdout).map((p) => p.value)).toEqual(sandbox.released(c.client.id));
  }, WAIT);

  it(`stops at a 401 for a wrong secret with exit code ${KIT_EXIT.stopped}, saying what to fix`, async () => {
    const o = await kitOutcomes.get(only('wrong-secret'))!;
    expect(o.exitCode, explain(o)).toBe(KIT_EXIT.stopped);
    expect(o.stderr.trim().split('\n').at(-1), explain(o)).toBe(`${STOPPED}401 ${MESSAGES[401]}: x-client-id and x-client-secret must name a registered sandbox client`);
  }, WAIT);
});

describe.each(SNIPPET_RUNS)('the %s snippets against the sandbox', (language) => {
  it('initiate, poll, follow the callback and send awkward text intact, reading the credentials from the environment', async () => {
    const [init, poll, callback, echo] = await snippetOutcomes.get(language)!;
    const client = snippetClients.get(language)!;
    const show = (r: Exec) => `exit ${r.code}\n${r.stdout}\n${r.stderr}`;
    for (const run of [init, poll, callback, echo]) {
      expect(run.result.code, show(run.result)).toBe(0);
      expectNoSecret(client, `${language} snippet`, run.result.stdout + run.result.stderr);
    }
    expect(status(init.result.stdout), show(init.result)).toBe(200);
    expect(jsonBody(init.result.stdout)).toMatchObject({ token: expect.any(String), url: expect.stringContaining('/sim/qr/') });
    expect(status(poll.result.stdout), show(poll.result)).toBe(200);
    const { plaintext } = await compactDecrypt(String(jsonBody(poll.result.stdout).data), await deriveJweKey(client.secret));
    expect([JSON.parse(new TextDecoder().decode(plaintext))]).toEqual(sandbox.released(client.id));
    expect(status(callback.result.stdout), show(callback.result)).toBe(302);
    expect(callback.result.stdout).toMatch(new RegExp(`^location: ${REDIRECT.replace(/[.?]/g, '\\$&')}\\?`, 'im'));
    expect(jsonBody(echo.result.stdout), show(echo.result)).toEqual({ body: AWKWARD, note: AWKWARD_NOTE });
  }, WAIT);
});

describe('the C# kits and snippets (not run: no .NET SDK in Debian)', () => {
  it('say so in their header, and hold the same plan as the kits that run', () => {
    for (const recipe of KIT_RECIPES) {
      const text = buildKit('csharp', recipe);
      const plan = kitPlan(recipe);
      expect(text).toContain("not run by this project's CI");
      for (const s of plan.steps) expect(text).toContain(`"${s.path}"`);
      for (const o of plan.outcomes) expect(text).toContain(`["${o.code}"] = "${o.kind}"`);
      for (const needle of ['FILLEASY_CLIENT_SECRET', 'AesGcm', 'HttpListener', 'RSASignaturePadding.Pkcs1', plan.pollPath]) expect(text).toContain(needle);
      // Balanced braces and parentheses: a cheap stand-in for the compiler this machine lacks.
      for (const [open, close] of [['{', '}'], ['(', ')']]) expect(text.split(open).length, `${recipe.id} ${open}${close}`).toBe(text.split(close).length);
    }
    const snippet = buildSnippet('csharp', { baseUrl: 'http://127.0.0.1:8787/sandbox', method: 'POST', path: endpoint('auth').path, input: endpoint('auth').example, extraHeaders: {} });
    expect(snippet).toContain('text-checked only');
    expect(snippet).toContain('Env("FILLEASY_CLIENT_SECRET")');
  });
});
