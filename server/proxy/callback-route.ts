/**
 * GET /callback: where iAM Smart (or the sandbox) sends the browser after the user acts. It is a
 * plain navigation, so it needs no x-playground header and changes nothing but the inspector's
 * record. Garbage in any parameter is recorded and flagged, never a 500.
 */
import type { Context } from 'hono';
import type { Inspector } from '../inspector/index.ts';
import { isFlowId } from '../../shared/inspector/flow-id.ts';
import type { CallbackProblem, CallbackRecord } from '../inspector/flow.ts';
import type { Logger } from '../log.ts';
import { judgeCallback } from './callback-state.ts';

const FIELDS = ['service', 'code', 'errorCode', 'state', 'businessID', 'source'] as const;
const MAX_VALUE = 512;

export function callbackHandler(inspector: Inspector, log?: Logger) {
  return async (c: Context) => {
    const query: Record<string, string> = {};
    for (const f of FIELDS) {
      const v = c.req.query(f);
      if (typeof v === 'string' && v !== '') query[f] = v.slice(0, MAX_VALUE);
    }
    const flowParam = c.req.query('flow');
    // Kept even when no flow has it (yet): the record then still names the flow the sender meant.
    const named = isFlowId(flowParam) ? flowParam : undefined;
    let joined: string | undefined;
    try {
      const verdict = await judgeCallback(inspector.flows, named, query);
      joined = verdict.flow?.id;
      const problems: CallbackProblem[] = verdict.problems;
      if (query.code && (await inspector.flows.store.seenCode(query.code))) problems.push('replay');
      const flowId = joined ?? named;
      const record: CallbackRecord = {
        at: new Date().toISOString(),
        query,
        ...(flowId ? { flowId } : {}),
        ...(joined && joined !== named ? { via: named } : {}),
        problems,
      };
      await inspector.flows.recordCallback(record);
    } catch (err) {
      // The inspector's store (Redis) failed: the browser still goes on to the flows page.
      log?.warn('callback not recorded, inspector store unavailable', { error: String((err as Error)?.message ?? err).slice(0, 200) });
    }
    // Back to the flow the redirect named (a chained call's family is shown from its login's page).
    const shown = named && joined ? named : undefined;
    return redirectTo(c, shown ? `/flows/${encodeURIComponent(shown)}` : '/flows');
  };
}

function redirectTo(c: Context, location: string): Response {
  // The callback URL carries the authorisation code: no Referer may leak it (SEC-6).
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
  return c.redirect(location, 302);
}
