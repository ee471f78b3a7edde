/**
 * Four sandboxes behind one Hono app at /sandbox, for driving every answer (test helper): `normal`,
 * `limited` (one initiation a minute per client: 429), `full` (room for one transaction: 503) and
 * `broken` (every store call fails: 503 store unavailable). A request picks one with the test-only
 * header `x-test-sandbox`; they share a token key, so a token from `normal` is valid in `broken`.
 */
import { Hono } from 'hono';
import { testConfig, TEST_CLIENT, type SandboxSettings } from '../../config.ts';
import { memoryLogger } from '../../log.ts';
import { MovableClock } from '../../sandbox/clock.ts';
import { createSandbox, type Sandbox } from '../../sandbox/index.ts';
import { createMemoryStore } from '../../sandbox/store/memory-store.ts';
import { StoreUnavailableError } from '../../sandbox/store/store-unavailable.ts';
import type { SandboxStore } from '../../sandbox/store/types.ts';
import { OTHER_CLIENT, STRICT_CLIENT } from '../test-harness.ts';

export type SandboxName = 'normal' | 'limited' | 'full' | 'broken';
export const PICK_HEADER = 'x-test-sandbox';

/** A store whose every call fails the way an unreachable Redis does. */
function brokenStore(): SandboxStore {
  const real = createMemoryStore();
  return new Proxy(real, {
    get(target, key) {
      if (key === 'close') return () => target.close();
      return () => Promise.reject(new StoreUnavailableError());
    },
  });
}

export interface SandboxSet {
  app: Hono;
  sandboxes: Record<SandboxName, Sandbox>;
  close(): Promise<void>;
}

export function sandboxSet(publicUrl = 'http://127.0.0.1:8787'): SandboxSet {
  const make = (settings: Partial<SandboxSettings>, store?: SandboxStore) => {
    const config = testConfig({ publicUrl, clients: [TEST_CLIENT, STRICT_CLIENT, OTHER_CLIENT] });
    config.sandbox = { ...config.sandbox, tokenKey: 'one key for the four contract sandboxes', sweepIntervalMs: 3_600_000, ...settings };
    return createSandbox({ config, log: memoryLogger(), store, clock: new MovableClock(() => 1_780_000_000_000) });
  };
  const sandboxes: Record<SandboxName, Sandbox> = {
    normal: make({}),
    limited: make({ initsPerMinute: 1 }),
    full: make({ maxLiveTransactions: 1 }),
    broken: make({}, brokenStore()),
  };
  // Each mounted at /sandbox like on the real server; the request goes on untouched.
  const mounted = Object.fromEntries(Object.entries(sandboxes).map(([name, s]) => [name, new Hono().route('/sandbox', s.app)])) as Record<
    SandboxName,
    Hono
  >;
  const app = new Hono();
  app.all('/sandbox/*', (c) => (mounted[c.req.header(PICK_HEADER) as SandboxName] ?? mounted.normal).fetch(c.req.raw));
  // Where the callback sends the user in these tests: a loopback page of this very app.
  app.get('/landing', (c) => c.text('landed'));
  return {
    app,
    sandboxes,
    async close() {
      await Promise.all(Object.values(sandboxes).map((s) => s.close()));
    },
  };
}
