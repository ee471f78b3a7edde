/**
 * Poll Data over time (docs/sandbox-contract.md §5, §6): a result is deleted at its first successful poll
 * and 18 minutes after it was finished in any case; a pending request times out after 5 minutes.
 * Time moves by the control API's clock, never by waiting. Each test has its own transactions.
 */
import { test, expect } from './fixtures/index.ts';
import { endpoint } from '../shared/catalogue/index.ts';
import { DEFAULT_SANDBOX } from '../server/config.ts';

const REDIRECT = 'http://127.0.0.1:9/callback';
const login = { source: 'PC_Browser', redirect: REDIRECT };
const DELETED = /deleted/i;

test('the first successful poll deletes the result: the second poll is 410', async ({ sandbox }) => {
  const auth = await sandbox.initiate('auth', login);
  await sandbox.approve(auth.token);
  const first = await sandbox.waitForPoll(auth.token, 200);
  expect(typeof (first.body as { data?: unknown }).data).toBe('string');
  const second = await sandbox.poll(auth.token);
  expect(second.status).toBe(410);
  expect((second.body as { message: string }).message).toMatch(DELETED);
});

test('an unpolled result lives 18 minutes: there at 17 min 59 s, gone at 18 min 01 s', async ({ sandbox }) => {
  const early = await sandbox.initiate('auth', login);
  const late = await sandbox.initiate('auth', login);
  await sandbox.approve(early.token);
  await sandbox.approve(late.token);

  await sandbox.advanceClock(DEFAULT_SANDBOX.resultTtlMs - 1_000);
  expect((await sandbox.poll(early.token)).status).toBe(200);
  await sandbox.advanceClock(2_000);
  const gone = await sandbox.poll(late.token);
  expect(gone.status).toBe(410);
  expect((gone.body as { message: string }).message).toMatch(DELETED);
});

test('a pending request is still pending at 4 min 59 s and timed out at 5 min 01 s', async ({ sandbox }) => {
  const auth = await sandbox.initiate('auth', login);
  await sandbox.advanceClock(DEFAULT_SANDBOX.pendingTimeoutMs - 1_000);
  expect((await sandbox.poll(auth.token)).status).toBe(202);
  await sandbox.advanceClock(2_000);
  const res = await sandbox.waitForPoll(auth.token, 410);
  expect((res.body as { errorCode: string }).errorCode).toBe(endpoint('auth').outcomes!.timedOut);
});

test('expire ends a pending request at once with the timeout code of its service', async ({ sandbox }) => {
  const form = await sandbox.initiate('formfilling-anonymous', { ...endpoint('formfilling-anonymous').example, redirect: REDIRECT });
  await sandbox.expire(form.token);
  const res = await sandbox.waitForPoll(form.token, 410);
  expect((res.body as { errorCode: string }).errorCode).toBe(endpoint('formfilling-anonymous').outcomes!.timedOut);
});
