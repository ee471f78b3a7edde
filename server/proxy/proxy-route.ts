/**
 * `<METHOD> /proxy/<env>/<api path>`: forwards one API call with the environment's credentials,
 * records it as an exchange (secrets removed), links it to its flow, and answers with the
 * upstream's status and body plus the x-playground-* headers (docs/playground-api.md, "Proxy").
 * On the answer's path: forwarding, the answer's scrubbing and the choice of flow; the exchange's
 * log copy, its flow's record and the live events go to the inspector's recording queue.
 */
import type { Context } from 'hono';
import type { Hono } from 'hono';
import type { Agent } from 'undici';
import { endpointFor } from '../../shared/catalogue/index.ts';
import { PLAYGROUND_ERRORS } from '../../shared/errors/playground-errors.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Inspector } from '../inspector/index.ts';
import { exchangeFromDraft, type ExchangeDraft } from './exchange-draft.ts';
import type { Environments } from '../environments.ts';
import { browserResponseHeaders, upstreamRequestHeaders } from './forward-headers.ts';
import { readCappedRequest, TooLarge } from '../http/read-capped.ts';
import { JsonTooDeep, parseBoundedJson } from '../../shared/json/parse-bounded-json.ts';
import { scrubHeaders, scrubResponse } from './scrub-response.ts';
import { resolveTarget } from './target.ts';
import { callReal, callSandbox, type UpstreamAnswer } from './upstream.ts';
import { UpstreamFault } from './upstream-fault.ts';
import { playgroundErrorResponse } from '../http/playground-error.ts';

export const PROXY_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The playground's own reads of the control API (listings, the phone panel's lookups) are not
 * exchanges a person made: recording them would flood the log (docs/playground-api.md, "Proxy").
 */
export function isRecorded(method: string, apiPath: string): boolean {
  return !(method === 'GET' && apiPath.startsWith('/_control/'));
}

export interface ProxyDeps {
  config: Config;
  log: Logger;
  envs: Environments;
  inspector: Inspector;
  sandboxHost: Hono;
  agent: Agent;
}

/** The raw request line when node-server gives it to us; the parsed URL otherwise (tests). */
export function rawUrl(c: Context): string {
  const incoming = (c.env as { incoming?: { url?: string } } | undefined)?.incoming;
  if (incoming?.url) return incoming.url;
  const u = new URL(c.req.url);
  return `${u.pathname}${u.search}`;
}

/** The browser's body as JSON when it is JSON; JsonTooDeep (a 400) when it nests past the limit. */
function parseSent(bytes: Uint8Array): { ok: boolean; value?: unknown } {
  if (bytes.byteLength === 0) return { ok: true };
  try {
    return { ok: true, value: parseBoundedJson(new TextDecoder().decode(bytes)) };
  } catch (err) {
    if (err instanceof JsonTooDeep) throw err;
    return { ok: false };
  }
}

