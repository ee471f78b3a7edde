/**
 * Says what is wrong with text that is not JSON, and where, the way a person would fix it: a
 * missing comma is reported after the value it should follow ("line 2: missing comma after
 * "PC_Browser""), not at the next key where JSON.parse notices it. A small strict parser (RFC 8259)
 * that stops at the first problem; positions are 1-based, as the editor counts.
 */
export type SyntaxCode =
  | 'empty'
  | 'missingComma'
  | 'trailingComma'
  | 'singleQuotes'
  | 'unquotedKey'
  | 'missingColon'
  | 'unclosed'
  | 'unclosedString'
  | 'badValue'
  | 'extraText';

export interface SyntaxProblem {
  code: SyntaxCode;
  line: number;
  column: number;
  /** The text the problem comes after (the value before a missing comma, the key before a missing colon). */
  after?: string;
}

class Stop {
  constructor(
    readonly code: SyntaxCode,
    readonly at: number,
    readonly after?: string,
  ) {}
}

const LITERAL = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/;
const WORD = /^[A-Za-z_$][\w$]*/;
const SHOWN_MAX = 40;

class Parser {
  i = 0;
  constructor(readonly text: string) {}

  ws(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i])) this.i++;
  }

  peek(): string | undefined {
    this.ws();
    return this.text[this.i];
  }

  value(): void {
    const c = this.peek();
    if (c === undefined) throw new Stop(this.text.trim() ? 'unclosed' : 'empty', this.i);
    if (c === '{') return this.container('}', true);
    if (c === '[') return this.container(']', false);
    if (c === '"') return void this.string();
    if (c === "'") throw new Stop('singleQuotes', this.i);
    const m = LITERAL.exec(this.text.slice(this.i, this.i + 400));
    const next = m ? this.text[this.i + m[0].length] : undefined;
    if (!m || (next !== undefined && /[\w.$]/.test(next))) throw new Stop('badValue', this.i);
    this.i += m[0].length;
  }

  string(): void {
    const start = this.i++;
    while (this.i < this.text.length && this.text[this.i] !== '"') {
      if (this.text[this.i] === '\n') break;
      this.i += this.text[this.i] === '\\' ? 2 : 1;
    }
    if (this.text[this.i] !== '"') throw new Stop('unclosedString', start);
    this.i++;
  }

  /** Text between two offsets as a message quotes it: its last line, shortened. */
  shown(start: number, end: number): string {
    const s = this.text.slice(start, end).split('\n').pop()!.trim();
    return s.length > SHOWN_MAX ? `…${s.slice(-SHOWN_MAX)}` : s;
  }

  key(): string {
    const c = this.peek();
    if (c === "'") throw new Stop('singleQuotes', this.i);
    if (c !== '"')
      throw new Stop(
        c !== undefined && WORD.test(this.text.slice(this.i)) ? 'unquotedKey' : c === undefined ? 'unclosed' : 'badValue',
        this.i,
      );
    const start = this.i;
    this.string();
    return this.shown(start, this.i);
  }

  container(close: '}' | ']', object: boolean): void {
    this.i++;
    if (this.peek() === close) return void this.i++;
    for (;;) {
      if (object) {
        const key = this.key();
        const afterKey = this.i;
        if (this.peek() !== ':') throw new Stop(this.text[this.i] === undefined ? 'unclosed' : 'missingColon', afterKey, key);
        this.i++;
      }
      const start = (this.ws(), this.i);
      this.value();
      const end = this.i;
      const c = this.peek();
      if (c === close) return void this.i++;
      if (c === undefined) throw new Stop('unclosed', this.i);
      if (c !== ',') throw new Stop('missingComma', end, this.shown(start, end));
      const comma = this.i++;
      if (this.peek() === close) throw new Stop('trailingComma', comma);
    }
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function findSyntaxError(text: string): SyntaxProblem | undefined {
  const p = new Parser(text);
  try {
    p.value();
    if (p.peek() !== undefined) throw new Stop('extraText', p.i);
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { code: e.code, ...position(text, e.at), ...(e.after === undefined ? {} : { after: e.after }) };
  }
}
