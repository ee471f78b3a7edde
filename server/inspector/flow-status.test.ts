import { describe, expect, it } from 'vitest';
import { statusFromCallback, statusFromPoll } from './flow-status.ts';
import { flowIdFromRedirect } from '../../shared/inspector/flow-id.ts';
import { ticketFromInitiation } from './flow.ts';

describe('statusFromPoll', () => {
  it.each([
    [202, {}, 'pending'],
    [200, { data: 'x' }, 'collected'],
    [403, { errorCode: 'D40001' }, 'rejected'],
    [403, { errorCode: 'D40000' }, 'cancelled'],
    [410, { errorCode: 'D40003' }, 'timed_out'],
    [410, {}, 'deleted'],
    [401, {}, 'pending'],
  ] as const)('reads %i %j on an auth flow as %s', (status, body, expected) => {
    expect(statusFromPoll('pending', 'auth', status, body)).toBe(expected);
  });

  it('uses each endpoint’s own codes and keeps a collected flow collected after the data is gone', () => {
    expect(statusFromPoll('pending', 'signing', 403, { errorCode: 'D70000' })).toBe('cancelled');
    expect(statusFromPoll('pending', 'signing-anonymous', 403, { errorCode: 'D70005' })).toBe('rejected');
    expect(statusFromPoll('collected', 'auth', 410, {})).toBe('collected');
  });
});

describe('statusFromCallback', () => {
  it('reads a code as approved and an errorCode as the outcome, only while pending', () => {
    expect(statusFromCallback('pending', 'auth', { code: 'abc' })).toBe('approved');
    expect(statusFromCallback('pending', 'formfilling', { errorCode: 'D60000' })).toBe('cancelled');
    expect(statusFromCallback('collected', 'auth', { errorCode: 'D40001' })).toBe('collected');
  });
});

describe('flowIdFromRedirect', () => {
  it('takes the flow id from a /callback redirect only', () => {
    expect(flowIdFromRedirect({ redirect: 'http://127.0.0.1:8787/callback?flow=ab_1-2' })).toBe('ab_1-2');
    expect(flowIdFromRedirect({ redirectURI: 'http://localhost:5173/callback?flow=z' })).toBe('z');
    expect(flowIdFromRedirect({ redirect: 'http://127.0.0.1/other?flow=x' })).toBeUndefined();
    expect(flowIdFromRedirect({ redirect: 'http://127.0.0.1/callback?flow=../x' })).toBeUndefined();
    expect(flowIdFromRedirect({ redirect: 'not a url' })).toBeUndefined();
    expect(flowIdFromRedirect('string')).toBeUndefined();
  });
});

describe('ticketFromInitiation', () => {
  it('reads the ticket from a QR page URL or a deep link', () => {
    expect(ticketFromInitiation({ url: 'http://127.0.0.1:8787/sandbox/sim/qr/T123' })).toBe('T123');
    expect(ticketFromInitiation({ url: 'hk.gov.iamsmart.testapp://auth?ticketID=T9' })).toBe('T9');
    expect(ticketFromInitiation({ url: 42 })).toBeUndefined();
    expect(ticketFromInitiation({ url: '::' })).toBeUndefined();
  });
});
