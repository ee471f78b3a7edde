import { describe, expect, it } from 'vitest';
import { registerSecret } from '../log.ts';
import { ExchangeLog } from './exchange-log.ts';
import { describeExchangeStoreContract, describeFlowStoreContract, sampleExchange } from '../testing/inspector-store-contract.ts';
import { buildHar } from './har.ts';
import { loggedBody } from './logged-body.ts';
import { redactHeaders } from './redact-body.ts';
import { MemoryFlowStore } from './memory-flow-store.ts';
import { newExchangeId, newFlowId } from './record-ids.ts';

describeExchangeStoreContract('ExchangeLog', (bounds) => new ExchangeLog(bounds));
describeFlowStoreContract('MemoryFlowStore', (capacity) => new MemoryFlowStore(capacity));

describe('record ids', () => {
  it('are unique, URL-safe and valid flow ids', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newExchangeId()));
    expect(ids.size).toBe(10_000);
    expect(newFlowId()).toMatch(/^flow-[A-Za-z0-9_-]{1,59}$/);
  });
});

describe('loggedBody', () => {
  it('D4 keeps a body nested deeper than it walks as redacted text with a note, without recursing', async () => {
    registerSecret('deep-secret-value-77');
    const deep = '['.repeat(20_000) + '"deep-secret-value-77"' + ']'.repeat(20_000);
    const out = loggedBody(new TextEncoder().encode(deep), 64 << 10);
    expect(typeof out.body).toBe('string');
    expect(out.note).toMatch(/nested deeper than 64 levels/);
    expect(out.body).not.toContain('deep-secret-value-77');
    expect(JSON.stringify(out)).toContain('[REDACTED]');
    // Exactly at the bound it is still parsed.
    expect(loggedBody(new TextEncoder().encode('['.repeat(64) + ']'.repeat(64)), 1000).note).toBeUndefined();
    expect(loggedBody(new TextEncoder().encode('"[[[["'), 1000)).toEqual({ body: '[[[[' });
  });

  it('parses JSON, keeps text, and truncates with a mark past the limit', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(loggedBody(enc('{"a":1}'), 100)).toEqual({ body: { a: 1 } });
    expect(loggedBody(enc('plain'), 100)).toEqual({ body: 'plain' });
    expect(loggedBody(enc('x'.repeat(200)), 100)).toEqual({ body: 'x'.repeat(100), truncated: true });
    expect(loggedBody(undefined, 100)).toEqual({});
  });

  it('replaces a registered secret anywhere in a body, keys included', () => {
    registerSecret('body-secret-value-42');
    const out = loggedBody(new TextEncoder().encode('{"x":"a body-secret-value-42 b","body-secret-value-42":1}'), 1000);
    expect(JSON.stringify(out)).not.toContain('body-secret-value-42');
  });
});

describe('redactHeaders', () => {
  it('hides credential and cookie headers whatever their value', () => {
    expect(redactHeaders({ 'x-client-secret': 's', 'x-client-id': 'i', cookie: 'c', accept: 'application/json' })).toEqual({
      'x-client-secret': '[REDACTED]',
      'x-client-id': '[REDACTED]',
      cookie: '[REDACTED]',
      accept: 'application/json',
    });
  });
});

describe('buildHar', () => {
  it('writes a HAR 1.2 log of every page, oldest entry first', async () => {
    const log = new ExchangeLog({ maxBytes: 1 << 20, maxFlows: 10, maxLooseExchanges: 1000, maxExchangesPerFlow: 10 });
    const ids: string[] = [];
    for (let i = 0; i < 501; i++) {
      const e = sampleExchange();
      ids.push(e.id);
      await log.add(e);
    }
    const har = JSON.parse(await buildHar(log, 'http://127.0.0.1:8787')) as {
      log: { version: string; entries: { request: { url: string }; startedDateTime: string; comment: string }[] };
    };
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries).toHaveLength(501);
    expect(har.log.entries[0].request.url).toBe('http://127.0.0.1:8787/proxy/sandbox/iamsmart/v2/request/auth');
  });
});
