/**
 * A request body as the plan of a kit holds it: JSON, where a value may instead be a reference to a
 * variable of the kit (the callback URL it listens on, the token an earlier step returned). Each
 * language writes the same value as its own literal (literal-styles.ts).
 */
export class KitRef {
  /** `name` is camelCase; each language spells it its own way (callback_url, $callbackUrl). */
  constructor(readonly name: string) {}
}

export type KitValue = string | number | boolean | null | KitRef | KitValue[] | { [key: string]: KitValue };

export interface LiteralStyle {
  string(text: string): string;
  ref(name: string): string;
  true: string;
  false: string;
  null: string;
  /** `{`, `[`, `map[string]any{`, `Json.obj(`... */
  objectOpen: string;
  objectClose: string;
  /** An empty object, where `objectOpen + objectClose` would mean something else (PHP's []). */
  emptyObject?: string;
  /** `key: value`; `keyWidth` > 0 pads the key to line values up (styles with `alignValues`). */
  entry(key: string, value: string, keyWidth: number): string;
  /** Line up the values of an object's one-line entries, as gofmt does; a multi-line entry ends a run. */
  alignValues?: boolean;
  arrayOpen: string;
  arrayClose: string;
  /** Whether the last line of a multi-line literal takes a comma (Go requires it, Java forbids it). */
  trailingComma: boolean;
}

const INDENT = '    ';

/** Writes `value` in `style`; objects one entry a line at `pad` + one indent, arrays of scalars on one line. */
export function literal(value: KitValue, style: LiteralStyle, pad = ''): string {
  if (value instanceof KitRef) return style.ref(value.name);
  if (value === null) return style.null;
  if (typeof value === 'boolean') return value ? style.true : style.false;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return style.string(value);
  const inner = pad + INDENT;
  if (Array.isArray(value)) {
    const items = value.map((v) => literal(v, style, inner));
    if (items.every((i) => !i.includes('\n'))) return `${style.arrayOpen}${items.join(', ')}${style.arrayClose}`;
    return multiLine(style.arrayOpen, items, style.arrayClose, style, pad);
  }
  const written = Object.entries(value).map(([k, v]) => [k, literal(v, style, inner)] as const);
  const widths = style.alignValues ? alignedWidths(written.map(([k, v]) => (v.includes('\n') ? -1 : style.string(k).length))) : written.map(() => 0);
  const entries = written.map(([k, v], i) => style.entry(k, v, widths[i]));
  if (entries.length === 0) return style.emptyObject ?? `${style.objectOpen}${style.objectClose}`;
  return multiLine(style.objectOpen, entries, style.objectClose, style, pad);
}

function multiLine(open: string, items: string[], close: string, style: LiteralStyle, pad: string): string {
  const inner = pad + INDENT;
  const lines = items.map((item, i) => `${inner}${item}${i < items.length - 1 || style.trailingComma ? ',' : ''}`);
  return `${open}\n${lines.join('\n')}\n${pad}${close}`;
}

/** For each entry, the widest key of its run of one-line entries (a multi-line entry, -1, gets 0 and ends the run). */
function alignedWidths(keyLengths: number[]): number[] {
  const out = keyLengths.map(() => 0);
  let start = 0;
  for (let i = 0; i <= keyLengths.length; i++) {
    if (i < keyLengths.length && keyLengths[i] >= 0) continue;
    const width = Math.max(0, ...keyLengths.slice(start, i));
    for (let j = start; j < i; j++) out[j] = width;
    start = i + 1;
  }
  return out;
}

export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
