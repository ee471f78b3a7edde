/** Small HTML building blocks for the simulated pages: escaping and the page shell. No scripts (the CSP forbids inline ones). */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f3f6f4;color:#1b2a22}
main{max-width:26rem;margin:2rem auto;background:#fff;border-radius:12px;padding:1.5rem;box-shadow:0 2px 10px #0002}
h1{font-size:1.2rem;color:#0a7a4b}.qr svg{width:100%;height:auto}.code{font-size:2rem;letter-spacing:.4rem;font-weight:700}
.actions{display:flex;gap:.5rem;margin-top:1rem}button{flex:1;padding:.7rem;border-radius:8px;border:1px solid #0a7a4b;font-size:1rem}
.approve{background:#0a7a4b;color:#fff}.muted a{word-break:break-all}.open-app{display:block;text-align:center;padding:.8rem;border-radius:8px;background:#0a7a4b;color:#fff;font-size:1.1rem;text-decoration:none}.muted{color:#5b6b62;font-size:.9rem}dt{font-weight:600}`;

export function page(opts: { lang: string; title: string; body: string; refresh?: { seconds: number; url: string } }): string {
  const refresh = opts.refresh ? `<meta http-equiv="refresh" content="${opts.refresh.seconds};url=${esc(opts.refresh.url)}">` : '';
  return `<!doctype html><html lang="${esc(opts.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">${refresh}<meta name="referrer" content="no-referrer"><title>${esc(opts.title)}</title><style>${STYLE}</style></head><body><main>${opts.body}</main></body></html>`;
}
