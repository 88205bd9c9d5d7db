/**
 * The source queries answer exactly what a plain search would: every line split, comments
 * blanked, every pattern tried in order on every line. The scan only skips work (files and
 * lines lacking a pattern's literals, lines once every label is full), so each query is
 * compared with that plain search, on texts with CRLF, non-ASCII characters, comments,
 * long lines and testscripts.
 */
import fc from 'fast-check';
import { indexRepository } from '../../src/parse/repo.js';
import { codeLines, codeLinesHolding, findInSource, firstHitIn, hasCodeLineMatching, type SourceHit } from '../../src/analysis/code-search.js';
import { firstPartyImports } from '../../src/analysis/first-party.js';
import type { SourcePattern } from '../../src/model/signal.js';
import { makeRepo } from '../helpers/repo.js';

const PATTERNS: SourcePattern[] = [
  { re: /^\s*import\s+torch\b/, label: 'torch' },
  { re: /\bmlflow\.log_metric\s*\(/i, label: 'mlflow' },
  { re: /torch\.save\(/, label: 'save' },
  { re: /\bjoblib\.dump\(/, label: 'save' },
  { re: /évalué\s*=/, label: 'accent' },
];

const lineBreak = /\r?\n/;
const blank = (path: string, line: string): string => {
  const style = /\.(py|r|R|sh|jl|txtar)$/.test(path) ? '#' : /\.(ts|js|mjs|go|java|kt|scala)$/.test(path) ? '//' : undefined;
  return style !== undefined && line.trimStart().startsWith(style) ? '' : line;
};

/** The plain search findInSource stands for. */
function plainFind(files: Record<string, string>, patterns: readonly SourcePattern[], limit: number): string[] {
  const counts = new Map<string, number>();
  const out: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    text.split(lineBreak).forEach((raw, i) => {
      const line = blank(file, raw);
      if (line.length === 0 || line.length > 2000) return;
      for (const p of patterns) {
        if ((counts.get(p.label) ?? 0) >= limit) continue;
        const m = p.re.exec(line);
        if (!m) continue;
        counts.set(p.label, (counts.get(p.label) ?? 0) + 1);
        out.push(`${file}:${i + 1}:${m.index + 1}:${p.label}:${line.trim().slice(0, 160)}`);
        break;
      }
    });
  }
  return out.sort();
}

function plainFirst(file: string, text: string, patterns: readonly SourcePattern[]): string | undefined {
  const lines = text.split(lineBreak);
  for (let i = 0; i < lines.length; i++) {
    const line = blank(file, lines[i]!);
    for (const p of patterns) {
      const m = p.re.exec(line);
      if (m) return `${file}:${i + 1}:${m.index + 1}:${p.label}:${line.trim().slice(0, 160)}`;
    }
  }
  return undefined;
}

const show = (h: SourceHit): string => `${h.file}:${h.line}:${h.column}:${h.label}:${h.text}`;

const LINES = [
  'import torch',
  '  import torch as t',
  '# import torch',
  '// import torch',
  'x = 1',
  'MLFLOW.LOG_METRIC("acc", 1)',
  'mlflow.log_metric ("loss", 2)',
  'torch.save(m, "m.pt"); joblib.dump(m)',
  'joblib.dump(model, "x")',
  'score_évalué = 3',
  '日本語 torch.save(x)',
  '😀 mlflow.log_metric(1)',
  // Lower-casing "İ" makes two characters (folded literals are then searched by regex); the Kelvin sign lower-cases to "k".
  'İ MLflow.Log_Metric(2)',
  '\u212a mlflow.log_metric(3)',
  '',
  `${'a'.repeat(2001)} torch.save(x)`,
  'torch',
];

describe('findInSource and firstHitIn', () => {
  it.each([1, 2, 20])('give what a plain search gives, every label up to %i hits', (limit) => {
    const files: Record<string, string> = {
      'a.py': LINES.join('\n'),
      'b.py': LINES.join('\r\n'),
      'c.ts': [...LINES].reverse().join('\n'),
      'd.py': `${LINES.slice(0, 3).join('\n')}\n`,
      'e.py': 'nothing here\n',
    };
    const repo = indexRepository(makeRepo(files));
    expect(findInSource(repo, PATTERNS, { limitPerLabel: limit }).map(show).sort()).toEqual(plainFind(files, PATTERNS, limit));
    for (const [file, text] of Object.entries(files)) expect(firstHitIn(repo, file, PATTERNS) && show(firstHitIn(repo, file, PATTERNS)!)).toEqual(plainFirst(file, text, PATTERNS));
  });

  it('stop trying a file once every label is full, and still read every file they cover', () => {
    const repo = indexRepository(makeRepo({ 'a.py': 'import torch\nimport torch\n', 'b.py': 'import torch\n', 'c.py': Buffer.from([0x69, 0x6d, 0x70, 0x00]) }));
    expect(findInSource(repo, PATTERNS.slice(0, 1), { limitPerLabel: 1 }).map(show)).toEqual(['a.py:1:1:torch:import torch']);
    // The binary file is still read (and refused) by the query that covers it.
    expect(repo.findings.filter((f) => f.file === 'c.py')).toHaveLength(1);
  });

  it('read only a testscript`s script lines, never its file sections', () => {
    const text = 'exec python train.py\ntorch.save(x)\n-- train.py --\ntorch.save(y)\n';
    const repo = indexRepository(makeRepo({ 'testdata/script/x.txtar': text }));
    const files = ['testdata/script/x.txtar'];
    expect(findInSource(repo, PATTERNS, { files }).map(show)).toEqual(['testdata/script/x.txtar:2:1:save:torch.save(x)']);
    expect(firstHitIn(repo, files[0]!, PATTERNS.slice(2, 3))?.line).toBe(2);
  });

  it('agree with a plain search on any mix of lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), fc.integer({ min: 1, max: 4 }), (lines, eol, limit) => {
        const files = { 'x.py': lines.join(eol), 'y.js': lines.slice().reverse().join(eol) };
        const repo = indexRepository(makeRepo(files));
        expect(findInSource(repo, PATTERNS, { limitPerLabel: limit }).map(show).sort()).toEqual(plainFind(files, PATTERNS, limit));
        for (const [file, text] of Object.entries(files)) expect(firstHitIn(repo, file, PATTERNS) && show(firstHitIn(repo, file, PATTERNS)!)).toEqual(plainFirst(file, text, PATTERNS));
      }),
      { numRuns: 40 },
    );
  });

  it('search one file with `file` as a filter to that file does, code files of the extensions only', () => {
    const files = { 'a.py': LINES.join('\n'), 'b.ts': LINES.join('\n'), 'notes.txt': LINES.join('\n'), 'vendor/c.py': LINES.join('\n'), 'e.py': 'nothing here\n' };
    const repo = indexRepository(makeRepo(files));
    for (const file of [...Object.keys(files), 'missing.py'])
      for (const exts of [undefined, ['.py']]) {
        const q = { limitPerLabel: 2, ...(exts ? { exts } : {}) };
        expect([file, exts, findInSource(repo, PATTERNS, { ...q, file }).map(show)]).toEqual([file, exts, findInSource(repo, PATTERNS, { ...q, where: (p) => p === file }).map(show)]);
      }
    expect(findInSource(repo, PATTERNS, { file: 'a.py', limitPerLabel: 1 }).map(show).sort()).toEqual(plainFind({ 'a.py': files['a.py'] }, PATTERNS, 1));
    expect(findInSource(repo, PATTERNS, { file: 'vendor/c.py' })).toEqual([]);
    expect(findInSource(repo, PATTERNS, { file: 'b.ts', exts: ['.py'] })).toEqual([]);
  });

  it('agree with a plain search whatever the order of a list`s patterns, one of them twice', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 30 }), fc.shuffledSubarray(PATTERNS, { minLength: 1 }), fc.boolean(), fc.integer({ min: 1, max: 4 }), (lines, picked, twice, limit) => {
        const list = twice ? [...picked, picked[0]!] : picked;
        const files = { 'x.py': lines.join('\n'), 'y.js': lines.slice().reverse().join('\n') };
        const repo = indexRepository(makeRepo(files));
        expect(findInSource(repo, list, { limitPerLabel: limit }).map(show).sort()).toEqual(plainFind(files, list, limit));
      }),
      { numRuns: 60 },
    );
  });
});

