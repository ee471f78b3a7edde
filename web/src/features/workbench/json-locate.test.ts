// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { locatePath, splitPath } from './json-locate.ts';

const text = `{
  "source": "PC_Browser",
  "scope": "bad",
  "formData": {
    "formFields": [
      { "a": 1 },
      { "b": 2 }
    ]
  }
}`;

describe('splitPath', () => {
  it('splits dotted names and array indexes', () => {
    expect(splitPath('formData.formFields[1].b')).toEqual(['formData', 'formFields', 1, 'b']);
  });
});

describe('locatePath', () => {
  it('finds the line of a top-level field', () => {
    expect(locatePath(text, 'scope')).toMatchObject({ startLine: 3, startColumn: 3, endLine: 3 });
  });

  it('finds an array item inside nested objects', () => {
    expect(locatePath(text, 'formData.formFields[1]').startLine).toBe(7);
    expect(locatePath(text, 'formData.formFields[1].b').startLine).toBe(7);
  });

  it('points a missing field at its nearest parent', () => {
    expect(locatePath(text, 'formData.missing')).toMatchObject({ startLine: 4, endLine: 9 });
  });

  it('points the body itself and broken text at the first line', () => {
    expect(locatePath(text, '').startLine).toBe(1);
    expect(locatePath('{ "scope": ', 'scope').startLine).toBe(1);
  });

  it('still locates fields before a syntax error', () => {
    expect(locatePath('{\n  "scope": "x",\n  "lang": ', 'scope').startLine).toBe(2);
  });
});
