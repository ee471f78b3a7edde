/**
 * The sandbox API: one route per catalogue endpoint, each served by the handler table below. The
 * table is keyed by EndpointId, so a catalogue entry without a handler does not compile. POST
 * bodies pass through the same checks in the same order: credentials (401), body (400/413),
 * `validate(id, body)` from shared/validation (400), then the handler.
 */
import { Hono } from 'hono';
import { ENDPOINTS, type EndpointId, type InitiationId } from '../../shared/catalogue/index.ts';
import { validate } from '../../shared/validation/validate.ts';
import type { SandboxClient } from '../config.ts';
import type { SandboxContext } from './context.ts';
import { ApiError, badRequest, errorResponse, EXTRA_MESSAGES } from './http/api-error.ts';
import { authenticateClient, badCredentials } from './http/client-auth.ts';
import { readJson } from './http/read-json.ts';
import { Warnings } from './http/warnings.ts';
import { callback } from './flow/callback.ts';
import { initiate } from './flow/initiate.ts';
import { poll } from './flow/poll.ts';

interface ApiRequest {
  client: SandboxClient;
  body: Record<string, unknown>;
  headers: Headers;
  /** Fields accepted but not used; sent back as x-sandbox-warnings (a 400 for strict clients). */
  warnings: Warnings;
}

type PostHandler = (ctx: SandboxContext, req: ApiRequest) => Promise<Response>;
type Handler = { kind: 'post'; run: PostHandler } | { kind: 'get'; run: (ctx: SandboxContext, url: URL) => Promise<Response> };

const initiation = (id: InitiationId): Handler => ({
  kind: 'post',
  run: (ctx, r) => initiate(ctx, id, r.client, r.body, r.headers, r.warnings),
});

export const HANDLERS: Record<EndpointId, Handler> = {
  auth: initiation('auth'),
  formfilling: initiation('formfilling'),
  signing: initiation('signing'),
  'pdf-signing': initiation('pdf-signing'),
  reauth: initiation('reauth'),
  ccic: initiation('ccic'),
  'formfilling-anonymous': initiation('formfilling-anonymous'),
  'signing-anonymous': initiation('signing-anonymous'),
  'pdf-signing-anonymous': initiation('pdf-signing-anonymous'),
  poll: { kind: 'post', run: (ctx, r) => poll(ctx, r.client, r.body as { token: string; code?: string }, r.warnings) },
  callback: { kind: 'get', run: (ctx, url) => callback(ctx, url) },
};

/** Runs a handler, turning an ApiError into its response. */
export async function answer(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof ApiError) return err.response;
    throw err;
  }
}

export function apiRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  for (const spec of ENDPOINTS) {
    const handler = HANDLERS[spec.id];
    if (handler.kind === 'get') {
      app.get(spec.path, (c) => answer(() => handler.run(ctx, new URL(c.req.url))));
      continue;
    }
    app.post(spec.path, (c) =>
      answer(async () => {
        const client = await authenticateClient(ctx, c.req.raw.headers);
        if (!client) return badCredentials();
        const body = await readJson(c.req.raw);
        if (body === null || typeof body !== 'object' || Array.isArray(body)) {
          return badRequest([{ path: '(body)', message: '(body): must be a JSON object' }]);
        }
        const errors = validate(spec.id, body);
        if (errors.length) return badRequest(errors);
        const warnings = new Warnings(client.strict === true);
        return warnings.applyTo(
          await handler.run(ctx, { client, body: body as Record<string, unknown>, headers: c.req.raw.headers, warnings }),
        );
      }),
    );
    app.on(['GET', 'PUT', 'PATCH', 'DELETE'], spec.path, () =>
      errorResponse(405, EXTRA_MESSAGES[405], { errors: [{ path: '(method)', message: `use ${spec.method}` }] }),
    );
  }
  return app;
}
