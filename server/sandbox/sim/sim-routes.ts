/**
 * The simulated iAM Smart (docs/sandbox-contract.md §8): the QR page a browser source is sent to (for a
 * mobile browser, the same-device page with "Open iAM Smart" instead, broker-page.ts), and the
 * simulated phone where the user approves, rejects or cancels. Server-rendered, no scripts; the QR
 * page follows the transaction (waiting-script.ts, no meta refresh) until the user has acted, then goes to the Callback.
 */
import { Hono, type Context } from 'hono';
import QRCode from 'qrcode';
import { endpoint, isAppSource, isMobileBrowserSource } from '../../../shared/catalogue/index.ts';
import { securityHeaders } from '../../http/security-headers.ts';
import { readCappedRequest, TooLarge } from '../../http/read-capped.ts';
import type { SandboxContext } from '../context.ts';
import { nowFor } from '../context.ts';
import { callbackUrl } from '../flow/callback-url.ts';
import { decide } from '../flow/decide.ts';
import type { Decision, Transaction } from '../store/types.ts';
import { brokerBody } from './broker-page.ts';
import { esc, page } from './html.ts';
import { phoneBody } from './phone-body.ts';
import { simTexts } from './sim-texts.ts';
import { WAITING_SCRIPT, WAITING_SCRIPT_PATH } from './waiting-script.ts';

/** Pages link to each other by path so they work whatever host and port the sandbox is reached at. */
const BASE = '/sandbox';
const TICKET = /^[A-Za-z0-9]{1,64}$/;
const ACTIONS: Record<string, Decision> = { approve: 'approved', reject: 'rejected', cancel: 'cancelled' };
const MAX_FORM_BYTES = 4096;

async function findTicket(ctx: SandboxContext, ticketID: string): Promise<Transaction | undefined> {
  if (!TICKET.test(ticketID)) return undefined;
  const seen = await ctx.store.getByTicket(ticketID, ctx.clock.now());
  return seen && ctx.store.getByTicket(ticketID, await nowFor(ctx, seen.clientId));
}

/** The phone's form: one field, at most 4 KB whether announced or chunked; null when over. */
async function readForm(req: Request): Promise<URLSearchParams | null> {
  try {
    return new URLSearchParams(new TextDecoder().decode(await readCappedRequest(req, MAX_FORM_BYTES)));
  } catch (err) {
    if (err instanceof TooLarge) return null;
    return new URLSearchParams();
  }
}

function unknownPage(c: Context): Response {
  const t = simTexts('en-US');
  return c.html(
    page({ lang: 'en-US', title: t.title, body: `<h1>${esc(t.title)}</h1><p data-testid="sim-unknown">${esc(t.unknown)}</p>` }),
    404,
  );
}

export function simRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('cache-control', 'no-store');
  });

  app.get(WAITING_SCRIPT_PATH.replace('/sim', ''), (c) =>
    c.body(WAITING_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }),
  );

  app.get('/qr/:ticketID', async (c) => {
    const tx = await findTicket(ctx, c.req.param('ticketID'));
    if (!tx) return unknownPage(c);
    const t = simTexts(tx.lang);
    const done = callbackUrl(BASE, tx);
    if (done) {
      return c.html(
        page({
          lang: tx.lang,
          title: t.title,
          refresh: { url: done },
          body: `<h1>${esc(t.title)}</h1><p>${esc(t.statuses[tx.status] ?? '')}</p><a data-testid="qr-continue" href="${esc(done)}">${esc(t.continue)}</a>`,
        }),
      );
    }
    const deepLink = `hk.gov.iamsmart.testapp://${endpoint(tx.service).deepLink}?ticketID=${tx.ticketID}`;
    const refresh = { base: BASE };
    if (isMobileBrowserSource(tx.source)) {
      return c.html(
        page({ lang: tx.lang, title: t.title, body: brokerBody(t, `${BASE}/sim/app/${tx.ticketID}`, deepLink), waiting: refresh }),
      );
    }
    const svg = await QRCode.toString(deepLink, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const phone = `${BASE}/sim/app/${tx.ticketID}`;
    const body =
      `<h1>${esc(t.title)}</h1><p>${esc(t.scan)}</p>` +
      `<div class="qr" data-testid="qr-code" data-deep-link="${esc(deepLink)}" role="img" aria-label="${esc(deepLink)}">${svg}</div>` +
      `<p class="muted" data-testid="qr-waiting">${esc(t.waiting)}</p>` +
      `<p><a data-testid="qr-open-phone" href="${esc(phone)}" target="_blank" rel="noopener">${esc(t.openPhone)}</a></p>`;
    return c.html(page({ lang: tx.lang, title: t.title, body, waiting: refresh }));
  });

  app.get('/app/:ticketID', async (c) => {
    const tx = await findTicket(ctx, c.req.param('ticketID'));
    if (!tx) return unknownPage(c);
    const t = simTexts(tx.lang);
    // Same phone (app sources, mobile browsers): once the user has acted, the app hands over to the Callback, as iAM Smart would.
    const handOver = isAppSource(tx.source) || isMobileBrowserSource(tx.source) ? callbackUrl(BASE, tx) : null;
    const body =
      phoneBody(tx, tx.clientId, `${BASE}/sim/app/${tx.ticketID}`) +
      (handOver ? `<p><a data-testid="phone-continue" href="${esc(handOver)}">${esc(t.continue)}</a></p>` : '');
    return c.html(page({ lang: tx.lang, title: t.title, body, refresh: handOver ? { url: handOver } : undefined }));
  });

  app.post('/app/:ticketID/:action', async (c) => {
    const decision = ACTIONS[c.req.param('action')];
    const tx = await findTicket(ctx, c.req.param('ticketID'));
    if (!tx || !decision) return unknownPage(c);
    const form = await readForm(c.req.raw);
    if (!form) return c.text('form too large', 413);
    const persona = form.get('persona') || undefined;
    const now = await nowFor(ctx, tx.clientId);
    await decide(ctx, tx, decision, now, tx.fixedPersonaId ?? persona);
    // Back to the phone page (same origin): a form's redirect to another origin would trip the
    // CSP's form-action, so the hand-over to the Callback happens there, by meta refresh.
    return c.redirect(`${BASE}/sim/app/${tx.ticketID}`, 303);
  });

  app.notFound(unknownPage);
  return app;
}
