import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compactDecrypt } from 'jose';
import { MESSAGES } from '../../../shared/catalogue/index.ts';
import { deriveJweKey } from '../../../shared/crypto/jwe-key.ts';
import { TEST_CLIENT } from '../../config.ts';
import { API, harness, REDIRECT, type Harness } from '../../testing/test-harness.ts';

const MIN = 60_000;

async function start(h: Harness, source = 'PC_Browser', headers: Record<string, string> = {}): Promise<string> {
  const res = await h.call(`${API}/request/auth`, { source, redirect: REDIRECT }, headers);
  expect(res.status).toBe(200);
  return res.body.token as string;
}

const poll = (h: Harness, token: string, code?: string) => h.call(`${API}/callback/client`, { token, ...(code ? { code } : {}) });

async function codeOf(h: Harness): Promise<string> {
  const list = await (await h.get('/_control/transactions')).json();
  const tx = (list as { transactions: { callbackUrl: string | null }[] }).transactions.find((t) => t.callbackUrl)!;
  return new URL(tx.callbackUrl!).searchParams.get('code')!;
}

describe('Poll Data', () => {
  it('answers 202 while pending with the documented body', async () => {
    const h = harness();
    expect(await poll(h, await start(h))).toEqual({ status: 202, body: { status: 202, message: MESSAGES.pending } });
  });

  it('answers 200 with a JWE once, then 410 deleted (T-S4)', async () => {
    const h = harness();
    const token = await start(h);
    await h.call('/_control/approve', { token });
    const first = await poll(h, token);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 200, message: MESSAGES.success });
    const { plaintext } = await compactDecrypt(first.body.data as string, await deriveJweKey(TEST_CLIENT.secret));
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toHaveProperty('iAMSMART.openID');
    expect(await poll(h, token)).toEqual({ status: 410, body: { status: 410, message: MESSAGES.deleted } });
  });

  it('answers 403 with the outcome code for reject and cancel, terminally (T-S6)', async () => {
    const h = harness();
    const a = await start(h);
    const b = await start(h);
    await h.call('/_control/reject', { token: a });
    await h.call('/_control/cancel', { token: b });
    expect(await poll(h, a)).toEqual({ status: 403, body: { status: 403, message: MESSAGES.rejected, errorCode: 'D40001' } });
    expect(await poll(h, b)).toEqual({ status: 403, body: { status: 403, message: MESSAGES.rejected, errorCode: 'D40000' } });
    expect((await h.call('/_control/approve', { token: a })).status).toBe(409);
    expect((await poll(h, a)).status).toBe(403);
  });

  it('times a pending request out after 5 minutes with 410 and D40003', async () => {
    const h = harness();
    const token = await start(h);
    await h.call('/_control/clock', { advanceMs: 5 * MIN - 1 });
    expect((await poll(h, token)).status).toBe(202);
    await h.call('/_control/clock', { advanceMs: 1 });
    expect(await poll(h, token)).toEqual({ status: 410, body: { status: 410, message: MESSAGES.timedOut, errorCode: 'D40003' } });
  });

  it('keeps a result 18 minutes: available at 17:59, deleted at 18:01 (T-S5)', async () => {
    const h = harness();
    const early = await start(h);
    const late = await start(h);
    await h.call('/_control/approve', { token: early });
    await h.call('/_control/approve', { token: late });
    await h.call('/_control/clock', { advanceMs: 17 * MIN + 59_000 });
    expect((await poll(h, early)).status).toBe(200);
    await h.call('/_control/clock', { advanceMs: 2_000 });
    expect(await poll(h, late)).toEqual({ status: 410, body: { status: 410, message: MESSAGES.deleted } });
  });

  it('answers 401 for a bad token', async () => {
    const h = harness();
    const token = await start(h);
    expect((await poll(h, `${token.slice(0, -3)}abc`)).status).toBe(401);
    expect((await poll(h, 'a.b.c')).status).toBe(401);
  });

  it('releases an App-to-App result only with its code: none 400, wrong 401, right 200, reused gone (T-S1)', async () => {
    const h = harness();
    const token = await start(h, 'android');
    await h.call('/_control/approve', { token });
    const code = await codeOf(h);
    expect(code).toMatch(/^[a-f0-9]{32}$/);
    expect((await poll(h, token)).status).toBe(400);
    expect((await poll(h, token, 'f'.repeat(32))).status).toBe(401);
    expect((await poll(h, token, code)).status).toBe(200);
    expect((await poll(h, token, code)).status).toBe(410);
  });

  it('rejects an App-to-App code after its TTL (T-S3)', async () => {
    const h = harness();
    const token = await start(h, 'App_Link');
    await h.call('/_control/approve', { token });
    const code = await codeOf(h);
    await h.call('/_control/clock', { advanceMs: 121_000 });
    const res = await poll(h, token, code);
    expect(res.status).toBe(401);
    expect(res.body.errorCode).toBe('D40004');
  });

  it('follows approve-after-polls=N and keeps scenarios per token', async () => {
    const h = harness();
    const scripted = await start(h, 'PC_Browser', { 'x-sandbox-scenario': 'approve-after-polls=2', 'x-sandbox-persona': 'lee-ka-ho' });
    const plain = await start(h);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await poll(h, scripted)).status);
    expect(statuses).toEqual([202, 202, 200]);
    expect((await poll(h, plain)).status).toBe(202);
    const list = (await (await h.get('/_control/transactions')).json()) as { transactions: { persona: string | null }[] };
    expect(list.transactions[0].persona).toBe('lee-ka-ho');
  });

  it('applies the reject, cancel and timeout scenarios at once', async () => {
    const h = harness();
    for (const [scenario, status] of [
      ['reject', 403],
      ['cancel', 403],
      ['timeout', 410],
      ['approve', 200],
    ] as const) {
      const token = await start(h, 'PC_Browser', { 'x-sandbox-scenario': scenario });
      expect((await poll(h, token)).status, scenario).toBe(status);
    }
    expect(
      (await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT }, { 'x-sandbox-scenario': 'explode' })).status,
    ).toBe(400);
    expect(
      (await h.call(`${API}/request/auth`, { source: 'PC_Browser', redirect: REDIRECT }, { 'x-sandbox-persona': 'nobody' })).status,
    ).toBe(400);
  });

  it('hands the result to exactly one of two concurrent polls (T-S7)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const h = harness();
        const token = await start(h);
        await h.call('/_control/approve', { token });
        const a = s.schedule(Promise.resolve()).then(() => poll(h, token));
        const b = s.schedule(Promise.resolve()).then(() => poll(h, token));
        await s.waitAll();
        const statuses = [(await a).status, (await b).status].sort();
        return statuses[0] === 200 && statuses[1] === 410;
      }),
      { numRuns: 200 },
    );
  });
});
