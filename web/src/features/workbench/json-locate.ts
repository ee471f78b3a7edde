/**
 * Finds where a field path (`formData.formFields[2]`, as the validator and the server name it)
 * sits in the editor's JSON text, so an error can be marked on its line. A small scanner instead
 * of Monaco's parser: it runs before Monaco has loaded and in unit tests.
 */
export interface TextRange {
  /** 1-based, as Monaco counts. */
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

type Key = string | number;

/** Splits `a.b[2].c` into ['a', 'b', 2, 'c']. */
export function splitPath(path: string): Key[] {
  const keys: Key[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return keys;
}

class Scanner {
  i = 0;
  /** Offsets [start, end) of the member (key through value) or array item of each path found. */
  readonly spans = new Map<string, [number, number]>();
  constructor(readonly text: string) {}

  ws(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i])) this.i++;
  }

  value(path: string): void {
    this.ws();
    const c = this.text[this.i];
    if (c === '{') this.object(path);
    else if (c === '[') this.array(path);
    else if (c === '"') this.string();
    else if (c === undefined) throw new Error('end');
    else {
      const m = /^(-?\d[\d.eE+-]*|true|false|null)/.exec(this.text.slice(this.i, this.i + 64));
      if (!m) throw new Error('token');
      this.i += m[0].length;
    }
  }

  string(): string {
    const start = this.i++;
    while (this.i < this.text.length && this.text[this.i] !== '"') this.i += this.text[this.i] === '\\' ? 2 : 1;
    if (this.i >= this.text.length) throw new Error('string');
    this.i++;
    return JSON.parse(this.text.slice(start, this.i)) as string;
  }

  object(path: string): void {
    this.i++;
    for (;;) {
      this.ws();
      if (this.text[this.i] === '}') return void this.i++;
      if (this.text[this.i] !== '"') throw new Error('key');
      const start = this.i;
      const key = this.string();
      this.ws();
      if (this.text[this.i++] !== ':') throw new Error('colon');
      const child = path ? `${path}.${key}` : key;
      this.value(child);
      this.spans.set(child, [start, this.i]);
      this.ws();
      if (this.text[this.i] === ',') this.i++;
    }
  }

  array(path: string): void {
    this.i++;
    for (let n = 0; ; n++) {
      this.ws();
      if (this.text[this.i] === ']') return void this.i++;
      const start = this.i;
      const child = `${path}[${n}]`;
      this.value(child);
      this.spans.set(child, [start, this.i]);
      this.ws();
      if (this.text[this.i] === ',') this.i++;
      else if (this.text[this.i] !== ']') throw new Error('comma');
    }
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The range of `path` in `text`. A missing field (e.g. a required one) points at its nearest
 * existing parent; unparseable text or the body itself point at the first line.
 */
export function locatePath(text: string, path: string): TextRange {
  const scanner = new Scanner(text);
  try {
    scanner.value('');
  } catch {
    // Partial JSON while typing: whatever was scanned before the error is still usable.
  }
  const keys = splitPath(path);
  for (let n = keys.length; n > 0; n--) {
    const sub = keys.slice(0, n).reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
    const span = scanner.spans.get(sub);
    if (span) {
      const from = position(text, span[0]);
      const to = position(text, span[1]);
      return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
    }
  }
  const firstLineEnd = text.indexOf('\n');
  return { startLine: 1, startColumn: 1, endLine: 1, endColumn: (firstLineEnd === -1 ? text.length : firstLineEnd) + 1 };
}
