/**
 * The native matcher of star-only globs (`test_*.py`) that `compileGlobs` uses for a text with no `/`: it answers
 * as the linear-time engine does on the glob's own translation, for every glob and text.
 */
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { compileGlobs, globToRegex, matchesStarPieces, starPieces } from '../../src/parse/safe-pattern.js';

/** The engine's answer, as `compileGlobs` gave it before the native path. */
function engine(globs: readonly string[], text: string): boolean {
  return RE2JS.compile(`^(?:${globs.map(globToRegex).join('|')})$`).matcher(text).find();
}

// Few letters, so that pieces recur and overlap in short texts (where a matcher that lets pieces overlap goes wrong).
const globChar = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('a', 'b', '*') }, { weight: 1, arbitrary: fc.constantFrom('.', '/', 'é') });
const textChar = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('a', 'b') }, { weight: 1, arbitrary: fc.constantFrom('.', '/', '*', 'é') });
const glob = fc.string({ unit: globChar, maxLength: 8 });
const text = fc.string({ unit: textChar, maxLength: 10 });

describe('star globs (property)', () => {
  it('match a text as the engine does, with or without a slash', () => {
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), text, (globs, t) => {
        const compiled = compileGlobs(globs);
        if (!compiled.ok) throw new Error(compiled.reason);
        expect(compiled.pattern.test(t)).toBe(engine(globs, t));
      }),
      { numRuns: 1500 },
    );
  });

  it('take the native path only for globs of literals and lone stars, and agree there', () => {
    fc.assert(
      fc.property(glob, fc.string({ unit: fc.constantFrom('a', 'b', '.', '*'), maxLength: 8 }), (g, t) => {
        const pieces = starPieces(g);
        if (g.includes('**')) expect(pieces).toBeUndefined();
        if (pieces !== undefined) expect(matchesStarPieces(pieces, t)).toBe(engine([g], t));
      }),
      { numRuns: 1500 },
    );
  });

  it('always compile on the engine (which the native path compiles only when first needed)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 3 }), (globs) => {
        fc.pre(globs.every((g) => starPieces(g) !== undefined));
        expect(() => RE2JS.compile(`^(?:${globs.map(globToRegex).join('|')})$`)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('leaves globs with other special characters to the engine', () => {
    for (const g of ['test_?.py', 'test_[ab].py', 'test_{a,b}.py', '@(a|b).py', '!(x).py', 'a\\*b', 'a,b', 'a**b']) expect(starPieces(g)).toBeUndefined();
    expect(starPieces('test_*.py')).toEqual(['test_', '.py']);
  });

  it('answers the default pytest globs on file names', () => {
    const compiled = compileGlobs(['test_*.py', '*_test.py']);
    if (!compiled.ok) throw new Error(compiled.reason);
    const names = ['test_a.py', 'a_test.py', 'test_.py', '_test.py', 'test.py', 'test_a.pyc', 'conftest.py', 'test_a_test.py', 'Test_a.py'];
    expect(names.filter((n) => compiled.pattern.test(n))).toEqual(['test_a.py', 'a_test.py', 'test_.py', '_test.py', 'test_a_test.py']);
  });
});
