/**
 * How each language writes a string and a JSON-like value. Strings are escaped for the language's
 * own literal syntax, so any request value (quotes, backslashes, Chinese text) survives the trip.
 */
import type { KitLanguage } from './languages.ts';
import { snakeCase, type LiteralStyle } from './kit-value.ts';

/** JSON's string escapes are valid in JavaScript, Python, Go and C# string literals. */
export const doubleQuoted = (text: string): string => JSON.stringify(text);

/** Java: JSON's escapes, and non-ASCII as \u escapes, so the file compiles whatever the platform encoding. */
export const javaString = (text: string): string => asciiOnly(JSON.stringify(text));

export function asciiOnly(text: string): string {
  return text.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** PHP and Ruby single-quoted strings: only the backslash and the quote are special. */
export const singleQuoted = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A POSIX shell single-quoted word. */
export const shellQuoted = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

const jsKey = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : doubleQuoted(key));

export const LITERAL_STYLES: Record<KitLanguage, LiteralStyle> = {
  node: {
    string: doubleQuoted,
    ref: (name) => name,
    true: 'true',
    false: 'false',
    null: 'null',
    objectOpen: '{',
    objectClose: '}',
    entry: (k, v) => `${jsKey(k)}: ${v}`,
    arrayOpen: '[',
    arrayClose: ']',
    trailingComma: true,
  },
  python: {
    string: doubleQuoted,
    ref: snakeCase,
    true: 'True',
    false: 'False',
    null: 'None',
    objectOpen: '{',
    objectClose: '}',
    entry: (k, v) => `${doubleQuoted(k)}: ${v}`,
    arrayOpen: '[',
    arrayClose: ']',
    trailingComma: true,
  },
  java: {
    string: javaString,
    ref: (name) => name,
    true: 'true',
    false: 'false',
    null: 'null',
    objectOpen: 'Json.obj(',
    objectClose: ')',
    entry: (k, v) => `${javaString(k)}, ${v}`,
    arrayOpen: 'Json.list(',
    arrayClose: ')',
    trailingComma: false,
  },
  go: {
    string: doubleQuoted,
    ref: (name) => name,
    true: 'true',
    false: 'false',
    null: 'nil',
    objectOpen: 'map[string]any{',
    objectClose: '}',
    entry: (k, v, width) => `${`${doubleQuoted(k)}:`.padEnd(width + 1)} ${v}`,
    alignValues: true,
    arrayOpen: '[]any{',
    arrayClose: '}',
    trailingComma: true,
  },
  php: {
    string: singleQuoted,
    ref: (name) => `$${name}`,
    true: 'true',
    false: 'false',
    null: 'null',
    objectOpen: '[',
    objectClose: ']',
    emptyObject: 'new \\stdClass()',
    entry: (k, v) => `${singleQuoted(k)} => ${v}`,
    arrayOpen: '[',
    arrayClose: ']',
    trailingComma: true,
  },
  ruby: {
    string: singleQuoted,
    ref: snakeCase,
    true: 'true',
    false: 'false',
    null: 'nil',
    objectOpen: '{',
    objectClose: '}',
    entry: (k, v) => `${singleQuoted(k)} => ${v}`,
    arrayOpen: '[',
    arrayClose: ']',
    trailingComma: true,
  },
  csharp: {
    string: doubleQuoted,
    ref: (name) => name,
    true: 'true',
    false: 'false',
    null: 'null',
    objectOpen: 'new JsonObject {',
    objectClose: '}',
    entry: (k, v) => `[${doubleQuoted(k)}] = ${v}`,
    arrayOpen: 'new JsonArray { ',
    arrayClose: ' }',
    trailingComma: true,
  },
};
