/**
 * scripts/ascii-only.mjs: the bundles are written in ASCII, and every value the code computes
 * stays what it was (strings, templates, regular expressions with and without the u flag);
 * what an escape would change (a tagged template's raw text, a character after a backslash)
 * stops the bundle instead.
 */
// @ts-expect-error: a plain JavaScript module of the build scripts, without types.
import { asciiOnly } from '../../scripts/ascii-only.mjs';

const escape = asciiOnly as (file: string, code: string) => string;

/** The value of an expression, evaluated from its source text. */
function valueOf(code: string): unknown {
  return new Function(`return (${code});`)() as unknown;
}

describe('asciiOnly', () => {
  it.each([
    ['a string', `'a → b … ✅ 🟢'`],
    ['a template', '`${1 + 1} → ${"…"}`'],
    ['a regular expression, tested on the text it names', `/^a→[…✅]$/.test('a→✅')`],
    ['a regular expression with the u flag and a character outside the BMP', `/^[🟢🔴]$/u.test('🔴') && !/^[🟢🔴]$/u.test('\\uD83D')`],
    ['a character class without the u flag', `'🟢'.replace(/[\\uD83D🟢]/g, '_')`],
    ['an identifier', `(() => { const größe = 2; return größe * 2; })()`],
  ])('%s: ASCII text, same value', (_what, code) => {
    const out = escape('x.js', `/* → a comment */ ${code}`);
    expect(out).toMatch(/^[^\u0080-\uffff]*$/);
    expect(valueOf(out.replace('/* \\u2192 a comment */ ', ''))).toEqual(valueOf(code));
  });

  it('leaves ASCII text as it is', () => {
    const code = 'export const x = `a ${1} b`; // done\n';
    expect(escape('x.js', code)).toBe(code);
  });

  it('refuses a tagged template that holds a non-ASCII character, naming its line', () => {
    expect(() => escape('x.js', 'const a = 1;\nconst b = String.raw`a→b`;\n')).toThrow(/^x\.js:2: a tagged template/);
  });

  it('accepts a tagged template in ASCII next to a non-ASCII string', () => {
    expect(escape('x.js', "const b = String.raw`a\\d`; const c = '→';")).toBe("const b = String.raw`a\\d`; const c = '\\u2192';");
  });

  it('refuses a non-ASCII character after a backslash', () => {
    expect(() => escape('x.js', 'const a = 1;\nconst r = /a\\→/;\n')).toThrow(/^x\.js:2: a non-ASCII character follows a backslash/);
  });
});
