/**
 * The literal automaton (analysis/literal-automaton.ts) against a plain search: for any
 * literals (exact or case-folded, overlapping, sharing prefixes and suffixes, non-ASCII) and
 * any text, `scan` finds exactly the literals the text holds and `scanLines` exactly the
 * lines that hold each, with where those lines start.
 */
import fc from 'fast-check';
import { LiteralAutomaton, type Literal } from '../../src/analysis/literal-automaton.js';

const encoder = new TextEncoder();
/** A small alphabet, so literals overlap and recur: letters of both cases, a digit, punctuation, a line break, non-ASCII. */
const ch = fc.constantFrom('a', 'b', 'A', 'B', 'c', '1', '.', '(', ' ', '\n', 'é', 'É', '\u00ff', 'ß');
const literal = fc.record({ text: fc.array(fc.constantFrom('a', 'b', 'A', 'B', 'c', '1', '.', '(', ' ', 'é', 'É', '\u00ff', 'ß'), { minLength: 1, maxLength: 4 }).map((a) => a.join('')), folded: fc.boolean() });
const text = fc.array(ch, { maxLength: 80 }).map((a) => a.join(''));

/** ASCII letters lower-cased, every other byte as it is (what a folded literal ignores). */
const foldAscii = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const holds = (t: string, l: Literal): boolean => (l.folded ? foldAscii(t).includes(foldAscii(l.text)) : t.includes(l.text));

describe('LiteralAutomaton (property)', () => {
  it('scan finds exactly the literals a text holds', () => {
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 12 }), text, (lits, t) => {
        const auto = new LiteralAutomaton(lits.map((l) => ({ text: l.folded ? foldAscii(l.text) : l.text, folded: l.folded })));
        const bytes = encoder.encode(t);
        const present = new Uint8Array(lits.length);
        auto.scan(bytes, bytes.length, present);
        const expected = lits.map((l) => (holds(t, { text: l.folded ? foldAscii(l.text) : l.text, folded: l.folded }) ? 1 : 0));
        expect([...present]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('scanLines gives each line that holds a literal, where it starts and its literals', () => {
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 12 }), text, (raw, t) => {
        const lits = raw.map((l) => ({ text: l.folded ? foldAscii(l.text) : l.text, folded: l.folded }));
        const auto = new LiteralAutomaton(lits);
        const bytes = encoder.encode(t);
        const got = auto.scanLines(bytes, bytes.length);
        const byLine: { line: number; offset: number; ids: number[] }[] = [];
        for (let k = 0; k < got.lines.length; k++) byLine.push({ line: got.lines[k]!, offset: got.offsets[k]!, ids: [...got.ids.subarray(got.starts[k]!, got.starts[k + 1]!)].sort((x, y) => x - y) });
        const expected: { line: number; offset: number; ids: number[] }[] = [];
        let offset = 0;
        t.split('\n').forEach((line, i) => {
          const ids = lits.flatMap((l, id) => (holds(line, l) ? [id] : []));
          if (ids.length > 0) expected.push({ line: i, offset, ids });
          offset += encoder.encode(line).length + 1;
        });
        expect(byLine).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
