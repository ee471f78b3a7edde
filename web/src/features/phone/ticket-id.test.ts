import { describe, it, expect } from 'vitest';
import { ticketIdFrom, phonePageUrl, isWebUrl } from './ticket-id.ts';
import { deadlinesOf, PENDING_TIMEOUT_MS } from './use-transaction.ts';
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
    expect(deadlinesOf({ status: 'pending', createdAt: 1000 })).toEqual({ timeoutAt: 1000 + PENDING_TIMEOUT_MS });
    expect(deadlinesOf({ status: 'approved', createdAt: 1000, finishedAt: 2000, deleteAt: 9000 })).toEqual({ deleteAt: 9000 });
  });
});

describe('readClock', () => {
  it('reads epoch ms or an ISO time', () => {
    expect(readClock({ now: 5, offsetMs: 0 })).toBe(5);
    expect(readClock({ now: '2026-01-01T00:00:00Z' })).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(readClock({})).toBeUndefined();
  });
});
