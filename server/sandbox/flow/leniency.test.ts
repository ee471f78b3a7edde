import { describe, expect, it } from 'vitest';
import type { SandboxClient } from '../../config.ts';
import { API, harness, REDIRECT, STRICT_CLIENT, type Harness } from '../../testing/test-harness.ts';

const SAMPLE_CODE = 'a51c81dc…';

function warningsOf(res: Response): { path: string; message: string }[] {
  const raw = res.headers.get('x-sandbox-warnings');
  return raw ? (JSON.parse(raw) as { path: string; message: string }[]) : [];
}

async function approvedAuth(h: Harness, source: string, client?: SandboxClient) {
  const redirect = client ? client.redirects[0] : REDIRECT;
  const init = await h.call(`${API}/request/auth`, { source, redirect }, {}, client);
  expect(init.status, JSON.stringify(init.body)).toBe(200);
  const token = init.body.token as string;
  expect((await h.call('/_control/approve', { token }, {}, client)).status).toBe(200);
  return token;
}

describe('leniency where the real API is silent', () => {
  it('ignores a sample code on a browser poll and says so in x-sandbox-warnings, on 202 and 200 alike', async () => {
    const h = harness();
    const init = await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT });
    const token = init.body.token as string;
    const pending = await h.post(`${API}/callback/client`, { token, code: SAMPLE_CODE });
    expect(pending.status).toBe(202);
    expect(warningsOf(pending)).toEqual([
      { path: 'code', message: expect.stringMatching(/^code: is ignored for source PC_Browser: only App-to-App flows/) },
    ]);
    await h.call('/_control/approve', { token });
    const done = await h.post(`${API}/callback/client`, { token, code: SAMPLE_CODE });
    expect(done.status).toBe(200);
    expect(warningsOf(done)).toHaveLength(1);
  });

  it('sends no warnings header when nothing was ignored', async () => {
    const h = harness();
    const token = await approvedAuth(h, 'PC_Browser');
    const res = await h.post(`${API}/callback/client`, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-sandbox-warnings')).toBeNull();
  });

  it('treats any code as a code on App-to-App polls: a wrong one is 401 D40004, never a 400', async () => {
    const h = harness();
    const token = await approvedAuth(h, 'android');
    const res = await h.call(`${API}/callback/client`, { token, code: SAMPLE_CODE });
    expect(res.status).toBe(401);
    expect(res.body.errorCode).toBe('D40004');
  });

  it("does not require androidActivity (the key name is the sandbox's own) and warns when a non-android source sends it", async () => {
    const h = harness();
    const android = await h.post(`${API}/request/formfilling-anonymous`, {
      source: 'android',
      redirect: REDIRECT,
      profileFields: ['enName'],
    });
    expect(android.status).toBe(200);
    expect(warningsOf(android)).toEqual([]);
    const withActivity = await h.post(`${API}/request/formfilling-anonymous`, {
      source: 'android',
      redirect: REDIRECT,
      androidActivity: 'com.example.app.MainActivity',
    });
    expect(warningsOf(withActivity)).toEqual([]);
    const browser = await h.post(`${API}/request/formfilling-anonymous`, {
      source: 'PC_Browser',
      redirect: REDIRECT,
      androidActivity: 'com.example.app.MainActivity',
      androidActivityParams: { a: 'b' },
    });
    expect(browser.status).toBe(200);
    expect(warningsOf(browser).map((w) => w.path)).toEqual(['androidActivity', 'androidActivityParams']);
  });

  it('turns the warnings into a 400 D20001 for a strict client, before anything is changed', async () => {
    const h = harness();
    const token = await approvedAuth(h, 'PC_Browser', STRICT_CLIENT);
    const strict = await h.call(`${API}/callback/client`, { token, code: SAMPLE_CODE }, {}, STRICT_CLIENT);
    expect(strict.status).toBe(400);
    expect(strict.body).toMatchObject({
      errorCode: 'D20001',
      errors: [{ path: 'code', message: expect.stringMatching(/this client is strict: leave the field out/) }],
    });
    // The result is still there for a poll without the ignored field.
    expect((await h.call(`${API}/callback/client`, { token }, {}, STRICT_CLIENT)).status).toBe(200);
    const init = await h.call(
      `${API}/request/formfilling-anonymous`,
      { source: 'PC_Browser', redirect: STRICT_CLIENT.redirects[0], androidActivity: 'x.Y' },
      {},
      STRICT_CLIENT,
    );
    expect(init.status).toBe(400);
    const list = (await (await h.get('/_control/transactions', STRICT_CLIENT)).json()) as { transactions: { service: string }[] };
    expect(list.transactions.map((t) => t.service)).toEqual(['auth']);
  });
});
