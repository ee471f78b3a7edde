import { describe, it, expect } from 'vitest';
import { makeRecording, parseRecording } from './recording.ts';
import type { Exchange, Flow } from './flow-types.ts';

const flow: Flow = {
  id: 'f1',
  env: 'sandbox',
  endpointId: 'auth',
  createdAt: 'x',
  updatedAt: 'x',
  status: 'pending',
  exchanges: ['e1'],
  callbacks: [],
  children: [],
};
const exchange: Exchange = {
  id: 'e1',
  env: 'sandbox',
  endpointId: 'auth',
  flowId: 'f1',
  startedAt: '2026-01-01T00:00:00Z',
  request: {
    method: 'POST',
    path: '/iamsmart/v2/request/auth',
    headers: { 'x-client-secret': 'leak', 'content-type': 'application/json' },
    body: {},
  },
  timings: { totalMs: 1 },
};

describe('recordings', () => {
  it('round-trips a flow and removes secret headers', () => {
    const rec = makeRecording('f1', { flows: [flow], exchanges: [exchange] }, new Date('2026-01-02T00:00:00Z'));
    const text = JSON.stringify(rec);
    expect(text).not.toContain('leak');
    const parsed = parseRecording(text);
    expect(parsed.ok && parsed.recording.flows[0].id).toBe('f1');
    expect(parsed.ok && parsed.recording.exchanges[0].request.headers['content-type']).toBe('application/json');
  });

  it('refuses files that are not recordings, with a reason', () => {
    expect(parseRecording('nope')).toEqual({ ok: false, reason: 'not_json' });
    expect(parseRecording('{"kind":"other"}')).toEqual({ ok: false, reason: 'not_recording' });
    expect(parseRecording(JSON.stringify({ ...makeRecording('f1', { flows: [flow], exchanges: [] }), version: 9 }))).toEqual({
      ok: false,
      reason: 'bad_version',
    });
    expect(parseRecording(JSON.stringify(makeRecording('zz', { flows: [{ ...flow, id: '../x' }], exchanges: [] })))).toEqual({
      ok: false,
      reason: 'not_recording',
    });
  });
});
