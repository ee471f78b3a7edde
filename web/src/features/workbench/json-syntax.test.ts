import { describe, it, expect } from 'vitest';
import { findSyntaxError } from './json-syntax.ts';

describe('findSyntaxError', () => {
  it('puts a missing comma on the line of the value it should follow, not the next key', () => {
    const text = '{\n  "source": "PC_Browser"\n  "lang": "en-US"\n}';
    expect(findSyntaxError(text)).toEqual({ code: 'missingComma', after: '"PC_Browser"', line: 2, column: 25 });
  });

  it('names a missing comma after a nested value too', () => {
    expect(findSyntaxError('{"a": {"b": 1}\n "c": 2}')).toMatchObject({ code: 'missingComma', after: '{"b": 1}', line: 1 });
    expect(findSyntaxError('{"a": {\n  "b": 1\n}\n"c": 2}')).toMatchObject({ code: 'missingComma', after: '}', line: 3, column: 2 });
    expect(findSyntaxError('{"a": [1, 2 3]}')).toMatchObject({ code: 'missingComma', after: '2', line: 1, column: 12 });
  });

  it('explains the other usual slips with their place', () => {
    expect(findSyntaxError('{\n  "a": 1,\n}')).toMatchObject({ code: 'trailingComma', line: 2 });
    expect(findSyntaxError("{'a': 1}")).toMatchObject({ code: 'singleQuotes', line: 1, column: 2 });
    expect(findSyntaxError('{a: 1}')).toMatchObject({ code: 'unquotedKey', line: 1, column: 2 });
    expect(findSyntaxError('{"a" 1}')).toMatchObject({ code: 'missingColon', after: '"a"', line: 1 });
    expect(findSyntaxError('{"a": 1')).toMatchObject({ code: 'unclosed', line: 1 });
    expect(findSyntaxError('{"a": tru}')).toMatchObject({ code: 'badValue', line: 1, column: 7 });
    expect(findSyntaxError('{"a": "x\ny"}')).toMatchObject({ code: 'unclosedString', line: 1, column: 7 });
    expect(findSyntaxError('{} {}')).toMatchObject({ code: 'extraText', line: 1, column: 4 });
    expect(findSyntaxError('')).toMatchObject({ code: 'empty', line: 1, column: 1 });
  });

  it('finds nothing wrong in valid JSON (whatever its shape)', () => {
    for (const ok of ['{}', '{"a": [1, {"b": null}], "c": "d\\"e"}', '[1]', '"x"', ' 12.5e3 ']) expect(findSyntaxError(ok)).toBeUndefined();
  });
});
