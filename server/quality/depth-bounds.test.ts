/**
 * Deeply nested JSON at every JSON entry of the server (docs/security-model.md §7): each
 * answers its documented 400 (the sandbox's own error body, or the playground's invalid_json /
 * token_malformed) instead of a 500, and the server keeps serving. 20,000 levels fit in 40 KB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoint } from '../../shared/catalogue/index.ts';
import { startHostileUpstream } from '../testing/hostile-upstream.ts';
import type { Loopback } from '../testing/loopback-upstream.ts';
import { CLIENT, ORIGIN, PLAYGROUND, qualityServer, type QualityServer } from '../testing/quality-server.ts';

const DEEP = 20_000;
const nested = (inner: string) => `${'['.repeat(DEEP)}${inner}${']'.repeat(DEEP)}`;
const b64 = (text: string) => Buffer.from(text).toString('base64url');

let hostile: Loopback;
let q: QualityServer;
beforeAll(async () => {
  hostile = await startHostileUpstream();
  q = qualityServer({
    environments: [
      { name: 'hostile', baseUrl: hostile.url, clientId: 'deep-client', clientSecret: 'deep-env-secret-0123456789-do-not-leak' },
    ],
  });
});
afterAll(async () => {
  await q.server.close();
  await hostile.close();
});

async function sandboxError(res: Response) {
  const body = (await res.json()) as { status: number; errors?: { path: string; message: string }[] };
  return { status: res.status, body };
}

const stillServing = async () => expect((await q.request('/healthz')).status).toBe(200);

describe('JSON nested 20,000 deep', () => {
  it('D5: the sandbox answers 400 to profileFields nested 20,000 deep, with what to fix', async () => {
    const body = `{"source":"PC_Browser","redirect":"${ORIGIN}/callback","scope":"eidapi_formFilling","profileFields":${nested('"enName"')}}`;
    const { status, body: err } = await sandboxError(await q.post(`/sandbox${endpoint('formfilling-anonymous').path}`, body));
    expect(status).toBe(400);
    expect(err.status).toBe(400);
    expect(err.errors?.[0].message).toMatch(/nested deeper than 64/);
    await stillServing();
  });

  it('the control API answers 400 to a nested body, and a flat one still works', async () => {
    const { status, body } = await sandboxError(await q.post('/sandbox/_control/clock', `{"advanceMs":${nested('1')}}`));
    expect(status).toBe(400);
    expect(body.errors?.[0].message).toMatch(/nested deeper than 64/);
    expect((await q.post('/sandbox/_control/clock', { advanceMs: 0 })).status).toBe(200);
  });

  it('D6: /api/decode answers 400 token_malformed to a header or payload nested deep inside its 256 KB cap, and 400 invalid_json to a nested request', async () => {
    const decode = (body: string) => q.request('/api/decode', { method: 'POST', headers: PLAYGROUND, body });
    const deepHeader = `${b64(`{"alg":"HS256","x":${nested('1')}}`)}.${b64('{}')}.c2ln`;
    const deepPayload = `${b64('{"alg":"HS256"}')}.${b64(`{"sub":${nested('1')}}`)}.c2ln`;
    for (const token of [deepHeader, deepPayload]) {
      expect(token.length).toBeLessThan(256 * 1024);
      const res = await decode(JSON.stringify({ token }));
      expect(res.status, token.slice(0, 40)).toBe(400);
      expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({
        code: 'token_malformed',
        message: expect.stringMatching(/nested deeper than 64/),
      });
    }
    const res = await decode(`{"token":${nested('"x"')}}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
    await stillServing();
  });

  it('the proxy refuses a nested request body with 400 invalid_json before calling the upstream', async () => {
    const before = hostile.received.length;
    const res = await q.request('/proxy/sandbox/iamsmart/v2/request/auth', {
      method: 'POST',
      headers: PLAYGROUND,
      body: `{"x":${nested('1')}}`,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
    const viaHostile = await q.request('/proxy/hostile/anything', { method: 'POST', headers: PLAYGROUND, body: nested('1') });
    expect(viaHostile.status).toBe(400);
    expect(hostile.received.length).toBe(before);
  });

  it('the proxy answers 502 upstream_bad_response to a nested upstream answer, and the exchange log keeps working', async () => {
    const res = await q.request('/proxy/hostile/deep', { headers: PLAYGROUND });
    expect(res.status).toBe(502);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error).toMatchObject({ code: 'upstream_bad_response', message: expect.stringMatching(/nested deeper than 64/) });
    const log = await q.request('/api/exchanges');
    expect(log.status).toBe(200);
    expect(await log.text()).not.toContain('deep-env-secret');
  });

  it('a flat body with the same fields is still fine', async () => {
    const ok = await q.post(
      `/sandbox${endpoint('formfilling-anonymous').path}`,
      { source: 'PC_Browser', redirect: `${ORIGIN}/callback`, scope: 'eidapi_formFilling', profileFields: ['enName'] },
      CLIENT,
    );
    expect(ok.status, await ok.clone().text()).toBe(200);
  });
});
