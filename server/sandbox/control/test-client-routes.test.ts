import { describe, expect, it } from 'vitest';
import { TEST_CLIENT, type SandboxClient } from '../../config.ts';
import { testClientSecret, type TestClientInfo } from '../../../shared/sandbox/test-client.ts';
import { API, credentials, harness, OTHER_CLIENT, REDIRECT, type Harness } from '../../testing/test-harness.ts';

async function newClient(
  h: Harness,
  body: Record<string, unknown> = {},
  parent: SandboxClient = TEST_CLIENT,
): Promise<SandboxClient & { info: TestClientInfo }> {
  const res = await h.call('/_control/clients', body, {}, parent);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const info = res.body.client as TestClientInfo;
  return { id: info.id, secret: await testClientSecret(parent.secret, info.id), redirects: info.redirects, info };
}

describe('per-test clients (/_control/clients)', () => {
  it('creates a client that answers with no secret and works with the derived one', async () => {
    const h = harness();
    const res = await h.call('/_control/clients', { label: 'login test' });
    expect(res.status).toBe(200);
    const info = res.body.client as TestClientInfo;
    expect(info).toMatchObject({
      parent: TEST_CLIENT.id,
      redirects: TEST_CLIENT.redirects,
      allowLoopbackRedirects: true,
      personas: null,
      label: 'login test',
    });
    expect(info.id).toMatch(/^test-[0-9a-f]{24}$/);
    const secret = await testClientSecret(TEST_CLIENT.secret, info.id);
    expect(JSON.stringify(res.body)).not.toContain(secret);
    expect(JSON.stringify(res.body)).not.toContain(TEST_CLIENT.secret);
    const mine = { id: info.id, secret, redirects: info.redirects };
    expect((await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT }, {}, mine)).status).toBe(200);
    expect(
      (await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT }, {}, { ...mine, secret: 'wrong' })).status,
    ).toBe(401);
  });

  it('keeps its own transactions, clock and rate limit apart from its parent and from other test clients', async () => {
    const h = harness({ initsPerMinute: 2 });
    const a = await newClient(h);
    const b = await newClient(h);
    for (let i = 0; i < 2; i++)
      expect((await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT }, {}, a)).status).toBe(200);
    expect((await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT }, {}, a)).status).toBe(429);
    expect((await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT }, {}, b)).status).toBe(200);
    await h.call('/_control/clock', { advanceMs: 600_000 }, {}, a);
    const clockOf = async (c: SandboxClient) => ((await (await h.get('/_control/clock', c)).json()) as { offsetMs: number }).offsetMs;
    expect([await clockOf(a), await clockOf(b), await clockOf(TEST_CLIENT)]).toEqual([600_000, 0, 0]);
    const count = async (c: SandboxClient) =>
      ((await (await h.get('/_control/transactions', c)).json()) as { transactions: unknown[] }).transactions.length;
    expect([await count(a), await count(b), await count(TEST_CLIENT)]).toEqual([2, 1, 0]);
    // a's transactions timed out on a's clock only.
    const listed = (await (await h.get('/_control/transactions', a)).json()) as { transactions: { status: string; redirect: string }[] };
    expect(listed.transactions.map((t) => t.status)).toEqual(['timed_out', 'timed_out']);
    expect(listed.transactions[0].redirect).toBe(REDIRECT);
  });

  it('narrows the personas view: listing, default approval persona, and refusal of others', async () => {
    const h = harness();
    const c = await newClient(h, { personas: ['wong-siu-ling', 'chan-tai-man'] });
    const listed = (await (await h.get('/_control/personas', c)).json()) as { personas: { id: string }[] };
    expect(listed.personas.map((p) => p.id).sort()).toEqual(['chan-tai-man', 'wong-siu-ling']);
    const init = await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT }, {}, c);
    const ok = await h.call('/_control/approve', { token: init.body.token }, {}, c);
    expect((ok.body.transaction as { persona: string }).persona).toBe('wong-siu-ling');
    const other = await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT }, {}, c);
    const refused = await h.call('/_control/approve', { token: other.body.token, persona: 'lee-ka-ho' }, {}, c);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("not in this client's personas view");
  });

  it("registers its own redirects instead of the parent's", async () => {
    const h = harness();
    const c = await newClient(h, { redirects: ['https://partner.example/cb'] }, OTHER_CLIENT);
    expect(c.info.allowLoopbackRedirects).toBe(false);
    expect((await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: 'https://partner.example/cb' }, {}, c)).status).toBe(200);
    expect((await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: OTHER_CLIENT.redirects[0] }, {}, c)).status).toBe(400);
  });

  it('is removed by itself or its parent, with everything it had; others get 404', async () => {
    const h = harness();
    const c = await newClient(h);
    await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT }, {}, c);
    const del = (client: SandboxClient) =>
      Promise.resolve(h.sandbox.app.request(`/_control/clients/${c.id}`, { method: 'DELETE', headers: credentials(client) }));
    expect((await del(OTHER_CLIENT)).status).toBe(404);
    const res = await del(c);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ removed: c.id, transactions: 1 });
    expect((await h.get('/_control/transactions', c)).status).toBe(401);
    expect((await del(TEST_CLIENT)).status).toBe(404);
    const d = await newClient(h);
    expect(
      (await Promise.resolve(h.sandbox.app.request(`/_control/clients/${d.id}`, { method: 'DELETE', headers: credentials(TEST_CLIENT) })))
        .status,
    ).toBe(200);
  });

  it('expires on its own after testClientTtlMs of base time, and is capped at maxTestClients', async () => {
    const h = harness({ testClientTtlMs: 60_000, maxTestClients: 2 });
    const c = await newClient(h);
    await newClient(h);
    const full = await h.call('/_control/clients', {});
    expect(full.status).toBe(503);
    expect(JSON.stringify(full.body)).toContain('DELETE /_control/clients/<id>');
    h.sandbox.clock.advance(60_000);
    expect((await h.get('/_control/clock', c)).status).toBe(401);
    expect((await h.call('/_control/clients', {})).status).toBe(200);
  });

  it('answers bad requests with what to fix; a test client cannot make clients', async () => {
    const h = harness();
    const bad = await h.call('/_control/clients', { redirects: ['ftp://x', 'not a url'], personas: ['nobody'], colour: 'red', label: 7 });
    expect(bad.status).toBe(400);
    const paths = (bad.body.errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(['colour', 'redirects[0]', 'redirects[1]', 'personas', 'label']);
    const c = await newClient(h);
    const nested = await h.call('/_control/clients', {}, {}, c);
    expect(nested.status).toBe(403);
  });
});
