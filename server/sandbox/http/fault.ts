/**
 * `x-sandbox-fault` (docs/sandbox-contract.md §9): `status=500`, `status=503` or `delay=<ms>` on any call,
 * for testing a client's error handling. It acts on the request that carries it only, so two tests
 * never see each other's faults. Delays are capped (config.sandbox.maxFaultDelayMs).
 */
import type { MiddlewareHandler } from 'hono';
import { MESSAGES } from '../../../shared/catalogue/index.ts';
import { badRequest, errorResponse } from './api-error.ts';

export function faultInjection(maxDelayMs: number): MiddlewareHandler {
  return async (c, next) => {
    const raw = c.req.header('x-sandbox-fault')?.trim();
    if (!raw) return next();
    const status = /^status=(500|503)$/.exec(raw);
    if (status) {
      return status[1] === '500' ? errorResponse(500, MESSAGES[500]) : errorResponse(503, MESSAGES.unavailable);
    }
    const delay = /^delay=(\d{1,9})$/.exec(raw);
    if (delay) {
      const ms = Math.min(Number(delay[1]), maxDelayMs);
      await new Promise((resolve) => setTimeout(resolve, ms));
      return next();
    }
    return badRequest([
      { path: 'x-sandbox-fault', message: `x-sandbox-fault: must be status=500, status=503 or delay=<ms> (at most ${maxDelayMs} ms)` },
    ]);
  };
}
