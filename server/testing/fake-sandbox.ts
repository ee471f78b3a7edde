/**
 * A stand-in for the sandbox with the parts of its contract the proxy relies on: initiations that
 * return a token, Poll Data answering 202 until approved, a control API listing each
 * transaction's state, and an echo path. Test-only; the real sandbox lives in server/sandbox. It fills the ProxiedSandbox interface, the part of the sandbox createPlaygroundApi uses.
 */
import { Hono } from 'hono';
import { SignJWT, jwtVerify } from 'jose';
import type { InitiationId } from '../../shared/catalogue/index.ts';
import type { ProxiedSandbox } from '../proxy/index.ts';

const KEY = new TextEncoder().encode('fake-sandbox-signing-key-for-tests-only');

interface Tx {
  id: string;
  token: string;
  state: string;
  service: InitiationId;
  status: 'pending' | 'approved' | 'rejected' | 'collected';
}

export type FakeSandbox = ProxiedSandbox & { txs: Map<string, Tx> };

export function fakeSandbox(): FakeSandbox {
  const app = new Hono();
  const txs = new Map<string, Tx>();
  let seq = 0;
  const auth = (h: string | undefined) => h === 'sandbox-client';
  app.use('*', async (c, next) => {
    if (!auth(c.req.header('x-client-id')) || !c.req.header('x-client-secret'))
      return c.json({ status: 401, message: 'Unauthorized' }, 401);
    await next();
  });
  app.post('/iamsmart/v2/request/:service', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { source?: string };
    if (!body.source)
      return c.json(
        { status: 400, message: 'Bad Request - Invalid input parameters', errors: [{ path: 'source', message: 'required' }] },
        400,
      );
    seq += 1;
    const id = `tx${seq}`;
    const token = await new SignJWT({ cid: 'sandbox-client', svc: c.req.param('service') })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(id)
      .setIssuedAt()
      .sign(KEY);
    txs.set(token, { id, token, state: `state-${id}`, service: c.req.param('service') as InitiationId, status: 'pending' });
    return c.json({ token, url: `http://127.0.0.1:8787/sandbox/sim/qr/${id}` });
  });
  app.post('/iamsmart/v2/callback/client', async (c) => {
    const { token } = (await c.req.json()) as { token?: string };
    const tx = txs.get(token ?? '');
    if (!tx) return c.json({ status: 401, message: 'Unauthorized - Token is missing, invalid, or expired' }, 401);
    if (tx.status === 'pending') return c.json({ status: 202, message: 'Result Pending, user has not completed the action' }, 202);
    if (tx.status === 'rejected') return c.json({ status: 403, message: 'User rejected the request', errorCode: 'D40001' }, 403);
    if (tx.status === 'collected')
      return c.json({ status: 410, message: 'Personal data is deleted after 18 minutes / after first successful poll' }, 410);
    tx.status = 'collected';
    return c.json({ status: 200, message: 'Success', data: 'a.b.c.d.e' });
  });
  app.get('/_control/transactions', (c) =>
    c.json({ transactions: [...txs.values()].map(({ id, state, service, status }) => ({ ticketID: id, state, service, status })) }),
  );
  app.post('/_control/:action', async (c) => {
    const { token } = (await c.req.json()) as { token?: string };
    const tx = txs.get(token ?? '');
    if (!tx) return c.json({ status: 404, message: 'Not found' }, 404);
    tx.status = c.req.param('action') === 'approve' ? 'approved' : 'rejected';
    return c.json({ ok: true });
  });
  app.all('/echo/*', async (c) => {
    const headers: Record<string, string> = {};
    c.req.raw.headers.forEach((v, k) => (headers[k] = v));
    return c.json({ method: c.req.method, url: c.req.url, headers, body: await c.req.text() });
  });
  return {
    app,
    txs,
    // No change events; a lookup by key answers from the map, as the sandbox's own indexes do.
    changes: { watch: () => () => undefined },
    async findTransaction(_clientId: string, key: { id?: string; ticketID?: string; state?: string }) {
      const tx = [...txs.values()].find((t) => t.id === key.id || t.id === key.ticketID || t.state === key.state);
      return tx && { id: tx.id, ticketID: tx.id, state: tx.state, service: tx.service, status: tx.status, deleteAt: 0, at: 0 };
    },
    // As the sandbox's own: the payload when the token is ours and intact, a throw otherwise.
    async verifyToken(compact: string) {
      return (await jwtVerify(compact, KEY, { algorithms: ['HS256'] })).payload as Record<string, unknown>;
    },
  };
}
