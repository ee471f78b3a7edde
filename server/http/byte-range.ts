/**
 * One `Range: bytes=…` of a file of `size` bytes (RFC 9110 §14): a first-last, an open-ended
 * `first-` or a suffix `-length`. Several ranges, other units or a malformed header are ignored
 * (the whole file is sent, as the RFC allows); a range that starts past the end is unsatisfiable.
 */
export type RangeAnswer = { start: number; end: number } | 'unsatisfiable' | undefined;

const SINGLE = /^bytes=(\d*)-(\d*)$/i;

export function byteRange(header: string | undefined, size: number): RangeAnswer {
  const m = header ? SINGLE.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const length = Number(m[2]);
    if (length === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== '' && Number(m[2]) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}
