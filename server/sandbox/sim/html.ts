/**
 * Small HTML building blocks for the simulated pages: escaping and the page shell. No inline scripts
 * (the CSP forbids them); a waiting page loads the one same-origin script, waiting-script.ts. The
 * colours follow the system theme (prefers-color-scheme), each pair at least 4.5:1.
 */
import { WAITING_SCRIPT_PATH } from './waiting-script.ts';

export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const STYLE = `:root{color-scheme:light dark;--bg:#f3f6f4;--fg:#1b2a22;--card:#fff;--accent:#0a7a4b;--accent-fg:#fff;--muted:#4d5c54;--qr:#fff}
@media (prefers-color-scheme:dark){:root{--bg:#101613;--fg:#e3ece7;--card:#1a231e;--accent:#4cc38a;--accent-fg:#08110c;--muted:#a9b8b0}}
body{font-family:system-ui,sans-serif;margin:0;background:var(--bg);color:var(--fg)}a{color:var(--accent)}
main{max-width:26rem;margin:2rem auto;background:var(--card);border-radius:12px;padding:1.5rem;box-shadow:0 2px 10px #0002}
h1{font-size:1.2rem;color:var(--accent)}.qr{background:var(--qr);border-radius:8px}.qr svg{width:100%;height:auto}.code{font-size:2rem;letter-spacing:.4rem;font-weight:700}
.actions{display:flex;gap:.5rem;margin-top:1rem}button{flex:1;padding:.7rem;border-radius:8px;border:1px solid var(--accent);font-size:1rem;background:var(--card);color:var(--fg)}
.approve{background:var(--accent);color:var(--accent-fg)}.muted a{word-break:break-all}.open-app{display:block;text-align:center;padding:.8rem;border-radius:8px;background:var(--accent);color:var(--accent-fg);font-size:1.1rem;text-decoration:none}.muted{color:var(--muted);font-size:.9rem}dt{font-weight:600}
select,input{background:var(--card);color:var(--fg)}`;

/**
 * `refresh`: an immediate hand-over (0 s meta refresh, no timing for a reader to cope with).
 * `waiting`: the page follows the transaction by waiting-script.ts (`base` is the sandbox's path prefix).
 */
export function page(opts: { lang: string; title: string; body: string; refresh?: { url: string }; waiting?: { base: string } }): string {
  const refresh = opts.refresh ? `<meta http-equiv="refresh" content="0;url=${esc(opts.refresh.url)}">` : '';
  const waiting = opts.waiting
    ? `<script src="${esc(opts.waiting.base + WAITING_SCRIPT_PATH)}" defer></script><noscript><meta http-equiv="refresh" content="1"></noscript>`
    : '';
  const bodyAttr = opts.waiting ? ' data-waiting' : '';
  return `<!doctype html><html lang="${esc(opts.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">${refresh}<meta name="referrer" content="no-referrer"><title>${esc(opts.title)}</title><style>${STYLE}</style>${waiting}</head><body${bodyAttr}><main>${opts.body}</main></body></html>`;
}
