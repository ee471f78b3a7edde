/**
 * The control API at /sandbox/_control (docs/sandbox-contract.md §9), for tests, demos and the playground.
 * Same client headers as the API; a client sees and controls only its own transactions, and its
 * clock moves only its own time.
 */
import { Hono } from 'hono';
import { MESSAGES } from '../../../shared/catalogue/index.ts';
import type { SandboxClient } from '../../config.ts';
import { nowFor, sandboxBase, type SandboxContext } from '../context.ts';
import { answer } from '../api-routes.ts';
import { decide } from '../flow/decide.ts';
import { verifyClientToken } from '../flow/client-token.ts';
import { ApiError, badRequest, errorResponse, EXTRA_MESSAGES } from '../http/api-error.ts';
import { authenticateClient, badCredentials } from '../http/client-auth.ts';
import { PERSONAS } from '../personas/personas.ts';
import { hkidOf } from '../personas/persona.ts';
import type { Decision, Transaction } from '../store/types.ts';
import { describeTransaction } from './describe-transaction.ts';
import { objectBody } from './object-body.ts';
import { testClientRoutes } from './test-client-routes.ts';
import {
  MAX_CLOCK_ADVANCE_MS,
  type ClockAnswer,
  type ControlAction,
  type DecisionAnswer,
  type PersonasAnswer,
  type ResetAnswer,
  type TransactionsAnswer,
} from '../../../shared/sandbox/control-calls.ts';

const ACTIONS: Record<ControlAction, Decision> = { approve: 'approved', reject: 'rejected', cancel: 'cancelled', expire: 'timed_out' };

async function target(ctx: SandboxContext, client: SandboxClient, body: Record<string, unknown>, now: number): Promise<Transaction> {
  const { token, ticketID } = body;
  const known = new Set(['token', 'ticketID', 'persona']);
  const unknown = Object.keys(body).filter((k) => !known.has(k));
  if (unknown.length)
    throw new ApiError(
      badRequest(unknown.map((k) => ({ path: k, message: `${k}: is not a known field; known fields are token, ticketID, persona` }))),
    );
  let tx: Transaction | undefined;
  if (typeof token === 'string' && token.length <= 8192) {
    const claims = await verifyClientToken(ctx, client, token, now);
    tx = await ctx.store.get(claims.sub, now);
  } else if (typeof ticketID === 'string' && ticketID.length <= 128) {
    tx = await ctx.store.getByTicket(ticketID, now);
  } else {
    throw new ApiError(
      badRequest([
        { path: 'token', message: 'token or ticketID: send one, as a string: the token an initiation returned, or its ticketID' },
      ]),
    );
  }
  if (!tx || tx.clientId !== client.id)
    throw new ApiError(
      errorResponse(404, EXTRA_MESSAGES[404], {
        errors: [{ path: token ? 'token' : 'ticketID', message: 'no live transaction of this client has it' }],
      }),
    );
  return tx;
}

export function controlRoutes(ctx: SandboxContext): Hono<{ Variables: { client: SandboxClient } }> {
  const app = new Hono<{ Variables: { client: SandboxClient } }>();
  app.use('*', async (c, next) => {
    const client = await authenticateClient(ctx, c.req.raw.headers);
    if (!client) return badCredentials();
    c.set('client', client);
    await next();
  });
  app.route('/clients', testClientRoutes(ctx));

  app.get('/transactions', async (c) => {
    const client = c.get('client');
    const now = await nowFor(ctx, client.id);
    const list = await ctx.store.list(client.id, now);
    return c.json({ now, transactions: list.map((tx) => describeTransaction(tx, sandboxBase(ctx))) } satisfies TransactionsAnswer);
  });

  // The client's personas view: all of them unless the client (or its test client) narrowed it.
  app.get('/personas', (c) => {
    const view = c.get('client').personas;
    const shown = view ? PERSONAS.filter((p) => view.includes(p.id)) : PERSONAS;
    return c.json({
      personas: shown.map((p) => ({ id: p.id, enName: p.enName, chName: p.chName, hkid: hkidOf(p) })),
    } satisfies PersonasAnswer);
  });

  for (const [action, decision] of Object.entries(ACTIONS)) {
    app.post(`/${action}`, (c) =>
      answer(async () => {
        const client = c.get('client');
        const body = await objectBody(c);
        const now = await nowFor(ctx, client.id);
        const tx = await target(ctx, client, body, now);
        const view = client.personas;
        const persona = body.persona ?? (action === 'approve' && !tx.fixedPersonaId ? view?.[0] : undefined);
        if (persona !== undefined && (typeof persona !== 'string' || action !== 'approve')) {
          return badRequest([
            {
              path: 'persona',
              message: action === 'approve' ? 'persona: must be a persona id string' : `persona: only approve takes a persona`,
            },
          ]);
        }
        if (view && typeof persona === 'string' && !view.includes(persona) && persona !== tx.fixedPersonaId) {
          return badRequest([{ path: 'persona', message: `persona: not in this client's personas view (${view.join(', ')})` }]);
        }
        const out = await decide(ctx, tx, decision, now, persona as string | undefined);
        if (out.ok) return c.json({ transaction: describeTransaction(out.tx, sandboxBase(ctx)) } satisfies DecisionAnswer);
        if (out.reason === 'unknown_persona')
          return badRequest([{ path: 'persona', message: `persona: unknown; valid ids are ${PERSONAS.map((p) => p.id).join(', ')}` }]);
        if (out.reason === 'persona_fixed')
          return badRequest([
            { path: 'persona', message: `persona: this chained operation acts for the persona who logged in (${tx.fixedPersonaId})` },
          ]);
        return errorResponse(409, EXTRA_MESSAGES[409], {
          errors: [{ path: '(transaction)', message: `the transaction is already ${out.tx?.status ?? 'gone'}` }],
        });
      }),
    );
  }

  app.get('/clock', async (c) => {
    const client = c.get('client');
    return c.json({ now: await nowFor(ctx, client.id), offsetMs: await ctx.store.clockOffset(client.id) } satisfies ClockAnswer);
  });

  app.post('/clock', (c) =>
    answer(async () => {
      const client = c.get('client');
      const body = await objectBody(c);
      const ms = body.advanceMs;
      const extra = Object.keys(body).filter((k) => k !== 'advanceMs');
      if (extra.length || typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0 || ms > MAX_CLOCK_ADVANCE_MS) {
        return badRequest([
          {
            path: 'advanceMs',
            message: `advanceMs: must be a whole number of milliseconds from 0 to ${MAX_CLOCK_ADVANCE_MS} (time only moves forward), and the only field`,
          },
        ]);
      }
      const offsetMs = await ctx.store.advanceClock(client.id, ms);
      return c.json({ now: await nowFor(ctx, client.id), offsetMs } satisfies ClockAnswer);
    }),
  );

  app.post('/reset', async (c) => c.json({ removed: await ctx.store.reset(c.get('client').id) } satisfies ResetAnswer));

  app.notFound(() =>
    errorResponse(404, MESSAGES.notFound, {
      errors: [
        { path: '(path)', message: 'control calls are transactions, personas, approve, reject, cancel, expire, clock, reset, clients' },
      ],
    }),
  );
  return app;
}
