/**
 * The inventory's shortcuts answer as the plain code they stand for: `isCodeAfterBlanks` as `isCode` at an offset
 * only blanks (and an `async`) precede on its line, `isCode` as the whole-line scan it replaced, and `rowsImported` as each row's own `imports.some(imported.has)`.
 */
import fc from 'fast-check';
import { isCode, isCodeAfterBlanks, readCode, type Code, type Lang } from '../../src/inventory/cases.js';
import { rowsImported } from '../../src/inventory/kinds.js';
import { CONTENT_KINDS } from '../../src/vocabulary/shared/test-kinds.js';

/** Pieces of code where comments, quotes and blocks meet: line comments, docstrings, block comments, `async def`. */
const piece = fc.constantFrom('#', '//', '/*', '*/', '"""', "'''", '"', "'", '`', ' ', '\t', '\n', '\r\n', 'async', 'def', 'x', ':', '\\');
const text = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));
const lang = fc.constantFrom<Lang>('python', 'js', 'go', 'r', 'testscript', 'bats');

describe('isCodeAfterBlanks (property)', () => {
  it('is isCode at every offset whose line starts with blanks, then maybe `async` and blanks', () => {
    let checked = 0;
    fc.assert(
      fc.property(text, lang, (t, l) => {
        for (let offset = 0; offset <= t.length; offset++) {
          const prefix = t.slice(t.lastIndexOf('\n', offset - 1) + 1, offset);
          if (!/^[ \t]*(?:async[ \t]*)?$/.test(prefix)) continue;
          checked++;
          // Each offset on a fresh Code: no cached line table or comment index is shared between the two.
          expect(isCodeAfterBlanks(readCode(t, l), offset)).toBe(isCode(readCode(t, l), offset));
        }
      }),
      { numRuns: 2000 },
    );
    expect(checked).toBeGreaterThan(1000);
  });
});

/** `isCode` as it was before its prefix scan: the first comment of the whole line, from a line table. */
function plainIsCode(code: Code, offset: number): boolean {
  if (code.blocks.some(([a, b]) => a <= offset && offset < b)) return false;
  const hash = ['python', 'r', 'bats', 'testscript'].includes(code.lang);
  if (!hash && !['js', 'go', 'jvm', 'rust'].includes(code.lang)) return true;
  const start = code.text.lastIndexOf('\n', offset - 1) + 1;
  if (offset === 0 || start === offset) return true;
  const end = code.text.indexOf('\n', offset) < 0 ? code.text.length : code.text.indexOf('\n', offset);
  const line = code.text.slice(start, end);
  let quote = '';
  let at = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || (c === '`' && !hash)) quote = c;
    else if ((hash && c === '#') || (!hash && c === '/' && line[i + 1] === '/' && line[i - 1] !== ':')) {
      at = start + i;
      break;
    }
  }
  return at < 0 || at + (hash ? 1 : 2) > offset;
}

describe('isCode (property)', () => {
  // Long runs, so that lines longer than the prefix `isCode` scans (256) are met too.
  const longText = fc.array(fc.oneof({ weight: 8, arbitrary: piece }, { weight: 1, arbitrary: fc.constantFrom('y'.repeat(140), 'http://x') }), { maxLength: 40 }).map((ps) => ps.join(''));
  it('answers at every offset as the whole-line scan does', () => {
    fc.assert(
      fc.property(longText, lang, (t, l) => {
        const code = readCode(t, l);
        for (let offset = 0; offset <= t.length; offset++) expect([offset, isCode(code, offset)]).toEqual([offset, plainIsCode(readCode(t, l), offset)]);
      }),
      { numRuns: 400 },
    );
  });
});

describe('rowsImported (property)', () => {
  const modules = [...new Set(CONTENT_KINDS.flatMap((r) => r.imports ?? []))];
  it('lets in exactly the rows one of whose imports the file has', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.constantFrom(...modules), fc.constantFrom('os', 'sys', 'torchx', 'k6/x', '')), { maxLength: 8 }), (list) => {
        const imported = new Set(list);
        const hit = rowsImported(imported);
        CONTENT_KINDS.forEach((row, i) => {
          if (row.imports) expect(hit[i] === 1).toBe(row.imports.some((m) => imported.has(m)));
        });
      }),
      { numRuns: 300 },
    );
  });
});
