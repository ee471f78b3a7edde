/**
 * A text as it reads once the escapes a body or URL may put on a secret are undone: JSON / JS
 * `\u` and `\/` escapes, percent-encoding, HTML character references, each alone and all
 * together. The server checks what it sends for secrets in these too (and replaces what it cannot
 * clean); the e2e detector searches them. Cheap when the text has no such escape at all.
 */
const fromCode = (code: string, radix: number) => String.fromCharCode(parseInt(code, radix));

const json = (t: string) => t.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => fromCode(h, 16)).replace(/\\\//g, '/');
const percent = (t: string) => t.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => fromCode(h, 16));
const html = (t: string) =>
  t.replace(/&#x([0-9a-fA-F]{1,4});/gi, (_, h: string) => fromCode(h, 16)).replace(/&#(\d{1,5});/g, (_, d: string) => fromCode(d, 10));

/** The text with every kind of escape undone at once. */
export function unescapeAll(text: string): string {
  return html(percent(json(text)));
}

/** The text itself first, then each unescaped reading that differs from it. */
export function unescapedVariants(text: string): string[] {
  // Only escapes that could hide a secret's characters count: plain JSON from JSON.stringify has none.
  const hasJson = /\\u[0-9a-fA-F]{4}|\\\//.test(text);
  const hasPercent = /%[0-9a-fA-F]{2}/.test(text);
  const hasHtml = /&#x?[0-9a-fA-F]+;/i.test(text);
  const out = [text];
  if (hasJson) out.push(json(text));
  if (hasPercent) out.push(percent(text));
  if (hasHtml) out.push(html(text));
  if (Number(hasJson) + Number(hasPercent) + Number(hasHtml) > 1) out.push(unescapeAll(text));
  return out;
}
