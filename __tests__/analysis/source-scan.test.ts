/**
 * The one-pass source scan: the automaton finds exactly the literals a text holds, the
 * requirements never rule out a file a pattern matches, and the engine declares every
 * pattern list its checks ask about (so one automaton serves the whole run).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runEngine } from '../../src/engine.js';
import { LiteralAutomaton } from '../../src/analysis/literal-automaton.js';
import { requirementsOf } from '../../src/analysis/literal-requirements.js';
import { indexRepository } from '../../src/parse/repo.js';
import { declareSourcePatterns, findInSource, seedSourceScans, sourceScansBuilt, sourceScansOf } from '../../src/analysis/code-search.js';
import { makeRepo } from '../helpers/repo.js';
import { SourceScan } from '../../src/analysis/source-scan.js';
import { forgetRun, runIndex } from '../../src/analysis/run-index.js';
import type { RepoIndex } from '../../src/model/repository.js';

const bytes = (s: string) => new TextEncoder().encode(s);

/** The lines of a file the run's source scans kept for their queries (source-scan.ts KeptLines), as text. */
const keptLines = (repo: RepoIndex, file: string): string | undefined => {
  for (const results of runIndex(repo).sourceScans.values()) {
    const kept = results.kept.get(file);
    if (kept) return kept.bytes.toString('utf8');
  }
  return undefined;
};

describe('LiteralAutomaton', () => {
  const lits = [
    { text: 'import torch', folded: false },
    { text: 'torch', folded: false },
    { text: 'mlflow.', folded: true },
    { text: 'he', folded: false },
    { text: 'she', folded: false },
    { text: 'héllo', folded: false },
  ];
  const auto = new LiteralAutomaton(lits);
  it.each([
    ['import torch\n', [0, 1]],
    ['Import Torch', []],
    ['x = MLflow.log()', [2]],
    ['ushers', [3, 4]],
    ['say héllo', [5]],
    ['', []],
  ])('finds in %j the literals %j (exact ones by case, folded ones without)', (text, ids) => {
    const present = new Uint8Array(lits.length);
    const b = bytes(text);
    auto.scan(b, b.length, present);
    expect([...present].flatMap((v, i) => (v ? [i] : []))).toEqual(ids);
  });
});

describe('LiteralAutomaton.scanLines', () => {
  const auto = new LiteralAutomaton(['alpha', 'beta', 'gamma', 'delta'].map((text) => ({ text, folded: false })));

  it('gives every line of a file with more hits than its kept lists hold, then a small file as exactly', () => {
    const big = bytes('alpha beta gamma delta\n'.repeat(20_000));
    const got = auto.scanLines(big, big.length);
    expect([got.lines.length, got.ids.length, got.lines[19_999], got.offsets[19_999], got.starts[20_000]]).toEqual([20_000, 80_000, 19_999, 19_999 * 23, 80_000]);
    expect([...got.ids.subarray(79_996)]).toEqual([0, 1, 2, 3]);
    const small = bytes('x\ndelta alpha\n');
    expect(auto.scanLines(small, small.length)).toEqual({ lines: Int32Array.from([1]), offsets: Int32Array.from([2]), starts: Int32Array.from([0, 2]), ids: Int32Array.from([3, 0]), bytes: small.length });
    // The first result is a copy: the second call did not write over it.
    expect([got.lines.length, got.ids[0], got.offsets[1]]).toEqual([20_000, 0, 23]);
  });
});

