/**
 * A real sandbox (its own createServer) served over loopback HTTP, with a switch that makes it
 * misbehave: hang, answer garbage, reset the socket, or stop listening altogether and come back on
 * the same port. The proxy sees it as a real environment. Test-only.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { qualityServer } from './quality-server.ts';

export type Mode = 'pass' | 'hang' | 'garbage' | 'reset';

export async function switchableUpstream() {
  const sandbox = qualityServer();
  const pass = getRequestListener(sandbox.app.fetch);
  const sockets = new Set<Socket>();
  const state = { mode: 'pass' as Mode, port: 0, hanging: 0 };
  const http: Server = createHttpServer((req, res) => {
    if (state.mode === 'pass') return void pass(req, res);
    if (state.mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{"status":200,"data":"eyJ');
    }
    if (state.mode === 'reset') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"status":');
      return void req.socket.destroy();
    }
    state.hanging += 1;
    req.socket.once('close', () => (state.hanging -= 1));
  });
  http.on('connection', (s) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  const listen = () => new Promise<void>((r) => http.listen(state.port, '127.0.0.1', r));
  await listen();
  state.port = (http.address() as AddressInfo).port;
  const stop = () =>
    new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      http.close(() => r());
    });
  return {
    baseUrl: `http://127.0.0.1:${state.port}/sandbox`,
    sandbox,
    set mode(m: Mode) {
      state.mode = m;
    },
    /** Requests the upstream holds without answering and whose sockets are still open. */
    get hanging() {
      return state.hanging;
    },
    stop,
    restart: listen,
    async close() {
      await stop();
      await sandbox.server.close();
    },
  };
}