export function proxyHandler(deps: ProxyDeps) {
  const { config, log, envs, inspector } = deps;
  const limits = { timeoutMs: config.proxy.timeoutMs, maxResponseBytes: config.proxy.maxResponseBytes };
  return async (c: Context) => {
    const started = performance.now();
    const startedAt = new Date();
    const method = c.req.method.toUpperCase();
    const resolved = resolveTarget(rawUrl(c), envs, config.publicUrl.replace(/\/+$/, ''));
    if (!resolved.ok) return playgroundErrorResponse(c, resolved.code, resolved.message);
    const { target, apiPath, query, url } = resolved;

    let body: Uint8Array | undefined;
    let sentJson: { ok: boolean; value?: unknown };
    try {
      body = method === 'GET' ? undefined : await readCappedRequest(c.req.raw, config.proxy.maxBodyBytes);
      sentJson = body ? parseSent(body) : { ok: true };
    } catch (err) {
      if (err instanceof TooLarge)
        return playgroundErrorResponse(
          c,
          'body_too_large',
          `The request body is over ${config.proxy.maxBodyBytes} bytes; the proxy did not send it.`,
        );
      if (err instanceof JsonTooDeep)
        return playgroundErrorResponse(c, 'invalid_json', `The request body's ${err.message}; the proxy did not send it.`);
      return playgroundErrorResponse(c, 'bad_request', 'The request body could not be read.');
    }
    const headers = upstreamRequestHeaders(c.req.raw.headers, target, target.sandbox);
    const draft: ExchangeDraft = {
      id: inspector.nextExchangeId(),
      env: target.name,
      endpointId: endpointFor(method, apiPath)?.id,
      startedAt: startedAt.toISOString(),
      method,
      path: apiPath,
      query,
      sentHeaders: headers,
      sentBody: body,
      timings: { totalMs: 0 },
    };

    const upstreamStarted = performance.now();
    let answer: UpstreamAnswer | undefined;
    let fault: UpstreamFault | undefined;
    try {
      const req = { env: target.name, url, method, headers, body };
      answer = target.sandbox ? await callSandbox(deps.sandboxHost, req, limits) : await callReal(deps.agent, req, limits);
    } catch (err) {
      fault =
        err instanceof UpstreamFault
          ? err
          : new UpstreamFault('upstream_unreachable', `Environment "${target.name}" could not be reached.`);
    }
    const upstreamMs = Math.round((performance.now() - upstreamStarted) * 100) / 100;

    let received: unknown;
    if (answer) {
      // Decoded and scrubbed before anything reads it: the exchange log and the browser see the same clean answer.
      const shown = await scrubResponse(answer, target.name, config.proxy.maxResponseBytes).catch((err: unknown) => {
        if (err instanceof UpstreamFault) return err;
        throw err;
      });
      if (shown instanceof UpstreamFault) {
        fault = shown;
        const notShown = `[${answer.body.byteLength} bytes not shown: ${shown.message}]`;
        draft.answer = { status: answer.status, headers: scrubHeaders(answer.headers), notShown };
      } else {
        answer = shown;
        draft.answer = { status: shown.status, headers: shown.headers, body: shown.body };
        received = shown.json.value;
        const expectsJson = shown.status !== 204 && (shown.status < 300 || shown.status >= 400);
        if (expectsJson && !shown.json.ok) {
          const type = shown.headers.get('content-type') ?? 'no content type';
          fault = new UpstreamFault(
            'upstream_bad_response',
            `Environment "${target.name}" answered ${shown.status} with a body that is not JSON (${type.slice(0, 100)}).`,
          );
        }
      }
    }
    if (fault) {
      draft.error = { code: fault.code, message: fault.message };
      log.warn('proxy: upstream fault', { env: target.name, path: apiPath, code: fault.code, message: fault.message });
    }
    const recorded = isRecorded(method, apiPath);
    if (recorded) {
      try {
        // Which flow, now (the answer names it); the log copy, the flow's own record and the events, off the path.
        const placed = await inspector.flows.place({
          exchangeId: draft.id,
          env: target.name,
          endpointId: draft.endpointId,
          requestBody: sentJson.value,
          status: fault ? undefined : answer?.status,
          responseBody: received,
          at: startedAt,
        });
        draft.flowId = placed.flowId;
        draft.timings = { totalMs: Math.round((performance.now() - started) * 100) / 100, upstreamMs };
        const maxLogged = config.proxy.maxLoggedBodyBytes;
        await inspector.enqueue(async () => {
          const exchange = exchangeFromDraft(draft, maxLogged);
          await placed.join();
          await inspector.record(exchange);
        });
      } catch (err) {
        // The inspector's store (Redis) failed: the call itself went through, so its answer still goes back.
        log.warn('proxy: exchange not recorded, inspector store unavailable', {
          env: target.name,
          path: apiPath,
          error: String((err as Error)?.message ?? err).slice(0, 200),
        });
      }
    }

    const extra: Record<string, string> = {
      ...(recorded ? { 'x-playground-exchange-id': draft.id } : {}),
      'x-playground-upstream-ms': String(upstreamMs),
      'x-content-type-options': 'nosniff',
      // An upstream's HTML must never run as our origin.
      'content-security-policy': "default-src 'none'; sandbox",
    };
    if (draft.flowId) extra['x-playground-flow-id'] = draft.flowId;
    if (fault || !answer) {
      const code = fault?.code ?? 'upstream_unreachable';
      const details = answer ? { upstreamStatus: answer.status } : undefined;
      const res = playgroundErrorResponse(c, code, fault?.message ?? PLAYGROUND_ERRORS[code].message, details);
      for (const [k, v] of Object.entries(extra)) res.headers.set(k, v);
      return res;
    }
    const out = new Headers(browserResponseHeaders(answer.headers));
    for (const [k, v] of Object.entries(extra)) out.set(k, v);
    const noBody = answer.status === 204 || answer.status === 304 || method === 'HEAD';
    return new Response(noBody ? null : (answer.body as BodyInit), { status: answer.status, headers: out });
  };
}
