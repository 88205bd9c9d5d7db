/**
 * The one scanner of a pattern's top-level `|` branches (analysis/literal-hints.ts), which the
 * literal prefilter and the one-pass source scan both build on: it splits exactly at the
 * top-level bars, never inside a group, a class or after a backslash, and loses no character.
 */
import fc from 'fast-check';
import { alternativesOf, topLevelBranches } from '../../src/analysis/literal-hints.js';

/** Pieces of a branch: literals, escapes (an escaped bar too), classes and groups that hold bars. */
const piece = fc.oneof(
  fc.stringMatching(/^[a-z0-9 _.-]{1,4}$/),
  fc.constantFrom('\\|', '\\(', '\\)', '\\[', '\\d', '\\s+', '\\b'),
  fc.constantFrom('[|]', '[a|b]', '[^)]', '[\\]|]', '(a|b)', '(?:x|y|z)', '((p|q)|r)', '(?<n>m|n)'),
  fc.constantFrom('?', '*', '+', '{2}', '^', '$'),
);
const branch = fc.array(piece, { maxLength: 5 }).map((ps) => ps.join(''));

describe('topLevelBranches (property)', () => {
  it('splits a pattern built of branches into exactly those branches', () => {
    fc.assert(
      fc.property(fc.array(branch, { minLength: 1, maxLength: 6 }), (branches) => {
        expect(topLevelBranches(branches.join('|'))).toEqual(branches);
      }),
    );
  });

  it('loses no character: the branches joined by | are the source, whenever it answers', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab|()[]\\^?'.split('')), maxLength: 30 }), (src) => {
        const got = topLevelBranches(src);
        if (got !== undefined) expect(got.join('|')).toBe(src);
      }),
    );
  });

  it('gives literals every match of a valid pattern contains, or gives up', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{3,6}$/), { minLength: 1, maxLength: 5 }), fc.stringMatching(/^[a-z ]{0,10}$/), (words, around) => {
        const re = new RegExp(words.join('|'));
        const literals = alternativesOf(re.source);
        expect(literals).toBeDefined();
        for (const w of words) {
          const text = `${around}${w}${around}`;
          expect(re.test(text)).toBe(true);
          expect(literals!.some((l) => text.includes(l))).toBe(true);
        }
      }),
    );
  });
});
