import { describe, expect, it } from 'vitest';
import { registerSecret } from '../log.ts';
import type { Exchange } from './exchange.ts';
import { ExchangeLog } from './exchange-log.ts';
import { buildHar } from './har.ts';
import { loggedBody } from './logged-body.ts';
import { redactHeaders } from './redact-body.ts';

function exchange(log: ExchangeLog, flowId?: string): Exchange {
  return {
    id: log.nextId(),
    env: 'sandbox',
    flowId,
    startedAt: new Date(0).toISOString(),
    request: { method: 'POST', path: '/iamsmart/v2/request/auth', headers: {} },
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: { token: 't' } },
    timings: { totalMs: 1, upstreamMs: 0.5 },
  };
}

describe('ExchangeLog', () => {
  it('keeps only the newest exchanges up to its capacity, newest first', () => {
    const log = new ExchangeLog(3);
    const ids = Array.from({ length: 5 }, () => {
      const e = exchange(log);
      log.add(e);
      return e.id;
    });
    expect(log.list().map((e) => e.id)).toEqual(ids.slice(2).reverse());
    expect(log.get(ids[0])).toBeUndefined();
    expect(log.list({ limit: 1 })).toHaveLength(1);
  });

  it('filters by flow and clears', () => {
    const log = new ExchangeLog(10);
    log.add(exchange(log, 'a'));
    log.add(exchange(log, 'b'));
    expect(log.list({ flow: 'a' })).toHaveLength(1);
    expect(log.clear()).toBe(2);
    expect(log.list()).toEqual([]);
  });
});

describe('loggedBody', () => {
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
  it('writes a HAR 1.2 log, oldest entry first', () => {
    const log = new ExchangeLog(10);
    const first = exchange(log);
    log.add(first);
    log.add(exchange(log));
    const har = JSON.parse(buildHar(log.list(), 'http://127.0.0.1:8787')) as { log: { version: string; entries: { request: { url: string }; startedDateTime: string }[] } };
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries).toHaveLength(2);
    expect(har.log.entries[0].request.url).toBe('http://127.0.0.1:8787/proxy/sandbox/iamsmart/v2/request/auth');
  });
});