describe('requirementsOf', () => {
  it.each([
    [/^\s*"?(from|import)\s+evidently\b/, [[['from', 'import'], ['evidently']]]],
    [/^\s*"?from\s+river\s+import\s+drift\b|mlflow\.log_/, [[['from'], ['river'], ['import'], ['drift']], [['mlflow.log_']]]],
    [/Trainer\(/i, [[['trainer(']]]],
    [/ab?c/, undefined],
  ])('%s needs %j', (re, expected) => {
    expect(requirementsOf(re)?.branches).toEqual(expected);
  });

  it('never rules out a text the pattern matches', () => {
    const patterns = [/^\s*"?(from|import)\s+(frouros|torchdrift)\b|^\s*"?from\s+river\.drift\b/, /\b(FeatureDrift|PredictionDrift)\s*\(/, /mlflow\.(log_metric|log_param)s?\(/i, /torch\.manual_seed\(\d+\)/];
    const texts = ['import frouros', '  from river.drift import ADWIN', 'x = PredictionDrift (a)', 'MLFLOW.LOG_METRICS(1)', 'torch.manual_seed(42)', 'import torch', 'from river import x'];
    const scan = new SourceScan([patterns.map((re) => ({ re }))]);
    for (const re of patterns) for (const t of texts) if (re.test(t)) expect([re.source, t, scan.may(re, scan.mayMatchIn(t))]).toEqual([re.source, t, true]);
    expect(scan.may(patterns[0]!, scan.mayMatchIn('from river import x'))).toBe(false);
  });

  it('finds the literals of a text longer than any scanned before (the scratch buffer grows under it)', () => {
    const re = /torch\.manual_seed\(/;
    const scan = new SourceScan([[{ re }]]);
    for (const size of [30_000, 100_000, 1_000_000]) {
      expect(scan.may(re, scan.mayMatchIn('import os\n'))).toBe(false);
      expect([size, scan.may(re, scan.mayMatchIn(`${'x = 1\n'.repeat(size / 6)}torch.manual_seed(1)\n`))]).toEqual([size, true]);
    }
  });
});

describe('the engine', () => {
  it('declares every source-pattern list its checks ask about: one scan serves every run', () => {
    const before = sourceScansBuilt();
    for (const repo of ['examples/ml-app', '__tests__/__fixtures__/repos/ml-level-4', '__tests__/__fixtures__/repos/ml-level-2', '__tests__/__fixtures__/repos/ml-library']) runEngine(path.resolve(repo));
    expect(sourceScansBuilt() - before).toBeLessThanOrEqual(1);
  });
});

describe('findInSource', () => {
  it('gives the same hits whatever was asked before (flags are per file, not per query)', () => {
    const repo = indexRepository(makeRepo({ 'x/a.py': 'import os\nimport evidently\n', 'x/b.py': '# import evidently\n', 'y/c.py': 'import evidently as e\n', 'y/d.py': Buffer.from([0, 1, 2]) }));
    const patterns = [{ re: /^import\s+evidently\b/, label: 'Evidently' }];
    const first = findInSource(repo, patterns, { where: (p) => p.startsWith('x/') });
    expect(first.map((h) => `${h.file}:${h.line}:${h.column}`)).toEqual(['x/a.py:2:1']);
    const all = findInSource(repo, patterns);
    expect(all.map((h) => `${h.file}:${h.line}:${h.column}`)).toEqual(['x/a.py:2:1', 'y/c.py:1:1']);
    expect(findInSource(repo, patterns, { where: (p) => p.startsWith('x/') })).toEqual(first);
    expect(repo.findings.filter((f) => f.file === 'y/d.py').map((f) => f.message)).toEqual(['"y/d.py" looks binary (it has NUL bytes), so it was skipped; save it as UTF-8 text if it is meant to be read.']);
  });
});

describe('code the project did not write for itself', () => {
  it.each([
    ['src/train.py', true],
    ['third_party/lib/train.py', false],
    ['pkg/vendor/x.py', false],
    ['tests/fixtures/model.py', false],
    ['web/static/app.min.js', false],
    ['web/static/app.js', true],
  ])('%s is searched by the source queries: %s', (file, searched) => {
    const repo = indexRepository(makeRepo({ [file]: 'import torch\n' }));
    expect(findInSource(repo, [{ re: /^import torch/, label: 'torch' }]).length).toBe(searched ? 1 : 0);
  });
});

describe('texts no query needs', () => {
  it('are let go of after the scan, and read again on demand with no second finding', () => {
    const repo = indexRepository(makeRepo({ 'a.py': 'import torch\n', 'b.py': Buffer.from([0x78, 0x0a, 0xff, 0x0a]) }));
    expect(findInSource(repo, [{ re: /^import torch/, label: 'torch' }]).map((h) => h.file)).toEqual(['a.py']);
    expect(repo.findings.filter((f) => f.file === 'b.py').map((f) => f.line)).toEqual([2]);
    expect(repo.read('b.py')).toBe('x\n\ufffd\n');
    expect(repo.findings.filter((f) => f.file === 'b.py').map((f) => f.line)).toEqual([2]);
    expect(repo.readPaths().sort()).toEqual(['a.py', 'b.py']);
  });

  it('are scanned on their bytes with the same findings and hits as a read text, whatever the encoding', () => {
    const torch = [{ re: /^import torch/, label: 'torch' }];
    const files: Record<string, string | Buffer> = {
      'plain.py': 'import os\nimport torch\n',
      'bom8.py': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('import torch\n')]),
      'bom8x2.py': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from('import torch\n')]),
      'bom16.py': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('import torch\n', 'utf16le')]),
      'crlf.py': 'x = 1\r\nimport torch\r\n',
      'lonecr.py': 'x = 1\rimport torch\r',
      'invalid.py': Buffer.concat([Buffer.from('import torch # '), Buffer.from([0xc3, 0x28]), Buffer.from('\nimport torch\n')]),
      'binary.py': Buffer.from([0x69, 0x6d, 0x70, 0, 0x0a]),
      'unicode.py': '# ünïcödé ✓ 𝔘\nimport torch\n',
      'big.py': `import torch\n${'x'.repeat(2 * 1024 * 1024)}\n`,
    };
    const scanned = indexRepository(makeRepo(files));
    const readFirst = indexRepository(makeRepo(files));
    for (const f of Object.keys(files).sort()) readFirst.read(f);
    const hits = (repo: typeof scanned) => findInSource(repo, torch).map((h) => `${h.file}:${h.line}:${h.column}`);
    expect(hits(scanned)).toEqual(hits(readFirst));
    expect(hits(scanned)).toEqual(['bom16.py:1:1', 'bom8.py:1:1', 'bom8x2.py:1:1', 'crlf.py:2:1', 'invalid.py:1:1', 'invalid.py:2:1', 'lonecr.py:2:1', 'plain.py:2:1', 'unicode.py:2:1']);
    const said = (repo: typeof scanned) => repo.findings.map((f) => `${f.file}:${f.line}:${f.check}:${f.message}`).sort();
    expect(said(scanned)).toEqual(said(readFirst));
    expect(said(scanned).map((x) => x.split(':')[0])).toEqual(['big.py', 'binary.py', 'bom16.py', 'invalid.py', 'lonecr.py']);
    for (const f of Object.keys(files)) expect([f, scanned.read(f)]).toEqual([f, readFirst.read(f)]);
    expect(said(scanned)).toEqual(said(readFirst));
  });

  it('are let go of when read for the scan alone, even where another list may match, and read again the same when a query tries them', () => {
    const torch = [{ re: /^import torch/, label: 'torch' }];
    const mlflow = [{ re: /mlflow\.log_metric\(/, label: 'mlflow' }];
    declareSourcePatterns([torch, mlflow]);
    const repo = indexRepository(makeRepo({ 'a.py': 'import torch\n', 'b.py': 'x = 1\nmlflow.log_metric("a", 1)\n', 'c.py': 'import torch\nmlflow.log_metric("b", 2)\n' }));
    expect(repo.read('c.py')).toBeDefined();
    // The torch query scans b.py (mlflow may match it) but tries none of its lines; a.py's lines are tried on its bytes,
    // of which the repository keeps nothing (the scan keeps the line it tried).
    expect(findInSource(repo, torch).map((h) => h.file)).toEqual(['a.py', 'c.py']);
    expect(repo.holds?.('a.py')).toBe(false);
    expect(keptLines(repo, 'a.py')).toBe('import torch\n');
    expect(repo.holds?.('b.py')).toBe(false);
    // Read before the scan (by another reader): kept.
    expect(repo.holds?.('c.py')).toBe(true);
    expect(findInSource(repo, mlflow).map((h) => `${h.file}:${h.line}`)).toEqual(['b.py:2', 'c.py:2']);
    expect(repo.holds?.('b.py')).toBe(false);
    expect(keptLines(repo, 'b.py')).toBe('mlflow.log_metric("a", 1)\n');
    expect(repo.findings).toEqual([]);
    expect(repo.readPaths().sort()).toEqual(['a.py', 'b.py', 'c.py']);
  });
});

describe("a run seeded with another's scans (a pull request's base)", () => {
  const torch = [{ re: /^import torch/, label: 'torch' }];
  it('keeps what was found in the files it reads the same, reading none of them for it, and scans the others itself', () => {
    const root = makeRepo({ 'a.py': 'import torch\n', 'b.py': 'import torch\n', 'c.py': 'x = 1\n' });
    const checkout = indexRepository(root);
    expect(findInSource(checkout, torch).map((h) => h.file)).toEqual(['a.py', 'b.py']);
    const scans = sourceScansOf(checkout);
    // The other run reads a.py and c.py the same; b.py differs on its side.
    const other = indexRepository(root);
    const seeded: RepoIndex = { ...other, sameAsCheckout: (p) => p !== 'b.py' };
    seedSourceScans(seeded, scans);
    expect(scans.size).toBe(0);
    fs.writeFileSync(path.join(root, 'b.py'), 'x = 2\nimport torch\n');
    fs.rmSync(path.join(root, 'a.py'));
    // a.py: found as the checkout found it, not read (it is gone); c.py: known to hold no literal, not read; b.py: read
    // and scanned anew (its hit moved).
    expect(findInSource(seeded, torch).map((h) => `${h.file}:${h.line}`)).toEqual(['a.py:1', 'b.py:2']);
    expect(seeded.readPaths()).toEqual(['b.py']);
    expect(seeded.findings).toEqual([]);
  });

  it('is not seeded when it reads nothing from the checkout', () => {
    const root = makeRepo({ 'a.py': 'import torch\n' });
    const checkout = indexRepository(root);
    findInSource(checkout, torch);
    const other = indexRepository(root);
    seedSourceScans(other, sourceScansOf(checkout));
    fs.writeFileSync(path.join(root, 'a.py'), 'x = 1\n');
    expect(findInSource(other, torch)).toEqual([]);
  });
});

describe('when the run is done (forgetRun)', () => {
  it('the repository lets go of every text, the scan of its kept lines, and both read them again the same with no second finding', () => {
    const torch = [{ re: /^import torch/, label: 'torch' }];
    const repo = indexRepository(makeRepo({ 'a.py': 'import torch\n', 'b.py': Buffer.from([0x69, 0x6d, 0x70, 0x6f, 0x72, 0x74, 0x20, 0x74, 0x6f, 0x72, 0x63, 0x68, 0x0a, 0xff, 0x0a]), 'c.txt': 'notes\n' }));
    expect(findInSource(repo, torch).map((h) => h.file)).toEqual(['a.py', 'b.py']);
    expect(repo.read('c.txt')).toBe('notes\n');
    const said = repo.findings.map((f) => `${f.file}:${f.line}`);
    expect(said).toEqual(['b.py:2']);
    // a.py's lines are kept by the scan (the repository holds nothing of it), b.py's text (not plain UTF-8) and c.txt's are held.
    expect(['a.py', 'b.py', 'c.txt'].map((f) => repo.holds?.(f))).toEqual([false, true, true]);
    expect(keptLines(repo, 'a.py')).toBe('import torch\n');
    const index = runIndex(repo);
    forgetRun(repo);
    expect(['a.py', 'b.py', 'c.txt'].map((f) => repo.holds?.(f))).toEqual([false, false, false]);
    expect(keptLines(repo, 'a.py')).toBeUndefined();
    // The memos go with it: a later question starts a fresh index and gets the same answers.
    expect(runIndex(repo)).not.toBe(index);
    expect(findInSource(repo, torch).map((h) => `${h.file}:${h.line}`)).toEqual(['a.py:1', 'b.py:1']);
    expect([repo.read('a.py'), repo.read('b.py'), repo.read('c.txt')]).toEqual(['import torch\n', 'import torch\n\ufffd\n', 'notes\n']);
    expect(repo.findings.map((f) => `${f.file}:${f.line}`)).toEqual(said);
    expect(repo.readPaths().sort()).toEqual(['a.py', 'b.py', 'c.txt']);
  });

  it('the engine leaves no text held and no index behind, and its report is what a second run gives', () => {
    const root = makeRepo({ 'train.py': 'import torch\ntorch.manual_seed(0)\n', 'tests/test_train.py': 'import train\n\ndef test_x():\n    assert True\n', '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n' });
    const first = runEngine(root);
    const repo = first.analysis.repo;
    expect(repo.files.filter((f) => repo.holds?.(f))).toEqual([]);
    // The run's index went with it (a fresh one, empty, is made on this question).
    expect(runIndex(repo).sourceScans.size).toBe(0);
    expect(repo.readPaths()).toEqual(expect.arrayContaining(['train.py', 'tests/test_train.py', '.github/workflows/ci.yml']));
    expect(JSON.stringify(runEngine(root).report)).toBe(JSON.stringify(first.report));
  });
});

describe('the lines a query tries', () => {
  const seed = [{ re: /torch\.manual_seed\(/, label: 'seed' }];
  const unicode = 'x = "ünï"\ns = "𝔘é✓"; torch.manual_seed(1)\n';

  it('are read from the bytes of a plain UTF-8 file, columns counted as in its text (UTF-16 units)', () => {
    const files = { 'u.py': unicode, 'a.py': 'import os\ntorch.manual_seed(0)\n' };
    const fromBytes = indexRepository(makeRepo(files));
    const fromText = indexRepository(makeRepo(files));
    for (const f of Object.keys(files)) fromText.read(f);
    const hits = findInSource(fromBytes, seed);
    expect(hits.map((h) => `${h.file}:${h.line}:${h.column}:${h.text}`)).toEqual(['a.py:2:1:torch.manual_seed(0)', 'u.py:2:13:s = "𝔘é✓"; torch.manual_seed(1)']);
    expect(findInSource(fromText, seed)).toEqual(hits);
  });

  it('are tried up to 2,000 characters, however many bytes those take', () => {
    const files = {
      'wide.py': `s = "${'✓'.repeat(1000)}"; torch.manual_seed(1)\n`,
      'long.py': `s = "${'x'.repeat(2000)}"; torch.manual_seed(2)\ntorch.manual_seed(3)\n`,
    };
    const fromBytes = indexRepository(makeRepo(files));
    const fromText = indexRepository(makeRepo(files));
    for (const f of Object.keys(files)) fromText.read(f);
    const hits = findInSource(fromBytes, seed);
    expect(hits.map((h) => `${h.file}:${h.line}`)).toEqual(['long.py:2', 'wide.py:1']);
    expect(findInSource(fromText, seed)).toEqual(hits);
  });

  it('come from the lines the scan kept, once: a later query tries them without the file, which the repository does not keep', () => {
    const root = makeRepo({ 'u.py': unicode, 'long.py': `${'x = 1\n'.repeat(5000)}torch.manual_seed(2)\n${'y = 2\n'.repeat(5000)}` });
    const repo = indexRepository(root);
    const first = findInSource(repo, seed);
    expect(first.map((h) => `${h.file}:${h.line}`)).toEqual(['long.py:5001', 'u.py:2']);
    expect(repo.holds?.('u.py')).toBe(false);
    // Of a 60 kB file, the one line that holds the pattern's literals is kept.
    expect(keptLines(repo, 'long.py')).toBe('torch.manual_seed(2)\n');
    expect(keptLines(repo, 'u.py')).toBe('s = "𝔘é✓"; torch.manual_seed(1)\n');
    // Gone from disk after the query: the next query tries the kept lines (the file is not read again).
    fs.rmSync(path.join(root, 'u.py'));
    fs.rmSync(path.join(root, 'long.py'));
    expect(findInSource(repo, seed)).toEqual(first);
    expect(repo.findings).toEqual([]);
    // Read whole, it is read again (nothing of it was kept): gone, it is unreadable, and says nothing twice.
    expect(repo.read('u.py')).toBeUndefined();
    expect(repo.findings).toEqual([]);
    expect(repo.readPaths().sort()).toEqual(['long.py', 'u.py']);
  });

  it('are let go of with the file: a later read reads it again, with no second finding', () => {
    const root = makeRepo({ 'a.py': 'torch.manual_seed(0)\n' });
    const repo = indexRepository(root, { maxTotalBytes: 25 });
    expect(findInSource(repo, seed).length).toBe(1);
    repo.release?.('a.py');
    expect(repo.holds?.('a.py')).toBe(false);
    fs.writeFileSync(path.join(root, 'a.py'), 'changed\n');
    // Read again past the budget: it was counted once, when first read.
    expect(repo.read('a.py')).toBe('changed\n');
    expect(repo.findings).toEqual([]);
  });
});
