/**
 * Sends one request to an environment and reads the whole answer under the size cap. Real
 * environments go through one keep-alive undici Agent with no redirect following (SEC-3); the
 * sandbox is dispatched in-process to its Hono app, which is the same code path minus the socket.
 */
import { Agent } from 'undici';
import type { Hono } from 'hono';
import { readCapped, TooLarge } from '../http/read-capped.ts';
import { faultFrom, UpstreamFault } from './upstream-fault.ts';

export interface UpstreamRequest {
  env: string;
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: Uint8Array;
}

export interface UpstreamAnswer {
  status: number;
  headers: Headers;
  body: Uint8Array;
}

export interface UpstreamLimits {
  timeoutMs: number;
  maxResponseBytes: number;
}

function tooLarge(env: string, max: number): UpstreamFault {
  return new UpstreamFault('response_too_large', `Environment "${env}" sent more than ${max} bytes; the proxy stopped reading.`);
}

/**
 * Runs one upstream exchange under a whole-exchange deadline (T-P5: headersTimeout/bodyTimeout
 * only measure idle gaps) and turns whatever goes wrong into an UpstreamFault naming the env.
 * The deadline is a promise, not an AbortSignal: creating a signal costs ~10% of an in-process
 * sandbox call, so only the real upstream (whose socket must be torn down) makes one.
 */
async function underDeadline(
  req: UpstreamRequest,
  limits: UpstreamLimits,
  exchange: (deadline: Promise<never>) => Promise<UpstreamAnswer>,
): Promise<UpstreamAnswer> {
  let timedOut = false;
  let expire!: (err: Error) => void;
  const deadline = new Promise<never>((_, reject) => (expire = reject));
  deadline.catch(() => undefined); // observed by whoever races it; never an unhandled rejection
  const timer = setTimeout(() => {
    timedOut = true;
    expire(new Error('deadline'));
  }, limits.timeoutMs);
  try {
    return await exchange(deadline);
  } catch (err) {
    if (err instanceof TooLarge) throw tooLarge(req.env, limits.maxResponseBytes);
    throw faultFrom(err, req.env, limits.timeoutMs, timedOut);
  } finally {
    clearTimeout(timer);
  }
}

export function callSandbox(host: Hono, req: UpstreamRequest, limits: UpstreamLimits): Promise<UpstreamAnswer> {
  return underDeadline(req, limits, async (deadline) => {
    // A Hono app does not watch a signal: racing the deadline ends a hung handler all the same.
    const request = new Request(req.url, { method: req.method, headers: req.headers, body: req.body as BodyInit | undefined });
    const res = await Promise.race([host.fetch(request), deadline]);
    const body = await Promise.race([readCapped(res.body, limits.maxResponseBytes, res.headers.get('content-length')), deadline]);
    return { status: res.status, headers: res.headers, body };
  });
}

export function createAgent(limits: UpstreamLimits): Agent {
  return new Agent({
    connect: { timeout: limits.timeoutMs },
    headersTimeout: limits.timeoutMs,
    bodyTimeout: limits.timeoutMs,
    keepAliveTimeout: 10_000,
    connections: 64,
  });
}

export function callReal(agent: Agent, req: UpstreamRequest, limits: UpstreamLimits): Promise<UpstreamAnswer> {
  return underDeadline(req, limits, async (deadline) => {
    const ctl = new AbortController();
    deadline.catch(() => ctl.abort());
    const { signal } = ctl;
    const res = await agent.request({
      origin: req.url.origin,
      path: `${req.url.pathname}${req.url.search}`,
      method: req.method as 'GET',
      headers: req.headers,
      body: req.body && req.body.byteLength > 0 ? Buffer.from(req.body.buffer, req.body.byteOffset, req.body.byteLength) : undefined,
      signal,
    });
    const headers = new Headers();
    for (const [k, v] of Object.entries(res.headers)) {
      if (v === undefined) continue;
      for (const one of Array.isArray(v) ? v : [v]) headers.append(k, one);
    }
    const announced = headers.get('content-length');
    if (announced && /^\d+$/.test(announced) && Number(announced) > limits.maxResponseBytes) {
      res.body.destroy();
      throw tooLarge(req.env, limits.maxResponseBytes);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).byteLength;
      if (size > limits.maxResponseBytes) {
        res.body.destroy();
        throw tooLarge(req.env, limits.maxResponseBytes);
      }
      chunks.push(chunk as Buffer);
    }
    return { status: res.statusCode, headers, body: new Uint8Array(Buffer.concat(chunks, size)) };
  });
}
