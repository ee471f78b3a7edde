/**
 * Drives every (endpoint, answer) pair of the answer table straight into the sandbox: each gives
 * the status (and official code) the table, and so /openapi.json, says. prism-proxy.test.ts drives
 * the same pairs through Prism against the published document.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ANSWERS, ENDPOINTS } from '../../../shared/catalogue/index.ts';
import { CONTROL_OPERATIONS } from '../../../shared/openapi/control-api.ts';
import { DRIVERS } from '../../testing/contract/answer-drivers.ts';
import { ContractKit, LANDING } from '../../testing/contract/contract-kit.ts';
import { sandboxSet } from '../../testing/contract/sandbox-set.ts';
import { eachAtOnce, pairs } from '../../testing/contract/targets.ts';

const set = sandboxSet();
afterAll(() => set.close());
const direct = (path: string, init: RequestInit) => Promise.resolve(set.app.request(path, init));
const kit = new ContractKit(direct, direct, `http://127.0.0.1:8787${LANDING}`);

describe('the answer table', () => {
  it('is what the sandbox answers, pair by pair', async () => {
    const seen: string[] = [];
    await eachAtOnce(pairs(), 8, async ({ target, answer }) => {
      const expected = ANSWERS[answer];
      const res = await DRIVERS[answer].run(kit, target);
      const body = res.status === 302 ? undefined : ((await res.json()) as { status?: number; errorCode?: string });
      seen.push(`${target.id} ${answer} ${res.status}${body?.errorCode ? ` ${body.errorCode}` : ''}`);
      expect(res.status, `${target.id} / ${answer}: ${JSON.stringify(body)}`).toBe(expected.status);
      if ('errorCode' in expected) expect(body?.errorCode, `${target.id} / ${answer}`).toBe(expected.errorCode);
      if (body && res.status >= 400) expect(body.status).toBe(res.status);
    });
    expect(seen.length).toBe(pairs().length);
  });

  it('covers every route the sandbox serves (API and control API), so a new route needs its answers described', () => {
    const routes = set.sandboxes.normal.app.routes.filter((r) => r.method === 'GET' || r.method === 'POST');
    const apiPaths = new Set(routes.map((r) => r.path).filter((p) => p.startsWith('/iamsmart/')));
    const controlPaths = new Set(routes.map((r) => r.path).filter((p) => p.startsWith('/_control/') && p !== '/_control/*'));
    expect([...apiPaths].sort()).toEqual(ENDPOINTS.map((e) => e.path).sort());
    expect([...controlPaths].sort()).toEqual([...new Set(CONTROL_OPERATIONS.map((c) => c.path))].sort());
  });
});
