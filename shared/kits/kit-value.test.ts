import { describe, expect, it } from 'vitest';
import { KitRef, literal } from './kit-value.ts';
import { LITERAL_STYLES } from './literal-styles.ts';

const value = { token: new KitRef('authToken'), list: ['a', 'b'], nested: { flag: true, none: null, n: 3 }, odd: `it's "q" \\ 中` };

describe('literal', () => {
  it('writes a value in each language, references as that language names its variables', () => {
    expect(literal(value, LITERAL_STYLES.python)).toBe(
      '{\n    "token": auth_token,\n    "list": ["a", "b"],\n    "nested": {\n        "flag": True,\n        "none": None,\n        "n": 3,\n    },\n    "odd": "it\'s \\"q\\" \\\\ 中",\n}',
    );
    expect(literal(value, LITERAL_STYLES.php)).toContain("'token' => $authToken");
    expect(literal(value, LITERAL_STYLES.php)).toContain(`'odd' => 'it\\'s "q" \\\\ 中'`);
    expect(literal(value, LITERAL_STYLES.ruby)).toContain("'none' => nil");
    expect(literal(value, LITERAL_STYLES.java)).toContain('"odd", "it\'s \\"q\\" \\\\ \\u4e2d"\n)');
    expect(literal({}, LITERAL_STYLES.php)).toBe('new \\stdClass()');
  });

  it("lines up Go's values as gofmt does, a multi-line entry ending the run", () => {
    expect(literal({ a: 1, long: 2, nested: { x: 1 }, b: 3 }, LITERAL_STYLES.go)).toBe(
      'map[string]any{\n    "a":    1,\n    "long": 2,\n    "nested": map[string]any{\n        "x": 1,\n    },\n    "b": 3,\n}',
    );
  });
});
