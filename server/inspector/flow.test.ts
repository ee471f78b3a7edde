import { describe, expect, it } from 'vitest';
import { flowIdFromRedirect } from '../../shared/inspector/flow-id.ts';
import { ticketFromInitiation } from './flow.ts';

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
