import { describe, expect, it } from 'vitest';
import { isFinal, pollOutcome, statusFromCallback, statusFromPoll } from './flow-status.ts';

describe('pollOutcome: one poll answer read alone', () => {
  it.each([
    [202, {}, 'pending'],
    [200, { data: 'x' }, 'collected'],
    [403, { errorCode: 'D40001' }, 'rejected'],
    [403, { errorCode: 'D40000' }, 'cancelled'],
    [403, {}, 'rejected'],
    [403, { errorCode: 'D49999' }, 'rejected'],
    [403, { errorCode: 7 }, 'rejected'],
    [410, { errorCode: 'D40003' }, 'timed_out'],
    [410, { errorCode: 'D49999' }, 'timed_out'],
    [410, {}, 'deleted'],
    [401, { errorCode: 'D40004' }, 'error'],
    [500, {}, 'error'],
    [0, undefined, 'error'],
  ] as const)('reads %i %j on a login as %s', (status, body, expected) => {
    expect(pollOutcome('auth', status, body)).toBe(expected);
  });

  it('uses each service’s own codes, then the API’s pattern for codes the catalogue does not list', () => {
    expect(pollOutcome('formfilling', 403, { errorCode: 'D60000' })).toBe('cancelled');
    expect(pollOutcome('formfilling', 403, { errorCode: 'D60001' })).toBe('rejected');
    expect(pollOutcome('signing', 403, { errorCode: 'D70000' })).toBe('cancelled');
    expect(pollOutcome('signing-anonymous', 403, { errorCode: 'D70005' })).toBe('rejected');
    expect(pollOutcome('signing', 403, { errorCode: 'D90000' })).toBe('cancelled');
    expect(pollOutcome('signing', 403, { errorCode: 'D90003' })).toBe('timed_out');
    expect(pollOutcome('formfilling', 410, { errorCode: 'D60003' })).toBe('timed_out');
    // The catalogue's codes count before the answer's status: a reject code on a 410 is still a rejection.
    expect(pollOutcome('auth', 410, { errorCode: 'D40001' })).toBe('rejected');
    // The pattern is the code's end, not a 003 anywhere in it.
    expect(pollOutcome('signing', 403, { errorCode: 'D00301' })).toBe('rejected');
    expect(pollOutcome('signing', 403, { errorCode: 'D00010' })).toBe('rejected');
  });

  it('reads a 403 without a JSON object body as rejected, not as a crash', () => {
    for (const body of [null, undefined, 'Forbidden']) expect(pollOutcome('auth', 403, body)).toBe('rejected');
  });

  it('reads reauth’s one code for rejecting and cancelling (D80001) as rejected, its documented meaning', () => {
    expect(pollOutcome('reauth', 403, { errorCode: 'D80001' })).toBe('rejected');
    expect(pollOutcome('reauth', 410, { errorCode: 'D80003' })).toBe('timed_out');
  });

  it('calls every outcome but pending final', () => {
    expect((['pending', 'collected', 'rejected', 'cancelled', 'timed_out', 'deleted', 'error'] as const).map(isFinal)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('statusFromPoll: a flow’s status after one more poll', () => {
  it('takes the poll’s outcome, and keeps the status on an answer that says nothing about the transaction', () => {
    expect(statusFromPoll('pending', 'auth', 200, { data: 'x' })).toBe('collected');
    expect(statusFromPoll('pending', 'auth', 403, { errorCode: 'D40000' })).toBe('cancelled');
    expect(statusFromPoll('pending', 'auth', 401, {})).toBe('pending');
    expect(statusFromPoll('approved', 'auth', 503, {})).toBe('approved');
  });

  it('keeps an approval a callback reported while the poll still says pending', () => {
    expect(statusFromPoll('approved', 'auth', 202, {})).toBe('approved');
    expect(statusFromPoll('rejected', 'auth', 202, {})).toBe('pending');
  });

  it('keeps a collected flow collected after the data is gone, and calls other gone data deleted', () => {
    expect(statusFromPoll('collected', 'auth', 410, {})).toBe('collected');
    expect(statusFromPoll('approved', 'auth', 410, {})).toBe('deleted');
    expect(statusFromPoll('collected', 'auth', 410, { errorCode: 'D40003' })).toBe('timed_out');
  });
});

describe('statusFromCallback', () => {
  it('reads a code as approved and an errorCode as the outcome, only while pending', () => {
    expect(statusFromCallback('pending', 'auth', { code: 'abc' })).toBe('approved');
    expect(statusFromCallback('pending', 'formfilling', { errorCode: 'D60000' })).toBe('cancelled');
    expect(statusFromCallback('pending', 'auth', { errorCode: 'D40001', code: 'abc' })).toBe('rejected');
    expect(statusFromCallback('pending', 'auth', { errorCode: 'D12345' })).toBe('rejected');
    expect(statusFromCallback('pending', 'auth', { errorCode: 'D40003' })).toBe('timed_out');
    expect(statusFromCallback('pending', 'auth', {})).toBe('pending');
    expect(statusFromCallback('collected', 'auth', { errorCode: 'D40001' })).toBe('collected');
    expect(statusFromCallback('approved', 'auth', { code: 'abc' })).toBe('approved');
  });
});
