import { describe, it, expect } from 'vitest';
import { endpoint } from '../../../../shared/catalogue/index.ts';
import { rankTokens, type TokenCandidate } from './rank-tokens.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const ago = (min: number) => new Date(NOW - min * 60_000).toISOString();
const c = (flowId: string, over: Partial<TokenCandidate>): TokenCandidate => ({
  flowId,
  endpointId: 'auth',
  status: 'collected',
  token: `tok-${flowId}`,
  createdAt: ago(1),
  scopes: ['eidapi_auth'],
  expiresAt: NOW + 3_600_000,
  ...over,
});

describe('rankTokens', () => {
  const candidates = [
    c('old-sign', { createdAt: ago(30), scopes: ['eidapi_auth', 'eidapi_sign'] }),
    c('new-plain', { createdAt: ago(1) }),
    c('new-sign', { createdAt: ago(2), scopes: ['eidapi_auth', 'eidapi_sign'] }),
    c('pending-sign', { createdAt: ago(0), status: 'pending', scopes: ['eidapi_auth', 'eidapi_sign'] }),
    c('expired-sign', { createdAt: ago(300), scopes: ['eidapi_sign'], expiresAt: NOW - 1 }),
    c('a-signing', { endpointId: 'signing', createdAt: ago(0.5), status: 'pending', scopes: undefined }),
  ];

  it('puts the tokens that fit first, newest first, with the reason the others do not', () => {
    const rows = rankTokens(endpoint('signing'), candidates, NOW);
    expect(rows.map((r) => [r.flowId, r.fits, r.reason])).toEqual([
      ['new-sign', true, undefined],
      ['old-sign', true, undefined],
      ['pending-sign', false, 'not_approved'],
      ['a-signing', false, 'wrong_endpoint'],
      ['new-plain', false, 'scope'],
      ['expired-sign', false, 'expired'],
    ]);
  });

  it('for Poll Data, fits any initiation whose result can still be collected', () => {
    const rows = rankTokens(endpoint('poll'), candidates, NOW);
    expect(rows.filter((r) => r.fits).map((r) => r.flowId)).toEqual(['pending-sign', 'a-signing']);
    expect(rows.find((r) => r.flowId === 'new-plain')?.reason).toBe('collected');
  });

  it('takes an approved login whose scopes are not known yet as not fitting, and says so', () => {
    const rows = rankTokens(endpoint('formfilling'), [c('x', { scopes: undefined })], NOW);
    expect(rows[0]).toMatchObject({ fits: false, reason: 'scope_unknown' });
  });
});
