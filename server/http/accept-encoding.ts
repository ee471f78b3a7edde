/**
 * Content negotiation for the static site's precompressed assets: which of the encodings a file
 * has (Brotli, gzip) the request's Accept-Encoding takes, by q-value (RFC 9110 §12.5.3). Brotli
 * wins a tie, being the smaller. `identity` when none is acceptable or the header is absent.
 */
export type AssetEncoding = 'br' | 'gzip';

const PREFERENCE: AssetEncoding[] = ['br', 'gzip'];

/** Each coding's q-value as the header gives it (`*` included); malformed q-values count as 1. */
function qValues(header: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    out.set(name.trim(), Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 1);
  }
  return out;
}

export function pickEncoding(header: string | undefined, available: ReadonlySet<AssetEncoding>): AssetEncoding | 'identity' {
  if (!header) return 'identity';
  const q = qValues(header);
  const any = q.get('*');
  let best: AssetEncoding | 'identity' = 'identity';
  let bestQ = 0;
  for (const enc of PREFERENCE) {
    if (!available.has(enc)) continue;
    const value = q.get(enc) ?? (enc === 'gzip' ? q.get('x-gzip') : undefined) ?? any ?? 0;
    if (value > bestQ) {
      best = enc;
      bestQ = value;
    }
  }
  return best;
}
