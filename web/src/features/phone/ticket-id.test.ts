import { describe, it, expect } from 'vitest';
import { ticketIdFrom, phonePageUrl, isWebUrl } from './ticket-id.ts';
import { chipStatus, deadlinesOf } from './transaction-view.ts';
import { readClock } from './control-api.ts';

describe('ticketIdFrom', () => {
  it('reads the ticket from the QR page url and from a deep link', () => {
    expect(ticketIdFrom('http://127.0.0.1:8787/sandbox/sim/qr/AbC123')).toBe('AbC123');
    expect(ticketIdFrom('hk.gov.iamsmart.testapp://hash-sign?ticketID=T%2B1')).toBe('T+1');
    expect(ticketIdFrom('https://example.com/x')).toBeUndefined();
    expect(ticketIdFrom(42)).toBeUndefined();
  });

  it('links the sandbox phone page and tells web urls from deep links', () => {
    expect(phonePageUrl('a/b')).toBe('/sandbox/sim/app/a%2Fb');
    expect([isWebUrl('http://x'), isWebUrl('hk.gov.iamsmart.testapp://auth')]).toEqual([true, false]);
  });
});

describe('deadlinesOf', () => {
  it('gives the pending timeout, then the deletion time once finished', () => {
    expect(deadlinesOf({ id: 't', status: 'pending', at: 1000, timeoutAt: 301_000 })).toEqual({ timeoutAt: 301_000 });
    expect(deadlinesOf({ id: 't', status: 'approved', at: 2000, deleteAt: 9000 })).toEqual({ deleteAt: 9000 });
    expect(deadlinesOf({ id: 't', status: 'deleted', at: 9000 })).toEqual({});
  });
});

describe('chipStatus', () => {
  const tx = { id: 't', at: 0, timeoutAt: 300, deleteAt: 1080 };
  it('reads the sandbox transaction, and a deadline passed on the sandbox clock at once', () => {
    expect(chipStatus({ status: 'pending', transaction: { ...tx, status: 'pending' } }, 10)).toBe('pending');
    expect(chipStatus({ status: 'pending', transaction: { ...tx, status: 'pending' } }, 300)).toBe('timed_out');
    expect(chipStatus({ status: 'approved', transaction: { ...tx, status: 'approved' } }, 10)).toBe('approved_uncollected');
    expect(chipStatus({ status: 'collected', transaction: { ...tx, status: 'collected' } }, 10)).toBe('collected');
    expect(chipStatus({ status: 'approved', transaction: { ...tx, status: 'approved' } }, 1080)).toBe('deleted');
    expect(chipStatus({ status: 'rejected' }, 10)).toBe('rejected');
    expect(chipStatus({ status: 'approved' }, 10)).toBe('approved_uncollected');
  });
});

describe('readClock', () => {
  it('reads epoch ms or an ISO time', () => {
    expect(readClock({ now: 5, offsetMs: 0 })).toBe(5);
    expect(readClock({ now: '2026-01-01T00:00:00Z' })).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(readClock({})).toBeUndefined();
  });
});
