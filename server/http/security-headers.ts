import type { MiddlewareHandler } from 'hono';

/**
 * Headers for every response of the SPA and the simulated iAM Smart pages (docs/quality-targets.md SEC-6).
 * `worker-src blob:` is for Monaco's workers; `img-src data:` for QR codes rendered as data URLs;
 * `style-src 'unsafe-inline'` because Monaco and Vue's transitions set inline styles.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set('Content-Security-Policy', CSP);
  h.set('X-Content-Type-Options', 'nosniff');
  h.set('Referrer-Policy', 'no-referrer');
  h.set('Cross-Origin-Opener-Policy', 'same-origin');
  h.set('X-Frame-Options', 'DENY');
};
