/**
 * The one redaction of the server (rule 5: secrets stay on the server). Every configured client
 * secret is registered once, with its client id, and expanded into every form it could leave in
 * (shared/secrets/secret-forms.ts). `redact` replaces those forms in any text: log lines, the
 * exchange log, and everything the playground sends (docs/security-model.md §2). `holdsSecret` also
 * looks behind escapes (JSON `\u`, percent, HTML references) for what `redact` cannot replace in
 * place; whoever gets `true` drops or refuses that text instead of sending it.
 */
import { secretForms } from '../../shared/secrets/secret-forms.ts';
import { unescapeAll, unescapedVariants } from '../../shared/secrets/unescaped-variants.ts';

export const REDACTED = '[REDACTED]';

const registered = new Set<string>();
let needles: string[] = [];
let pattern: RegExp | undefined;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Registers a value that must never leave the server. Values under 8 characters are not secrets worth the false positives. */
export function registerSecret(secret: string, clientId?: string): void {
  if (secret.length < 8) return;
  const key = `${clientId ?? ''}\n${secret}`;
  if (registered.has(key)) return;
  registered.add(key);
  const all = new Set(needles);
  for (const form of secretForms(secret, clientId)) all.add(form.needle.toLowerCase());
  // Longest first, so a whole `id:secret` is replaced before the secret inside it.
  needles = [...all].sort((a, b) => b.length - a.length);
  pattern = new RegExp(needles.map(escapeRegExp).join('|'), 'gi');
}

function lowerHit(lower: string): boolean {
  for (const n of needles) if (lower.includes(n)) return true;
  return false;
}

/** `text` with every registered form of every secret replaced by [REDACTED]. */
export function redact(text: string): string {
  // includes() first: this runs over every proxied body and log line, and a miss is the common case.
  if (!pattern || !lowerHit(text.toLowerCase())) return text;
  return text.replace(pattern, REDACTED);
}

/** True when `text` holds a secret, as is or behind an escape. */
export function holdsSecret(text: string): boolean {
  if (!pattern) return false;
  return unescapedVariants(text).some((v) => lowerHit(v.toLowerCase()));
}

/**
 * `text` with no secret left in any form: redacted as is, then, if a secret still hides behind an
 * escape, redacted once the escapes are undone, and replaced whole when even that is not enough.
 */
export function scrub(text: string): string {
  const once = redact(text);
  if (!holdsSecret(once)) return once;
  const unescaped = redact(unescapeAll(once));
  return holdsSecret(unescaped) ? REDACTED : unescaped;
}