describe('codeLinesHolding', () => {
  const text = 'import a\r\n# import b\nx = "import" + "import"\nIMPORT c\nfrom x import (y,\n    z)\nno';
  it.each([
    ['import', false, ['import a', 'x = "import" + "import"', 'from x import (y,']],
    ['import', true, ['import a', 'x = "import" + "import"', 'IMPORT c', 'from x import (y,']],
  ])('gives the code lines holding %j (folded: %s), each once, as codeLines has them, read from the text or from codeLines', (literal, folded, expected) => {
    const fresh = indexRepository(makeRepo({ 'm.py': text }));
    expect(codeLinesHolding(fresh, 'm.py', literal, folded)).toEqual(expected);
    const split = indexRepository(makeRepo({ 'm.py': text }));
    codeLines(split, 'm.py');
    expect(codeLinesHolding(split, 'm.py', literal, folded)).toEqual(expected);
  });

  it('is undefined for a file it cannot read, and a line matches only where the regex`s literal is', () => {
    const repo = indexRepository(makeRepo({ 't.py': 'def test():\n    # assert a == b\n    ASSERT x == y\n', 'u.py': 'def test():\n    # assert a == b\n' }));
    expect(codeLinesHolding(repo, 'missing.py', 'import')).toBeUndefined();
    expect(hasCodeLineMatching(repo, 't.py', /\bassert\w*\b[^\n]*(?:==|equal|allclose)/i)).toBe(true);
    expect(hasCodeLineMatching(repo, 'u.py', /\bassert\w*\b[^\n]*(?:==|equal|allclose)/i)).toBe(false);
    expect(hasCodeLineMatching(repo, 'missing.py', /x/)).toBe(false);
  });

  it('finds the same first-party imports as reading every line', () => {
    const repo = indexRepository(
      makeRepo({
        'pkg/__init__.py': '',
        'pkg/model.py': '',
        'pkg/data.py': '',
        'util.py': '',
        'pkg/train.py': 'import util\n# import pkg.data\nfrom . import model\nx = 1 # import nothing\nfrom pkg import data, model\n',
      }),
    );
    // The commented import is not read (it would put pkg/data.py second).
    expect(firstPartyImports(repo, 'pkg/train.py')).toEqual(['util.py', 'pkg/model.py', 'pkg/__init__.py', 'pkg/data.py']);
  });
});
