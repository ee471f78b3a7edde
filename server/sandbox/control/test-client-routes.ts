/**
 * /_control/clients: per-test clients (docs/sandbox-contract.md §9). A configured client creates one
 * with its own credentials, clock, rate limit, transactions and personas view, so tests running in
 * parallel never see each other; the test removes it when done (it also expires on its own). The
 * answer holds no secret: the caller derives it from its own (shared/sandbox/test-client.ts).
 */
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { SandboxClient } from '../../config.ts';
import { TEST_CLIENT_ID_PREFIX, type TestClientInfo } from '../../../shared/sandbox/test-client.ts';
import type { TestClientAnswer, TestClientRemovedAnswer } from '../../../shared/sandbox/control-calls.ts';
import { answer } from '../api-routes.ts';
import type { SandboxContext } from '../context.ts';
import { badRequest, errorResponse, EXTRA_MESSAGES } from '../http/api-error.ts';
import { testClient } from '../http/client-auth.ts';
import { PERSONAS } from '../personas/personas.ts';
import type { TestClientRecord } from '../store/types.ts';
import { objectBody } from './object-body.ts';

const MAX_REDIRECTS = 20;
const MAX_URL = 2048;
const MAX_LABEL = 200;
const KNOWN = ['redirects', 'personas', 'label'];

type FieldError = { path: string; message: string };

function redirectErrors(value: unknown): FieldError[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_REDIRECTS)
    return [{ path: 'redirects', message: `redirects: must be an array of at most ${MAX_REDIRECTS} URLs` }];
  return value.flatMap((u, i) => {
    const ok = typeof u === 'string' && u.length <= MAX_URL && URL.canParse(u) && /^https?:$/.test(new URL(u).protocol);
    return ok
      ? []
      : [{ path: `redirects[${i}]`, message: `redirects[${i}]: must be an absolute http(s) URL of at most ${MAX_URL} characters` }];
  });
}

function personaErrors(value: unknown): FieldError[] {
  if (value === undefined) return [];
  const ids = PERSONAS.map((p) => p.id);
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    new Set(value).size !== value.length ||
    value.some((p) => typeof p !== 'string' || !ids.includes(p))
  ) {
    return [{ path: 'personas', message: `personas: must be a non-empty list of distinct persona ids from ${ids.join(', ')}` }];
  }
  return [];
}

function describe(record: TestClientRecord, parent: SandboxClient): TestClientInfo {
  return {
    id: record.id,
    parent: record.parentId,
    redirects: record.redirects.length ? record.redirects : parent.redirects,
    allowLoopbackRedirects: parent.allowLoopbackRedirects ?? false,
    personas: record.personas ?? parent.personas ?? null,
    label: record.label ?? null,
    expiresAt: record.expiresAt,
  };
}

export function testClientRoutes(ctx: SandboxContext): Hono<{ Variables: { client: SandboxClient } }> {
  const app = new Hono<{ Variables: { client: SandboxClient } }>();

  app.post('/', (c) =>
    answer(async () => {
      const parent = c.get('client');
      if (!ctx.clients.includes(parent)) {
        return errorResponse(403, EXTRA_MESSAGES[403], {
          errors: [{ path: 'headers', message: 'a per-test client cannot create clients; use the configured client it came from' }],
        });
      }
      const body = await objectBody(c);
      const errors: FieldError[] = [
        ...Object.keys(body)
          .filter((k) => !KNOWN.includes(k))
          .map((k) => ({ path: k, message: `${k}: is not a known field; known fields are ${KNOWN.join(', ')}` })),
        ...redirectErrors(body.redirects),
        ...personaErrors(body.personas),
        ...(body.label !== undefined && (typeof body.label !== 'string' || body.label.length > MAX_LABEL)
          ? [{ path: 'label', message: `label: must be a string of at most ${MAX_LABEL} characters` }]
          : []),
      ];
      if (errors.length) return badRequest(errors);
      const now = ctx.clock.now();
      const record: TestClientRecord = {
        id: `${TEST_CLIENT_ID_PREFIX}${randomBytes(12).toString('hex')}`,
        parentId: parent.id,
        redirects: (body.redirects as string[] | undefined) ?? [],
        ...(body.personas ? { personas: body.personas as string[] } : {}),
        ...(typeof body.label === 'string' ? { label: body.label } : {}),
        createdAt: now,
        expiresAt: now + ctx.settings.testClientTtlMs,
      };
      if (!(await ctx.store.saveTestClient(record, now, ctx.settings.maxTestClients))) {
        return errorResponse(503, EXTRA_MESSAGES[503], {
          errors: [
            {
              path: '(sandbox)',
              message: `${ctx.settings.maxTestClients} per-test clients are live; remove yours when a test ends (DELETE /_control/clients/<id>)`,
            },
          ],
        });
      }
      return c.json({ client: describe(record, parent) } satisfies TestClientAnswer);
    }),
  );

  app.delete('/:id', (c) =>
    answer(async () => {
      const caller = c.get('client');
      const target = await testClient(ctx, c.req.param('id'));
      // The client itself or the configured client that made it; anyone else sees no such client.
      if (!target || (caller.id !== target.id && caller.id !== target.parent.id)) {
        return errorResponse(404, EXTRA_MESSAGES[404], {
          errors: [{ path: '(path)', message: 'no live per-test client of yours has this id' }],
        });
      }
      const transactions = (await ctx.store.list(target.id, ctx.clock.now())).length;
      await ctx.store.removeTestClient(target.id);
      return c.json({ removed: target.id, transactions } satisfies TestClientRemovedAnswer);
    }),
  );

  return app;
}
