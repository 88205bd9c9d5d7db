import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as url from 'node:url';
import { spawnSync } from 'node:child_process';
import { analyzeBase, noCheckoutNote, shallowNote } from '../../src/baseline/base.js';
import { baseTargetOf, commitAndRef } from '../../src/baseline/event.js';
import { runEngine, type EngineResult } from '../../src/engine.js';
import { leftOut } from '../../src/parse/partial.js';
import { changedPaths, diffLines, parseDiffFile, parseUnifiedDiff, startBaseDiff, type Diff } from '../../src/git/diff.js';
import { EarlyGitOutputs, startGitOutputs } from '../../src/git/early-outputs.js';
import { runGit, runGitTo, tempFolder } from '../../src/git/run.js';
import { indexGitTree, resolveLink, smudgingDrivers } from '../../src/git/tree-repo.js';
import { findInSource } from '../../src/analysis/code-search.js';
import { forgetRun, runIndex } from '../../src/analysis/run-index.js';
import type { RepoIndex } from '../../src/model/repository.js';
import { checkoutReader, indexRepository, type RepoOptions } from '../../src/parse/repo.js';
import { EXAMPLE, git, prScenario, SCENARIOS, shallowClone } from '../helpers/git-scenario.js';
import { openFilesNamed, tempDir } from '../helpers/temp.js';

const openBlobFiles = (): number | undefined => openFilesNamed('mlops-ci-check-blobs-');

/** A repository of these files, committed, to add as a submodule. */
function libRepo(files: Record<string, string>): string {
  const lib = tempDir('mlops-ci-check-lib-');
  git(lib, 'init', '-q', '-b', 'main');
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(lib, rel)), { recursive: true });
    fs.writeFileSync(path.join(lib, rel), text);
  }
  git(lib, 'add', '-A');
  git(lib, 'commit', '-q', '-m', 'lib');
  return lib;
}

/** Adds the repository `lib` as a submodule at `at`, and commits. */
function addSubmodule(dir: string, lib: string, at: string): void {
  git(dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib, at);
  git(dir, 'commit', '-q', '-m', `submodule ${at}`);
}
const leftOutOf = (r: EngineResult): string | undefined => leftOut(r.analysis.repo.findings);
/**
 * The lines of a file that the run's source scans kept for their queries (source-scan.ts KeptLines), as text, checked
 * to be the file's lines that hold literals (those the scan found), each with its line break, and nothing else.
 */
const keptLinesOf = (repo: RepoIndex, file: string, content: string): string | undefined => {
  for (const results of runIndex(repo).sourceScans.values()) {
    const kept = results.kept.get(file);
    if (!kept) continue;
    const lines = content.split('\n');
    expect(kept.bytes.toString('utf8')).toBe([...kept.hits.lines].map((i) => `${lines[i]}\n`).join(''));
    return kept.bytes.toString('utf8');
  }
  return undefined;
};

/** Freezes an object and everything it holds. */
function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const v of Object.values(value)) deepFreeze(v, seen);
  Object.freeze(value);
}

const compare = (dir: string, rev: string) => {
  const head = runEngine(dir, { displayPath: '.' });
  return { head: head.report, base: analyzeBase(dir, head, { rev, ref: 'main' }, { displayPath: '.' }) };
};

describe('analyzeBase over git objects', () => {
  it('a change that removes the test step lowers unit-tests, citing the removed line of the base', () => {
    const s = prScenario(SCENARIOS.removesTests);
    const open = openBlobFiles();
    const { head, base } = compare(s.dir, s.base);
    // The base's line was read again for the cause, and its blob file closed after it.
    if (open !== undefined) expect(openBlobFiles()).toBe(open);
    expect(base).toMatchObject({ sha: s.base, ref: 'main', compared: true, changedFiles: 1 });
    expect(base.score! - head.score).toBeGreaterThan(0);
    const unit = base.changes!.find((c) => c.id === 'unit-tests')!;
    expect(unit).toEqual({ id: 'unit-tests', title: 'Unit tests', before: 'automated', after: 'absent', causes: [{ side: 'base', file: '.github/workflows/ci.yml', line: 33, change: 'removed', text: '- run: pytest -q tests' }] });
    expect(base.changes!.every((c) => c.before === 'automated')).toBe(true);
  });

  it('a change that adds a behavioral test raises behavioral-tests, citing the added file', () => {
    const s = prScenario(SCENARIOS.addsBehavioralTests);
    const { head, base } = compare(s.dir, s.base);
    expect(head.score).toBeGreaterThan(base.score!);
    expect(base.changes).toEqual([expect.objectContaining({ id: 'behavioral-tests', before: 'absent', after: 'automated', causes: [expect.objectContaining({ side: 'head', file: 'tests/test_behavior.py', change: 'file-added' })] })]);
  });

  it("reads what the change left alone from the checkout, as its analysis did, where git's filters make a blob differ from its file (git LFS, line endings)", () => {
    // A filter (as git LFS is one) that stores each line of a Python file reversed and checks it out as written.
    const s = prScenario({});
    git(s.dir, 'config', 'filter.rev.clean', 'rev');
    git(s.dir, 'config', 'filter.rev.smudge', 'rev');
    fs.writeFileSync(path.join(s.dir, '.gitattributes'), '*.py filter=rev\n');
    git(s.dir, 'add', '--renormalize', '.');
    git(s.dir, 'add', '-A');
    git(s.dir, 'commit', '-q', '-m', 'filtered');
    const filtered = git(s.dir, 'rev-parse', 'HEAD');
    const train = fs.readFileSync(path.join(s.dir, 'src', 'train.py'), 'utf8');
    expect(git(s.dir, 'show', `${filtered}:src/train.py`)).not.toBe(train.trim());
    fs.appendFileSync(path.join(s.dir, 'README.md'), '\nMore words.\n');
    fs.appendFileSync(path.join(s.dir, 'src', 'train.py'), '# a changed line\n');
    git(s.dir, 'commit', '-q', '-am', 'README and one Python file');
    const head = runEngine(s.dir, { displayPath: '.' });
    expect(analyzeBase(s.dir, head, { rev: filtered, ref: 'main' }, { displayPath: '.' })).toMatchObject({ compared: true, score: head.report.score, changes: [], newFindings: [] });
    // The tree reads the files git finds unchanged from the checkout, and the changed one from git, written through
    // the filter as the base's checkout would hold it (its blob is reversed), in a temporary folder let go of after.
    {
      // This process's folders (test files run beside it make theirs).
      const smudged = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(`mlops-ci-check-smudge-${process.pid}-`));
      const before = smudged();
      const checkout = { unchanged: (rel: string) => rel !== 'src/train.py', read: checkoutReader(s.dir) };
      const tree = indexGitTree(s.dir, filtered, { checkout });
      expect(tree.read('src/evaluate.py')).toBe(fs.readFileSync(path.join(s.dir, 'src', 'evaluate.py'), 'utf8'));
      expect(tree.read('src/train.py')).toBe(train);
      expect(smudged()).toHaveLength(before.length + 1);
      // Kept after the reads are let go of (the base's causes read its files again), not written a second time.
      tree.releaseAll!();
      expect(tree.read('src/train.py')).toBe(train);
      expect(smudged()).toHaveLength(before.length + 1);
      forgetRun(tree);
    }
  });

  it("reads a changed file as the base's checkout writes it through a filter (a wrong change when read as its blob), and the files whose filter the change drops", () => {
    const filter = (dir: string, rules: string): string => {
      git(dir, 'config', 'filter.rev.clean', 'rev');
      git(dir, 'config', 'filter.rev.smudge', 'rev');
      fs.writeFileSync(path.join(dir, '.gitattributes'), rules);
      git(dir, 'add', '--renormalize', '.');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'filtered');
      return git(dir, 'rev-parse', 'HEAD');
    };
    // Every Python file stored reversed; the change edits a test file's comment: no verdict moves.
    const s = prScenario({});
    const base = filter(s.dir, '*.py filter=rev\n');
    fs.appendFileSync(path.join(s.dir, 'tests', 'test_train.py'), '# a comment\n');
    git(s.dir, 'commit', '-q', '-am', 'a comment in a test');
    expect(compare(s.dir, base).base).toMatchObject({ compared: true, changedFiles: 1, changes: [], newFindings: [] });
    // A change that drops the filter of the tests and stores them as they are: the same files on both sides.
    const r = prScenario({});
    const reversed = filter(r.dir, 'tests/*.py filter=rev\n');
    fs.writeFileSync(path.join(r.dir, '.gitattributes'), '');
    git(r.dir, 'commit', '-q', '-am', 'no filter, the tests stored as they are');
    expect(compare(r.dir, reversed).base).toMatchObject({ compared: true, changes: [] });
    // One that drops the filter alone: the checkout holds their blobs (reversed lines), the base did not.
    const d = prScenario({});
    const withFilter = filter(d.dir, 'tests/*.py filter=rev\n');
    fs.writeFileSync(path.join(d.dir, '.gitattributes'), '');
    git(d.dir, 'add', '.gitattributes');
    git(d.dir, 'commit', '-q', '-m', 'no filter');
    for (const rel of fs.readdirSync(path.join(d.dir, 'tests'))) fs.rmSync(path.join(d.dir, 'tests', rel));
    git(d.dir, 'checkout', '--', 'tests');
    expect(fs.readFileSync(path.join(d.dir, 'tests', 'test_train.py'), 'utf8')).not.toMatch(/def test_/);
    expect(compare(d.dir, withFilter).base.changes!.map((c) => [c.id, c.before, c.after])).toEqual(expect.arrayContaining([['training-tests', 'automated', 'absent']]));
  });

  it('reads a link to a filtered file as the file it leads to, written through the filter', () => {
    // Links are read from git on the base's side (the checkout's reads through them): the base's filter of their target applies.
    const s = prScenario({});
    git(s.dir, 'config', 'filter.rev.clean', 'rev');
    git(s.dir, 'config', 'filter.rev.smudge', 'rev');
    fs.writeFileSync(path.join(s.dir, '.gitattributes'), 'tests/*.py filter=rev\n');
    fs.mkdirSync(path.join(s.dir, 'suite'));
    fs.symlinkSync('../tests/test_train.py', path.join(s.dir, 'suite', 'test_linked.py'));
    git(s.dir, 'add', '--renormalize', '.');
    git(s.dir, 'add', '-A');
    git(s.dir, 'commit', '-q', '-m', 'filtered, and a link');
    const base = git(s.dir, 'rev-parse', 'HEAD');
    fs.appendFileSync(path.join(s.dir, 'README.md'), '\nMore words.\n');
    git(s.dir, 'commit', '-q', '-am', 'README');
    const tree = indexGitTree(s.dir, base, { checkout: { unchanged: (rel) => rel !== 'README.md', read: checkoutReader(s.dir) } });
    expect(tree.read('suite/test_linked.py')).toBe(fs.readFileSync(path.join(s.dir, 'tests', 'test_train.py'), 'utf8'));
    tree.releaseAll!();
    expect(compare(s.dir, base).base).toMatchObject({ compared: true, changes: [] });
  });

  it("runs the filter drivers in the user's locale, as the checkout did (not the C locale of git's other calls)", () => {
    // `rev` reverses UTF-8 lines in a UTF-8 locale, and fails on them in the C locale.
    const s = prScenario({ 'tests/test_train.py': (text) => `${text}# naïve, déjà vu\n` });
    git(s.dir, 'config', 'filter.rev.clean', 'LC_ALL=C.UTF-8 rev');
    git(s.dir, 'config', 'filter.rev.smudge', 'rev');
    fs.writeFileSync(path.join(s.dir, '.gitattributes'), 'tests/*.py filter=rev\n');
    git(s.dir, 'add', '--renormalize', '.');
    git(s.dir, 'add', '-A');
    git(s.dir, 'commit', '-q', '-m', 'filtered');
    const base = git(s.dir, 'rev-parse', 'HEAD');
    fs.appendFileSync(path.join(s.dir, 'tests', 'test_train.py'), '# a comment\n');
    git(s.dir, 'commit', '-q', '-am', 'a comment in a test');
    const had = process.env.LC_ALL;
    process.env.LC_ALL = 'C.UTF-8';
    try {
      expect(compare(s.dir, base).base).toMatchObject({ compared: true, changedFiles: 1, changes: [] });
    } finally {
      if (had === undefined) delete process.env.LC_ALL;
      else process.env.LC_ALL = had;
    }
  });

  it("reads a submodule's filtered files through its own git's drivers and rules", () => {
    // The tests are a submodule whose Python files are stored reversed; a README-only change moves nothing.
    const lib = tempDir('mlops-ci-check-lib-');
    fs.cpSync(path.join(EXAMPLE, 'tests'), lib, { recursive: true });
    git(lib, 'init', '-q', '-b', 'main');
    git(lib, 'config', 'filter.rev.clean', 'rev');
    git(lib, 'config', 'filter.rev.smudge', 'rev');
    fs.writeFileSync(path.join(lib, '.gitattributes'), '*.py filter=rev\n');
    git(lib, 'add', '-A');
    git(lib, 'commit', '-q', '-m', 'tests, stored reversed');
    const s = prScenario({});
    git(s.dir, 'rm', '-rq', 'tests');
    git(s.dir, 'commit', '-q', '-m', 'no tests here');
    addSubmodule(s.dir, lib, 'tests');
    const sub = path.join(s.dir, 'tests');
    git(sub, 'config', 'filter.rev.clean', 'rev');
    git(sub, 'config', 'filter.rev.smudge', 'rev');
    for (const f of fs.readdirSync(sub).filter((f) => f.endsWith('.py'))) fs.rmSync(path.join(sub, f));
    git(sub, 'checkout', '--', '.');
    expect(fs.readFileSync(path.join(sub, 'test_train.py'), 'utf8')).toBe(fs.readFileSync(path.join(EXAMPLE, 'tests', 'test_train.py'), 'utf8'));
    const base = git(s.dir, 'rev-parse', 'HEAD');
    fs.appendFileSync(path.join(s.dir, 'README.md'), '\nMore words.\n');
    git(s.dir, 'commit', '-q', '-am', 'README');
    expect(compare(s.dir, base).base).toMatchObject({ compared: true, changes: [] });
  });

  it('does not compare a base whose filter fails to write a changed file, and says which', () => {
    // The base's rules give the tests a filter whose driver was set up after the checkout, and fails.
    const s = prScenario({});
    fs.writeFileSync(path.join(s.dir, '.gitattributes'), 'tests/*.py filter=broken\n');
    git(s.dir, 'add', '-A');
    git(s.dir, 'commit', '-q', '-m', 'a filter rule');
    const base = git(s.dir, 'rev-parse', 'HEAD');
    fs.appendFileSync(path.join(s.dir, 'tests', 'test_train.py'), '# a comment\n');
    git(s.dir, 'commit', '-q', '-am', 'a comment in a test');
    git(s.dir, 'config', 'filter.broken.clean', 'cat');
    git(s.dir, 'config', 'filter.broken.smudge', 'false');
    // Not required: git would write the blob as it is, with a warning; the tool asks for it required.
    const { base: report } = compare(s.dir, base);
    expect(report.compared).toBe(false);
    expect(report.note).toMatch(/tests\/test_train\.py.*could not write it through its filter/);
    git(s.dir, 'config', 'filter.broken.required', 'true');
    expect(compare(s.dir, base).base).toMatchObject({ compared: false, note: report.note });
    // A driver that never ends (one waiting for input) is stopped, and said.
    git(s.dir, 'config', 'filter.broken.smudge', 'sleep 5');
    const tree = indexGitTree(s.dir, base, { checkout: { unchanged: (rel) => rel !== 'tests/test_train.py', read: checkoutReader(s.dir) }, filterTimeoutMs: 300 });
    expect(tree.read('tests/test_train.py')).toBeUndefined();
    expect(leftOut(tree.findings)).toMatch(/tests\/test_train\.py.*did not finish within 0.3 s/);
    tree.releaseAll!();
  });

  it("starts the base from what the checkout's scans found in the files it left alone, and scans anew what it changed", () => {
    // Every test file made trivial: what the tests exercised (training, serialization ...) changes with their code.
    const trivial = Object.fromEntries(fs.readdirSync(path.join(EXAMPLE, 'tests')).filter((f) => f.endsWith('.py')).map((f) => [`tests/${f}`, 'def test_nothing():\n    assert True\n']));
    const cases = [SCENARIOS.removesTests, SCENARIOS.addsBehavioralTests, SCENARIOS.changesNothing, trivial];
    for (const edit of cases) {
      const s = prScenario(edit);
      const alone = runEngine(s.dir, { displayPath: '.' });
      const expected = analyzeBase(s.dir, alone, { rev: s.base, ref: 'main' }, { displayPath: '.' });
      const head = runEngine(s.dir, { displayPath: '.', keepForBase: true });
      const kept = head.forBase!;
      // One scan served the run (a list a check asks about without declaring it would rebuild it, and the base could
      // take over only the last).
      expect(kept.sourceScans.size).toBe(1);
      // The workflows as parsed, shared with the base's run: frozen, so that a run that changed one would throw.
      expect(kept.parsedCi!.size).toBeGreaterThan(0);
      for (const { parsed } of kept.parsedCi!.values()) deepFreeze(parsed.value);
      // And what its test discovery found.
      expect(kept.describedTests!.found.size).toBeGreaterThan(0);
      for (const found of kept.describedTests!.found.values()) deepFreeze(found);
      const scanned = [...kept.sourceScans.values()].flatMap((r) => [...r.files.keys()]);
      expect(scanned).toEqual(expect.arrayContaining(['src/train.py', 'src/evaluate.py']));
      expect(analyzeBase(s.dir, head, { rev: s.base, ref: 'main' }, { displayPath: '.' })).toEqual(expected);
      // Handed over to the base (the scans moved into its run), not kept by the checkout's result.
      expect(head.forBase).toBeUndefined();
      expect(kept.sourceScans.size).toBe(0);
    }
    // Let go of when the base is not compared (a base missing from the checkout).
    const gone = runEngine(EXAMPLE, { displayPath: '.', keepForBase: true });
    expect(gone.forBase).toBeDefined();
    expect(analyzeBase(EXAMPLE, gone, { rev: '1'.repeat(40), ref: 'main' }, { displayPath: '.' }).compared).toBe(false);
    expect(gone.forBase).toBeUndefined();
    // The change to the tests' code is seen as such: the base's scan of the changed files is its own, not the checkout's.
    const s = prScenario(trivial);
    const head = runEngine(s.dir, { displayPath: '.', keepForBase: true });
    const changes = analyzeBase(s.dir, head, { rev: s.base, ref: 'main' }, { displayPath: '.' }).changes!.map((c) => `${c.id}: ${c.before} -> ${c.after}`);
    expect(changes).toEqual(expect.arrayContaining(['training-tests: automated -> absent', 'model-serialization: automated -> absent']));
  });

  it('lists the files the change left alone as the checkout lists them: an untracked file, a tracked file a sub-folder\'s .gitignore names', () => {
    // An untracked test file in the work tree (written by an earlier step): on both sides, not a change of the pull request.
    const s = prScenario(SCENARIOS.changesNothing);
    fs.writeFileSync(path.join(s.dir, 'tests', 'test_behavior.py'), SCENARIOS.addsBehavioralTests['tests/test_behavior.py']);
    expect(compare(s.dir, s.base).base).toMatchObject({ compared: true, changes: [], newFindings: [] });
    // A sub-folder, walked (its .gitignore names a test file git tracks, force-added): the base leaves it out too.
    const top = tempDir('mlops-ci-check-sub-');
    fs.cpSync(EXAMPLE, path.join(top, 'ml'), { recursive: true });
    fs.writeFileSync(path.join(top, 'ml', '.gitignore'), 'tests/test_train.py\n');
    git(top, 'init', '-q', '-b', 'main');
    git(top, 'add', '-A');
    git(top, 'add', '-f', 'ml/tests/test_train.py');
    git(top, 'commit', '-q', '-m', 'base');
    const base = git(top, 'rev-parse', 'HEAD');
    fs.appendFileSync(path.join(top, 'ml', 'README.md'), '\nMore words.\n');
    git(top, 'commit', '-q', '-am', 'README');
    const ml = path.join(top, 'ml');
    const head = runEngine(ml, { displayPath: 'ml' });
    expect(head.analysis.repo.has('tests/test_train.py')).toBe(false);
    expect(analyzeBase(ml, head, { rev: base, ref: 'main' }, { displayPath: 'ml' })).toMatchObject({ compared: true, score: head.report.score, changes: [], newFindings: [] });
  });

  it('reads from git, not the checkout, a file git does not look at in the work tree, and the files whose checkout rules the change moves in .gitattributes', () => {
    const trivial = Object.fromEntries(fs.readdirSync(path.join(EXAMPLE, 'tests')).filter((f) => f.endsWith('.py')).map((f) => [`tests/${f}`, 'def test_nothing():\n    assert True\n']));
    const changed = (dir: string, rev: string) => compare(dir, rev).base.changes!.map((c) => c.id);
    // Test files emptied in the work tree and marked assume-unchanged: git's diff would call them the same as the base's.
    const s = prScenario({});
    for (const [rel, text] of Object.entries(trivial)) fs.writeFileSync(path.join(s.dir, rel), text);
    git(s.dir, 'update-index', '--assume-unchanged', ...Object.keys(trivial));
    expect(changed(s.dir, s.base)).toEqual(expect.arrayContaining(['training-tests', 'model-serialization']));
    // A change that only adds a filter (stored lines reversed): the work tree was written with it, the base had none.
    const f = prScenario({});
    git(f.dir, 'config', 'filter.rev.clean', 'rev');
    git(f.dir, 'config', 'filter.rev.smudge', 'rev');
    fs.writeFileSync(path.join(f.dir, '.gitattributes'), 'tests/*.py filter=rev\n');
    git(f.dir, 'add', '.gitattributes');
    git(f.dir, 'commit', '-q', '-m', 'a filter');
    for (const rel of Object.keys(trivial)) fs.rmSync(path.join(f.dir, rel));
    git(f.dir, 'checkout', '--', 'tests');
    expect(changed(f.dir, f.base)).toEqual(expect.arrayContaining(['training-tests', 'model-serialization']));
    // Those files only: the others are read from the checkout, git fetches no more.
    const paths = changedPaths(f.dir, f.base) as Set<string>;
    expect([...paths].sort()).toEqual(['.gitattributes', ...Object.keys(trivial)].sort());
  });

  it('counts as changed the files a .gitattributes edit moves to another filter or line ending, as git resolves the rules (macros, sub-folders), and no other', () => {
    // Line-ending rules only: the work tree's files have LF endings, so git's clean step finds them the same either way
    // (no content change hides behind a rule's).
    const s = prScenario({});
    const commit = (files: Record<string, string>): string => {
      for (const [rel, text] of Object.entries(files)) fs.writeFileSync(path.join(s.dir, rel), text);
      git(s.dir, 'add', '-A');
      git(s.dir, 'commit', '-q', '-m', 'attributes');
      return git(s.dir, 'rev-parse', 'HEAD');
    };
    const py = git(s.dir, 'ls-files').split('\n').filter((p) => p.endsWith('.py'));
    const start = commit({ '.gitattributes': '*.py text eol=crlf\n' });
    // Attributes that do not decide what a checkout writes (as GitHub's linguist reads them): nothing moves.
    const plain = commit({ '.gitattributes': '*.py text eol=crlf\nsrc/** linguist-generated -diff export-ignore\n', 'tests/.gitattributes': '*.py whitespace=-trailing\n' });
    expect([...(changedPaths(s.dir, start) as Set<string>)].sort()).toEqual(['.gitattributes', 'tests/.gitattributes']);
    const e2e = compare(s.dir, start);
    expect(e2e.base).toMatchObject({ compared: true, score: e2e.head.score, changes: [] });
    // A macro that sets a filter, given in a sub-folder: its files move, by the macro's name alone.
    const macro = commit({ '.gitattributes': '[attr]reversed filter=rev\n*.py text eol=crlf\nsrc/** linguist-generated -diff export-ignore\n', 'src/.gitattributes': 'train.py reversed\n' });
    expect([...(changedPaths(s.dir, plain) as Set<string>)].sort()).toEqual(['.gitattributes', 'src/.gitattributes', 'src/train.py']);
    // Dropping the line-ending rule moves every Python file.
    const dropped = commit({ '.gitattributes': '[attr]reversed filter=rev\nsrc/** linguist-generated -diff export-ignore\n' });
    expect([...(changedPaths(s.dir, macro) as Set<string>)].sort()).toEqual(['.gitattributes', ...py].sort());
    // Each attribute that decides what a checkout writes, given alone to a file that had none, moves it.
    const plainRules = '[attr]reversed filter=rev\nsrc/** linguist-generated -diff export-ignore\n';
    expect(git(s.dir, 'rev-parse', 'HEAD')).toBe(dropped);
    for (const rule of ['-text', 'text', 'eol=lf', 'crlf', 'ident', 'working-tree-encoding=UTF-16']) {
      const none = commit({ '.gitattributes': `${plainRules}# ${rule}\n` });
      commit({ '.gitattributes': `${plainRules}src/train.py ${rule}\n` });
      expect([rule, [...(changedPaths(s.dir, none) as Set<string>)].sort()]).toEqual([rule, ['.gitattributes', 'src/train.py']]);
    }
    // A sub-folder's analysis sees an edit of the top's rules (the files it moves there are its own, relative to it).
    const top = commit({ '.gitattributes': '[attr]reversed filter=rev\nsrc/** linguist-generated -diff export-ignore\nsrc/*.py text eol=crlf\n' });
    commit({ '.gitattributes': '[attr]reversed filter=rev\nsrc/** linguist-generated -diff export-ignore\n' });
    const srcPy = py.filter((p) => p.startsWith('src/')).map((p) => p.slice('src/'.length));
    expect([...(changedPaths(path.join(s.dir, 'src'), top) as Set<string>)].sort()).toEqual(srcPy.sort());
  });

  it('reads a changed file git LFS stores as the checkout does: its content from the LFS store, or the pointer where the checkout holds pointers; a missing object is said', () => {
    // A git LFS in miniature (node scripts as clean and smudge filters): the checkout holds the content, the commits the pointers.
    const tools = tempDir('mlops-ci-check-lfs-');
    const store = `const store = require('node:path').join(require('node:child_process').execFileSync('git', ['rev-parse', '--git-common-dir'], { encoding: 'utf8' }).trim(), 'lfs', 'objects');`;
    fs.writeFileSync(
      path.join(tools, 'clean.cjs'),
      `const fs = require('node:fs'), path = require('node:path'); ${store}
const data = fs.readFileSync(0); if (data.toString('latin1').startsWith('version https://git-lfs')) { process.stdout.write(data); process.exit(0); }
const oid = require('node:crypto').createHash('sha256').update(data).digest('hex');
const dir = path.join(store, oid.slice(0, 2), oid.slice(2, 4)); fs.mkdirSync(dir, { recursive: true }); fs.writeFileSync(path.join(dir, oid), data);
process.stdout.write('version https://git-lfs.github.com/spec/v1\\noid sha256:' + oid + '\\nsize ' + data.length + '\\n');`,
    );
    fs.writeFileSync(
      path.join(tools, 'smudge.cjs'),
      `const fs = require('node:fs'), path = require('node:path'); ${store}
const data = fs.readFileSync(0); const m = /oid sha256:([0-9a-f]{64})/.exec(data.toString('latin1'));
process.stdout.write(m ? fs.readFileSync(path.join(store, m[1].slice(0, 2), m[1].slice(2, 4), m[1])) : data);`,
    );
    const s = prScenario({});
    git(s.dir, 'config', 'filter.lfs.clean', `"${process.execPath}" "${path.join(tools, 'clean.cjs')}"`);
    git(s.dir, 'config', 'filter.lfs.smudge', `"${process.execPath}" "${path.join(tools, 'smudge.cjs')}"`);
    git(s.dir, 'config', 'filter.lfs.required', 'true');
    fs.writeFileSync(path.join(s.dir, '.gitattributes'), '*.py filter=lfs diff=lfs merge=lfs -text\n');
    git(s.dir, 'add', '--renormalize', '.');
    git(s.dir, 'add', '-A');
    git(s.dir, 'commit', '-q', '-m', 'code in LFS');
    const base = git(s.dir, 'rev-parse', 'HEAD');
    const pointer = git(s.dir, 'show', `${base}:tests/test_train.py`);
    expect(pointer).toMatch(/^version https:\/\/git-lfs\.github\.com\/spec\/v1\noid sha256:[0-9a-f]{64}\nsize \d+$/);
    // The pull request edits an LFS file: the base's version is read from the store, as its checkout would hold it.
    fs.appendFileSync(path.join(s.dir, 'tests', 'test_train.py'), '# a changed line\n');
    git(s.dir, 'commit', '-q', '-am', 'edit');
    expect(compare(s.dir, base).base).toMatchObject({ compared: true, changedFiles: 1, changes: [], newFindings: [] });
    // From a worktree of it: the objects are in the common git folder.
    const worktree = path.join(tempDir('mlops-ci-check-wt-'), 'wt');
    git(s.dir, 'worktree', 'add', '-q', worktree, 'HEAD');
    expect(compare(worktree, base).base).toMatchObject({ compared: true, changedFiles: 1, changes: [], newFindings: [] });
    // A checkout that holds the pointers though the store has objects (GIT_LFS_SKIP_SMUDGE): the base's pointer too.
    const file = path.join(s.dir, 'tests', 'test_train.py');
    const content = fs.readFileSync(file);
    fs.writeFileSync(file, `${git(s.dir, 'show', 'HEAD:tests/test_train.py')}\n`);
    expect(compare(s.dir, base).base).toMatchObject({ compared: true, changedFiles: 1, changes: [], newFindings: [] });
    fs.writeFileSync(file, content);
    // Its object not whole, or missing from the store (the checkout fetched its own commit's objects only): said, and
    // not compared.
    const oid = /oid sha256:([0-9a-f]{64})/.exec(pointer)![1]!;
    const object = path.join(s.dir, '.git', 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4), oid);
    const note = { compared: false, note: expect.stringContaining(`read only in part ("tests/test_train.py", stored in git LFS: its object is not in this checkout (\`git lfs fetch origin ${base}\` brings it))`) };
    fs.truncateSync(object, 10);
    expect(compare(s.dir, base).base).toMatchObject(note);
    fs.rmSync(object);
    expect(compare(s.dir, base).base).toMatchObject(note);
    // A pointer committed as a plain file (its path not in LFS) is what the base's checkout holds, though the store has
    // its object and the change replaced it with the content.
    const readme = git(s.dir, 'show', 'HEAD:tests/test_data.py');
    fs.mkdirSync(path.join(s.dir, 'notes'));
    fs.writeFileSync(path.join(s.dir, 'notes', 'data.txt'), `${readme}\n`);
    git(s.dir, 'add', 'notes');
    git(s.dir, 'commit', '-q', '-m', 'a pointer committed plainly');
    const plainly = git(s.dir, 'rev-parse', 'HEAD');
    // The change puts it in LFS (its rules say so in the checkout, not in the base): the base's rules decide.
    fs.writeFileSync(path.join(s.dir, 'notes', '.gitattributes'), '*.txt filter=lfs diff=lfs merge=lfs -text\n');
    fs.writeFileSync(path.join(s.dir, 'notes', 'data.txt'), fs.readFileSync(path.join(s.dir, 'tests', 'test_data.py')));
    git(s.dir, 'add', '-A');
    git(s.dir, 'commit', '-q', '-m', 'its content, in LFS');
    const checkout = { unchanged: (rel: string) => rel !== 'notes/data.txt', read: checkoutReader(s.dir) };
    {
      // This process's folders (test files run beside it make theirs).
      const attrFolders = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(`mlops-ci-check-attr-${process.pid}-`));
      const plain = indexGitTree(s.dir, plainly, { checkout });
      expect(plain.read('notes/data.txt')).toBe(`${readme}\n`);
      // Its temporary index of the base's commit goes with the run's reads.
      expect(attrFolders()).toHaveLength(1);
      plain.releaseAll!();
      expect(attrFolders()).toEqual([]);
      forgetRun(plain);
      // A checkout that holds the pointers (no LFS object fetched): the base's pointer is read as it is, with no index of
      // the base's rules made for it.
      fs.rmSync(path.join(s.dir, '.git', 'lfs'), { recursive: true });
      const tree = indexGitTree(s.dir, base);
      expect(tree.read('tests/test_train.py')).toBe(`${pointer}\n`);
      expect(attrFolders()).toEqual([]);
      forgetRun(tree);
    }
  });

  it('a change to the README changes no verdict and no score', () => {
    const s = prScenario(SCENARIOS.changesNothing);
    const { head, base } = compare(s.dir, s.base);
    expect(base).toMatchObject({ compared: true, score: head.score, level: head.level, changes: [], newFindings: [] });
  });

  it('does not compare a checkout read only in part (over its read budget or file cap), and says why', () => {
    const s = prScenario(SCENARIOS.changesNothing);
    for (const [options, what] of [
      [{ maxTotalBytes: 2000 }, /^This checkout was read only in part \(reading stopped at "[^"]+", over the total amount of text the tool reads\), so the change against the base [0-9a-f]{7} is not shown/],
      [{ maxReadMs: 0 }, /^This checkout was read only in part \(reading stopped at "[^"]+", over the time the tool spends reading files\)/],
      [{ maxFiles: 5 }, /^This checkout was read only in part \(more than 5 files: the first 5 only\)/],
    ] as const) {
      const head = runEngine(s.dir, { displayPath: '.', ...options });
      expect(analyzeBase(s.dir, head, { rev: s.base, ref: 'main' }, { displayPath: '.', ...options })).toEqual({ sha: s.base, ref: 'main', compared: false, note: expect.stringMatching(what) });
    }
  });

  it('does not compare a sparse checkout (its other files are not in the work tree), and says so in the checkout too', () => {
    const s = prScenario(SCENARIOS.changesNothing);
    git(s.dir, 'sparse-checkout', 'set', '--cone', '.github', 'src');
    const head = runEngine(s.dir, { displayPath: '.' });
    expect(head.report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ file: '.', severity: 'notice', message: expect.stringMatching(/^\d+ tracked files are outside the sparse checkout \("[^"]+", /) })]));
    expect(head.analysis.repo.files.some((f) => f.startsWith('tests/'))).toBe(false);
    expect(analyzeBase(s.dir, head, { rev: s.base, ref: 'main' }, { displayPath: '.' })).toEqual({ sha: s.base, ref: 'main', compared: false, note: expect.stringMatching(/^This checkout was read only in part \(\d+ tracked files are outside the sparse checkout\)/) });
    // Back to a full checkout: compared, nothing said.
    git(s.dir, 'sparse-checkout', 'disable');
    const full = runEngine(s.dir, { displayPath: '.' });
    expect(full.report.findings.filter((f) => /sparse/.test(f.message))).toEqual([]);
    expect(analyzeBase(s.dir, full, { rev: s.base, ref: 'main' }, { displayPath: '.' })).toMatchObject({ compared: true, changes: [] });
  });

  it('sees the files of a submodule the change adds as added (git names the submodule, not its files)', () => {
    // The base has no tests; the pull request adds them as a submodule, checked out.
    // Its files two folders down in it (tests/suite/unit/...): each folder above a file is looked at, not only its own.
    const tests = Object.fromEntries(fs.readdirSync(path.join(EXAMPLE, 'tests')).map((f) => [`unit/${f}`, fs.readFileSync(path.join(EXAMPLE, 'tests', f), 'utf8')]));
    const s = prScenario(Object.fromEntries(Object.keys(tests).map((f) => [`tests/${f.slice('unit/'.length)}`, null])));
    const noTests = git(s.dir, 'rev-parse', 'HEAD');
    // Scored alone: the example with its tests (the first commit), and without them.
    const alone = compare(s.dir, s.base);
    fs.rmSync(path.join(s.dir, 'tests'), { recursive: true, force: true });
    addSubmodule(s.dir, libRepo(tests), 'tests/suite');
    const { head, base } = compare(s.dir, noTests);
    expect(head.score).toBe(alone.base.score);
    expect(base).toMatchObject({ compared: true, score: alone.head.score });
    expect(base.changes!.map((c) => `${c.id}: ${c.before} -> ${c.after}`)).toEqual(expect.arrayContaining(['training-tests: absent -> automated', 'model-serialization: absent -> automated']));
  });

  it('does not compare a base read only in part (a submodule at a commit it lacks, over its read budget), and says why', () => {
    const lib = libRepo({ 'x.py': 'x = 1\n' });
    const s = prScenario({});
    git(s.dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib, 'vendor/lib');
    git(s.dir, 'update-index', '--cacheinfo', `160000,${'1'.repeat(40)},vendor/lib`);
    git(s.dir, 'commit', '-q', '-m', 'a submodule at a commit its checkout lacks');
    const unknown = git(s.dir, 'rev-parse', 'HEAD');
    git(s.dir, 'update-index', '--cacheinfo', `160000,${git(lib, 'rev-parse', 'HEAD')},vendor/lib`);
    git(s.dir, 'commit', '-q', '-m', 'the submodule at its checked-out commit');
    const head = runEngine(s.dir, { displayPath: '.' });
    const open = openBlobFiles();
    expect(analyzeBase(s.dir, head, { rev: unknown, ref: 'main' }, { displayPath: '.' })).toEqual({
      sha: unknown,
      ref: 'main',
      compared: false,
      note: expect.stringMatching(/^The base [0-9a-f]{7} was read only in part \(the submodule "vendor\/lib": the commit 1111111 recorded for it is not in its git \(a shallow fetch: `git -C "vendor\/lib" fetch --unshallow` brings its history\)\), so the change against it is not shown/),
    });
    if (open !== undefined) expect(openBlobFiles()).toBe(open);
    // The same base with the submodule's commit there is compared.
    expect(analyzeBase(s.dir, head, { rev: s.head, ref: 'main' }, { displayPath: '.' })).toMatchObject({ compared: true });
    // A base larger than the checkout: a budget that holds all the checkout read does not hold the base.
    fs.writeFileSync(path.join(s.dir, 'src', 'extra.py'), `import torch\n${'x = 1\n'.repeat(2000)}`);
    git(s.dir, 'add', '-A');
    git(s.dir, 'commit', '-q', '-m', 'extra');
    const larger = git(s.dir, 'rev-parse', 'HEAD');
    git(s.dir, 'rm', '-q', 'src/extra.py');
    git(s.dir, 'commit', '-q', '-m', 'no extra');
    const read = runEngine(s.dir, { displayPath: '.' }).analysis.repo.readPaths();
    const budget = { displayPath: '.', maxTotalBytes: read.reduce((n, f) => n + fs.statSync(path.join(s.dir, f)).size, 0) + 1 };
    const fits = runEngine(s.dir, budget);
    expect(leftOutOf(fits)).toBeUndefined();
    expect(analyzeBase(s.dir, fits, { rev: larger, ref: 'main' }, budget)).toEqual({ sha: larger, ref: 'main', compared: false, note: expect.stringMatching(/^The base [0-9a-f]{7} was read only in part \(reading stopped at "[^"]+", over the total amount of text the tool reads\)/) });
  });

  it('reports a finding new on a changed line, and not one the base had', () => {
    const s = prScenario({ '.github/workflows/ci.yml': (t) => t.replace('- run: pytest -q tests', '- run: pytest -q tests || true') });
    const { base } = compare(s.dir, s.base);
    expect(base.newFindings!.map((f) => [f.file, f.line])).toEqual([['.github/workflows/ci.yml', 33]]);
  });

  it('reads the base config file from the base tree, not the checkout', () => {
    const s = prScenario({ '.github/mlops-ci-check.yml': 'items:\n  behavioral-tests:\n    applicable: false\n    reason: No model that sees people.\n' });
    const { base } = compare(s.dir, s.base);
    expect(base.changes).toEqual([expect.objectContaining({ id: 'behavioral-tests', before: 'absent', after: 'not-applicable' })]);
  });

  it('reads the config file the change left alone as the checkout holds it (its blob may be filtered), not from git', () => {
    const config = 'items:\n  behavioral-tests:\n    applicable: false\n    reason: No model that sees people.\n';
    const s = prScenario({});
    git(s.dir, 'config', 'filter.rev.clean', 'rev');
    git(s.dir, 'config', 'filter.rev.smudge', 'rev');
    fs.writeFileSync(path.join(s.dir, '.gitattributes'), '*.yml filter=rev\n');
    fs.writeFileSync(path.join(s.dir, '.github', 'mlops-ci-check.yml'), config);
    git(s.dir, 'add', '--renormalize', '.');
    git(s.dir, 'add', '-A');
    git(s.dir, 'commit', '-q', '-m', 'a config file, stored reversed');
    const base = git(s.dir, 'rev-parse', 'HEAD');
    expect(git(s.dir, 'show', `${base}:.github/mlops-ci-check.yml`)).not.toBe(config.trim());
    fs.appendFileSync(path.join(s.dir, 'README.md'), '\nMore words.\n');
    git(s.dir, 'commit', '-q', '-am', 'README');
    const { head, base: report } = compare(s.dir, base);
    expect(head.findings.filter((f) => f.file === '.github/mlops-ci-check.yml')).toEqual([]);
    expect(report).toMatchObject({ compared: true, score: head.score, changes: [], newFindings: [] });
  });

  it('analyses a sub-folder of the repository at the base too, and says when it is new', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'mono-'));
    fs.cpSync(EXAMPLE, path.join(parent, 'ml'), { recursive: true });
    const s = prScenario({ 'ml/.github/workflows/ci.yml': (t) => t.replace(/\n\s*- run: pytest -q tests\n/, '\n'), 'svc/README.md': 'new\n' }, parent);
    fs.rmSync(parent, { recursive: true, force: true });
    const ml = path.join(s.dir, 'ml');
    const head = runEngine(ml, { displayPath: 'ml' });
    const base = analyzeBase(ml, head, { rev: s.base }, { displayPath: 'ml' });
    expect(base.changes!.find((c) => c.id === 'unit-tests')!.causes[0]).toMatchObject({ side: 'base', file: '.github/workflows/ci.yml', line: 33 });
    const svc = path.join(s.dir, 'svc');
    const svcBase = analyzeBase(svc, runEngine(svc, { displayPath: 'svc' }), { rev: s.base }, { displayPath: 'svc' });
    expect(svcBase).toMatchObject({ compared: false, note: `The folder "svc" does not exist at the base ${s.base.slice(0, 7)}: everything here is new in this change.` });
  });

  it('says in one line how to enable it when the base is not in a shallow checkout, and does not fail', () => {
    const s = prScenario(SCENARIOS.removesTests);
    const clone = shallowClone(s);
    const { base } = compare(clone, s.base);
    expect(base).toEqual({ sha: s.base, ref: 'main', compared: false, note: shallowNote(s.base) });
    expect(base.note).toContain('`fetch-depth: 0`');
    expect(base.note).not.toContain('\n');
  });

  it('says so outside a git checkout', () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'no-git-'));
    fs.writeFileSync(path.join(dir, 'README.md'), 'x\n');
    const { base } = compare(dir, 'abc1234');
    expect(base.compared).toBe(false);
    expect(base.note).toBe('"." is not a git checkout, so the change against the base abc1234 is not shown.');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('startBaseDiff', () => {
  const openOutputs = (): number | undefined => openFilesNamed('mlops-ci-check-git-');

  it("runs the base's git while the checkout is analysed, and analyzeBase takes all of it, with the result it gets alone", async () => {
    const s = prScenario(SCENARIOS.removesTests);
    const alone = compare(s.dir, s.base).base;
    expect(alone).toMatchObject({ compared: true, changedFiles: 1 });
    const before = openOutputs();
    // Started from a revision's name: the commands run on the commit it names, which analyzeBase resolves alike.
    const started = startBaseDiff(s.dir, 'HEAD~1');
    const head = runEngine(s.dir, { displayPath: '.' });
    const outputs = await started!;
    if (before !== undefined) expect(openOutputs()).toBe(before + 5);
    expect(analyzeBase(s.dir, head, { rev: s.base, ref: 'main' }, { displayPath: '.' }, outputs)).toEqual(alone);
    // Each output taken and closed by the base's run, none left to release; the answers git gave first taken too.
    if (before !== undefined) expect(openOutputs()).toBe(before);
    for (const args of [['rev-parse', '--show-toplevel'], ['rev-parse', '--show-prefix']]) expect(outputs.take(s.dir, args)).toBeUndefined();
    // Not the commit of another revision's name: analyzeBase resolved its own.
    expect(outputs.take(s.dir, ['rev-parse', '--verify', '--quiet', 'HEAD~1^{commit}'])?.toString('utf8').trim()).toBe(s.base);
    outputs.release();
    // A sub-folder: the tree's listing runs at the checkout's top, of the base's tree at that folder.
    const top = tempDir('mlops-ci-check-sub-');
    fs.cpSync(EXAMPLE, path.join(top, 'ml'), { recursive: true });
    git(top, 'init', '-q', '-b', 'main');
    git(top, 'add', '-A');
    git(top, 'commit', '-q', '-m', 'base');
    const base = git(top, 'rev-parse', 'HEAD');
    fs.rmSync(path.join(top, 'ml', 'tests', 'test_train.py'));
    git(top, 'commit', '-q', '-am', 'fewer tests');
    const ml = path.join(top, 'ml');
    const mlHead = runEngine(ml, { displayPath: 'ml' });
    const mlAlone = analyzeBase(ml, mlHead, { rev: base }, { displayPath: 'ml' });
    expect(mlAlone).toMatchObject({ compared: true, changedFiles: 1 });
    const mlStarted = await startBaseDiff(ml, base)!;
    if (before !== undefined) expect(openOutputs()).toBe(before + 5);
    expect(analyzeBase(ml, runEngine(ml, { displayPath: 'ml' }), { rev: base }, { displayPath: 'ml' }, mlStarted)).toEqual(mlAlone);
    if (before !== undefined) expect(openOutputs()).toBe(before);
    expect(mlStarted.take(ml, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`])).toBeUndefined();
    expect(startBaseDiff(s.dir, 'f'.repeat(40))).toBeUndefined();
    expect(startBaseDiff(tempDir('mlops-ci-check-nogit-'), 'HEAD')).toBeUndefined();
    expect(startBaseDiff(s.dir, '--output=x')).toBeUndefined();
  });

  it('hands an output out once, only for its folder and command, and not when git failed or was stopped', async () => {
    const s = prScenario(SCENARIOS.changesNothing);
    const ok = ['rev-parse', 'HEAD'];
    const bad = ['rev-parse', '--verify', 'no-such-branch'];
    const at = (args: readonly string[], cwd = s.dir) => ({ cwd, args });
    const outputs = await startGitOutputs([at(ok), at(bad), at(ok, path.join(s.dir, 'src'))]);
    expect(outputs.take(path.join(s.dir, 'src'), ok)?.toString('utf8').trim()).toBe(s.head);
    expect(outputs.take(path.join(s.dir, 'src'), ok)).toBeUndefined();
    expect(outputs.take(path.join(s.dir, 'tests'), ok)).toBeUndefined();
    expect(outputs.take(s.dir, ['rev-parse', 'HEAD~0'])).toBeUndefined();
    expect(outputs.take(s.dir, bad)).toBeUndefined();
    expect(outputs.take(s.dir, ok)?.toString('utf8').trim()).toBe(s.head);
    expect(outputs.take(s.dir, ok)).toBeUndefined();
    const stop = new AbortController();
    stop.abort();
    const stopped = await startGitOutputs([at(ok)], stop.signal);
    expect(stopped.take(s.dir, ok)).toBeUndefined();
    // Stopped after they ended (a run that ends before it takes them, by an error too): closed.
    const opened = openOutputs();
    const end = new AbortController();
    const ended = await startGitOutputs([at(ok)], end.signal);
    if (opened !== undefined) expect(openOutputs()).toBe(opened + 1);
    end.abort();
    if (opened !== undefined) expect(openOutputs()).toBe(opened);
    expect(ended.take(s.dir, ok)).toBeUndefined();
    // Where no temporary file can be made, nothing is handed out (the callers run git themselves).
    const notAFolder = path.join(tempDir('mlops-ci-check-early-'), 'file');
    fs.writeFileSync(notAFolder, '');
    expect((await startGitOutputs([at(ok)], undefined, notAFolder)).take(s.dir, ok)).toBeUndefined();
    // Answers held, handed out once; after them, or for another command, git runs now.
    const held = new EarlyGitOutputs([], [[s.dir, ok, Buffer.from('held\n')]]);
    expect(held.run(s.dir, ok)).toEqual({ ok: true, stdout: Buffer.from('held\n'), error: '' });
    expect(held.run(s.dir, ok).stdout.toString('utf8').trim()).toBe(s.head);
    expect(held.run(s.dir, bad)).toMatchObject({ ok: false });
    // Released: the files nobody took are closed.
    const before = openOutputs();
    const left = await startGitOutputs([at(ok), at(['rev-parse', '--short', 'HEAD'])]);
    if (before !== undefined) expect(openOutputs()).toBe(before + 2);
    left.release();
    if (before !== undefined) expect(openOutputs()).toBe(before);
  });
});

describe('tempFolder', () => {
  it("is removed by drop or at exit; one a signal left is removed, an hour old, by the next process that makes one, and the signal ends the process as it would", () => {
    const made = tempFolder('mlops-ci-check-attr-');
    if ('error' in made) throw new Error(made.error);
    expect(path.basename(made.path).startsWith(`mlops-ci-check-attr-${process.pid}-`)).toBe(true);
    fs.writeFileSync(path.join(made.path, 'index'), 'x');
    made.drop();
    expect(fs.existsSync(made.path)).toBe(false);
    // A process that makes one and is ended by a signal at once (it would otherwise wait 30 s), or that exits.
    const run = (end: string) => {
      const script = `import { tempFolder } from ${JSON.stringify(url.pathToFileURL(path.resolve('src/git/run.ts')).href)};
const a = tempFolder('mlops-ci-check-attr-'); console.log(a.path); ${end}; setTimeout(() => undefined, 30000);`;
      const res = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20000 });
      return { signal: res.signal, status: res.status, folder: res.stdout.trim().split('\n')[0]! };
    };
    const hourAgo = (folder: string) => fs.utimesSync(folder, new Date(Date.now() - 61 * 60 * 1000), new Date(Date.now() - 61 * 60 * 1000));
    const killed = run("process.kill(process.pid, 'SIGTERM')");
    expect(killed).toMatchObject({ signal: 'SIGTERM', status: null });
    expect(fs.existsSync(killed.folder)).toBe(true);
    // A recent one is left (its process may run in another PID namespace); an hour old, it goes.
    const recent = run("process.kill(process.pid, 'SIGINT')");
    expect(recent).toMatchObject({ signal: 'SIGINT', status: null });
    expect(fs.existsSync(killed.folder)).toBe(true);
    hourAgo(killed.folder);
    hourAgo(recent.folder);
    // The third process removes what the first two left, and its own at exit.
    const exited = run('process.exit(3)');
    expect(exited).toMatchObject({ signal: null, status: 3 });
    expect([killed.folder, recent.folder, exited.folder].filter((f) => fs.existsSync(f))).toEqual([]);
  });
});

describe('smudgingDrivers', () => {
  it("names the filter drivers whose checkout rewrites a blob, from git's config list: not LFS's, not a smudge that is cat", () => {
    const config = (entries: [string, string | undefined][]) => Buffer.from(entries.map(([k, v]) => (v === undefined ? `${k}\0` : `${k}\n${v}\0`)).join(''));
    const drivers = smudgingDrivers(
      config([
        ['core.bare', 'false'],
        ['filter.lfs.smudge', 'git-lfs smudge -- %f'],
        ['filter.lfs.process', 'git-lfs filter-process'],
        ['filter.git-crypt.smudge', '"git-crypt" smudge'],
        ['filter.nbstripout.clean', 'nbstripout'],
        ['filter.nbstripout.smudge', 'cat'],
        ['filter.Has.Dots.process', 'tool --filter'],
        ['filter.catfirst.smudge', 'cat'],
        ['filter.catfirst.process', 'other'],
        ['filter.empty.smudge', ''],
        ['filter.novalue.smudge', undefined],
        ['filter.cleanonly.clean', 'x'],
        ['notfilter.x.smudge', 'y'],
      ]),
    );
    expect([...drivers].sort()).toEqual(['Has.Dots', 'catfirst', 'git-crypt']);
    expect(smudgingDrivers(Buffer.alloc(0)).size).toBe(0);
  });
});

describe('noCheckoutNote', () => {
  it.each([
    ['fatal: detected dubious ownership in repository at \'/w\'', 'git refuses to read "." (another user owns it: "dubious ownership"), so the change against the base abc1234 is not shown. Run `git config --global --add safe.directory "$GITHUB_WORKSPACE"` before this step.'],
    ['fatal: not a git repository (or any of the parent directories): .git', '"." is not a git checkout, so the change against the base abc1234 is not shown.'],
    ['spawnSync git ENOENT', 'git could not read "." (spawnSync git ENOENT), so the change against the base abc1234 is not shown.'],
  ])('says what git said: %s', (error, note) => {
    expect(noCheckoutNote('.', 'abc1234ffff', error)).toBe(note);
  });
});

describe('indexGitTree', () => {
  it('lists the files of a commit as the walk would, skipping installed folders and ignored paths, and reads them', () => {
    const s = prScenario({ 'node_modules/x/index.js': 'x', 'data/raw/big.csv': 'a,b\n', 'docs/a.md': 'doc\n' });
    const repo = indexGitTree(s.dir, s.head, { ignore: (p) => p === 'docs' || p.startsWith('docs/') });
    expect(repo.has('.github/workflows/ci.yml')).toBe(true);
    expect(repo.has('node_modules/x/index.js')).toBe(false);
    expect(repo.has('docs/a.md')).toBe(false);
    expect(repo.dirs.has('data/raw')).toBe(true);
    expect(repo.read('data/raw/big.csv')).toBe('a,b\n');
    expect(repo.read('.github/workflows/ci.yml')).toBe(fs.readFileSync(path.join(s.dir, '.github/workflows/ci.yml'), 'utf8'));
    expect(repo.read('no/such/file')).toBeUndefined();
  });

  it('lists what the checkout lists: generated folders and virtualenvs left out (unless asked for), CI files first under the file cap, with the same notices', () => {
    const s = prScenario({
      'dist/pkg/train.py': 'import torch\n',
      'src/coverage/x.txt': 'x\n',
      'env/pyvenv.cfg': 'home = /usr\n',
      'env/lib/x.py': 'import evidently\n',
      'target/a.rs': 'fn main() {}\n',
    });
    const sha = s.head;
    const notices = (repo: RepoIndex) => repo.findings.map((f) => `${f.file}:${f.check}:${f.severity}: ${f.message}`);
    for (const options of [{}, { skipGenerated: false }, { maxFiles: 5 }, { maxFiles: 5, ignore: (p: string) => p === '.github' }]) {
      const checkout = indexRepository(s.dir, options);
      const tree = indexGitTree(s.dir, sha, options);
      expect([options, tree.files]).toEqual([options, checkout.files]);
      expect([options, notices(tree)]).toEqual([options, notices(checkout)]);
      forgetRun(tree);
    }
    const tree = indexGitTree(s.dir, sha);
    expect(tree.files.filter((f) => /^(dist|env|target)\/|coverage/.test(f))).toEqual([]);
    expect(notices(tree)).toEqual(['.:repository:notice: Left out as generated files or run output: "dist/", "env/", "src/coverage/", "target/". To read them, set the "skip-generated" input to false (CLI: --read-generated).']);
    expect(indexGitTree(s.dir, sha, { skipGenerated: false }).files).toEqual(expect.arrayContaining(['dist/pkg/train.py', 'env/lib/x.py', 'src/coverage/x.txt', 'target/a.rs']));
    // Over the cap, CI files come first, as in the checkout.
    const capped = indexGitTree(s.dir, sha, { maxFiles: 5 });
    expect(capped.files.filter((f) => f.startsWith('.github/')).length).toBeGreaterThan(0);
    expect(notices(capped)).toEqual(expect.arrayContaining([expect.stringMatching(/more than 5 files; the analysis read the first 5 only \(CI folders and task files first\)/)]));
  });

  it("reads a checked-out submodule's files at the commit the tree records, from its own git, as the checkout walks them", () => {
    const lib = libRepo({ 'tests/test_lib.py': 'import torch\n\ndef test_x():\n    assert torch.ones(1).sum() == 1\n', 'coverage/x.txt': 'x\n' });
    const s = prScenario({});
    addSubmodule(s.dir, lib, 'vendor/lib');
    const sha = git(s.dir, 'rev-parse', 'HEAD');
    const checkout = indexRepository(s.dir);
    const tree = indexGitTree(s.dir, sha);
    expect(tree.files).toEqual(checkout.files);
    expect(tree.files.filter((f) => f.startsWith('vendor/lib/'))).toEqual(['vendor/lib/tests/test_lib.py']);
    expect(tree.read('vendor/lib/tests/test_lib.py')).toBe(checkout.read('vendor/lib/tests/test_lib.py'));
    expect(tree.read('vendor/lib/tests/test_lib.py')).toContain('import torch');
    forgetRun(tree);
    // The submodule's file changes in its checkout after the commit: the tree reads it as recorded.
    fs.writeFileSync(path.join(s.dir, 'vendor', 'lib', 'tests', 'test_lib.py'), 'changed\n');
    expect(indexGitTree(s.dir, sha).read('vendor/lib/tests/test_lib.py')).toContain('import torch');
    // A commit the submodule's git does not have: its files are left out, with a notice at the submodule.
    git(s.dir, 'update-index', '--cacheinfo', `160000,${'1'.repeat(40)},vendor/lib`);
    git(s.dir, 'commit', '-q', '-m', 'unknown commit');
    const missing = indexGitTree(s.dir, git(s.dir, 'rev-parse', 'HEAD'));
    expect(missing.files.filter((f) => f.startsWith('vendor/'))).toEqual([]);
    expect(missing.findings).toEqual([expect.objectContaining({ file: 'vendor/lib', severity: 'notice', message: expect.stringMatching(/^The submodule "vendor\/lib" is checked out, but the commit 1111111 recorded for it is not in its git/) })]);
    // Not checked out (its folder empty, as a checkout without submodules has it): no files on either side, and no notice.
    git(s.dir, 'submodule', 'deinit', '-q', '-f', 'vendor/lib');
    const bare = indexGitTree(s.dir, sha);
    expect(bare.files).toEqual(indexRepository(s.dir).files);
    expect(bare.files.filter((f) => f.startsWith('vendor/'))).toEqual([]);
    expect(bare.findings).toEqual([]);
  });

  it("reads a submodule's files from its own git whenever they are asked for, and lets go of its git output with the run's", () => {
    const s = prScenario({});
    addSubmodule(s.dir, libRepo({ 'x.py': 'x = 1\n', 'y.py': 'y = 2\n' }), 'src/vendor/lib');
    const sha = git(s.dir, 'rev-parse', 'HEAD');
    const open = openBlobFiles();
    // Nothing fetched first: each file is fetched on its read, from the submodule's git, again after the run.
    const tree = indexGitTree(s.dir, sha, { prefetchBytes: 0 });
    expect(tree.read('src/vendor/lib/x.py')).toBe('x = 1\n');
    forgetRun(tree);
    if (open !== undefined) expect(openBlobFiles()).toBe(open);
    expect(tree.read('src/vendor/lib/x.py')).toBe('x = 1\n');
    expect(tree.read('src/vendor/lib/y.py')).toBe('y = 2\n');
    forgetRun(tree);
    if (open !== undefined) expect(openBlobFiles()).toBe(open);
    // A sub-folder's tree finds its submodules in that folder of the checkout.
    const sub = indexGitTree(s.dir, `${sha}:src`);
    expect(sub.files).toEqual(indexRepository(path.join(s.dir, 'src')).files);
    expect(sub.files).toEqual(expect.arrayContaining(['vendor/lib/x.py', 'vendor/lib/y.py']));
    expect(sub.read('vendor/lib/y.py')).toBe('y = 2\n');
    forgetRun(sub);
  });

  it('leaves out a submodule in a folder the listing skips or ignores, or named as one, on both sides, and needs nothing of it', () => {
    const s = prScenario({});
    const lib = libRepo({ 'x.py': 'x = 1\n' });
    for (const at of ['dist/lib', 'target', 'docs/lib']) addSubmodule(s.dir, lib, at);
    // Commits neither submodule's git has: not asked for, as their files are not read.
    for (const at of ['dist/lib', 'target', 'docs/lib']) git(s.dir, 'update-index', '--cacheinfo', `160000,${'1'.repeat(40)},${at}`);
    git(s.dir, 'commit', '-q', '-m', 'unknown commits');
    const options = { ignore: (p: string) => p === 'docs' || p.startsWith('docs/') };
    const tree = indexGitTree(s.dir, git(s.dir, 'rev-parse', 'HEAD'), options);
    expect(tree.files.filter((f) => /^(dist|target|docs)\//.test(f))).toEqual([]);
    expect(tree.findings.filter((f) => f.message.startsWith('The submodule'))).toEqual([]);
    expect(leftOut(tree.findings)).toBeUndefined();
    // The checkout, whose submodules are at their own commits, leaves them out too.
    expect(indexRepository(s.dir, options).files.filter((f) => /^(dist|target|docs)\//.test(f))).toEqual([]);
  });

  it("says git cannot read a submodule whose .git leads nowhere, and leaves its files out", () => {
    const s = prScenario({});
    addSubmodule(s.dir, libRepo({ 'x.py': 'x = 1\n' }), 'vendor/lib');
    fs.writeFileSync(path.join(s.dir, 'vendor', 'lib', '.git'), 'gitdir: /nonexistent/modules/lib\n');
    const tree = indexGitTree(s.dir, git(s.dir, 'rev-parse', 'HEAD'));
    expect(tree.files.filter((f) => f.startsWith('vendor/'))).toEqual([]);
    expect(leftOut(tree.findings)).toMatch(/^the submodule "vendor\/lib": git cannot read it \(.*not a git repository/);
  });

  it('follows links as the checkout does: a link to a link, a link through a folder link; not a loop', () => {
    const s = prScenario({ 'shared/real.yml': 'name: real\n' });
    const link = (target: string, at: string) => fs.symlinkSync(target, path.join(s.dir, at));
    link('real.yml', 'shared/current.yml');
    link('../../shared/current.yml', '.github/workflows/chained.yml');
    link('shared', 'conf');
    link('conf/real.yml', 'through.yml');
    link('loop2', 'loop1');
    link('loop1', 'loop2');
    git(s.dir, 'add', '-A');
    git(s.dir, 'commit', '-q', '-m', 'links');
    const sha = git(s.dir, 'rev-parse', 'HEAD');
    const checkout = indexRepository(s.dir);
    const tree = indexGitTree(s.dir, sha);
    expect(tree.files).toEqual(checkout.files);
    expect(tree.files).toEqual(expect.arrayContaining(['.github/workflows/chained.yml', 'shared/current.yml', 'through.yml']));
    expect(tree.files.filter((f) => /^(loop|conf)/.test(f))).toEqual([]);
    for (const f of ['.github/workflows/chained.yml', 'through.yml']) expect([f, tree.read(f)]).toEqual([f, 'name: real\n']);
  });

  it('leaves out a file whose name is not valid UTF-8 on both sides, with the same notice', () => {
    const s = prScenario({});
    fs.writeFileSync(Buffer.concat([Buffer.from(`${s.dir}/tests/bad-`), Buffer.from([0xff]), Buffer.from('.py')]), 'import torch\n');
    git(s.dir, 'add', '-A');
    git(s.dir, 'commit', '-q', '-m', 'a name that is not UTF-8');
    const checkout = indexRepository(s.dir);
    const tree = indexGitTree(s.dir, git(s.dir, 'rev-parse', 'HEAD'));
    const said = (repo: RepoIndex) => repo.findings.map((f) => `${f.file}: ${f.message}`);
    expect(tree.files).toEqual(checkout.files);
    expect(tree.files.filter((f) => f.includes('\uFFFD'))).toEqual([]);
    expect(said(tree)).toEqual(said(checkout));
    expect(said(tree)).toEqual(['tests/bad-\uFFFD.py: The name of "tests/bad-\uFFFD.py" is not valid UTF-8 (shown with U+FFFD where its bytes are); it is not read.']);
  });

  it("reads a submodule's files and a link's target from git even where the checkout is said to be the same", () => {
    const lib = libRepo({ 'x.py': 'x = 1\n' });
    const s = prScenario({ 'shared/real.yml': 'name: old\n' });
    fs.symlinkSync('shared/real.yml', path.join(s.dir, 'link.yml'));
    git(s.dir, 'add', 'link.yml');
    addSubmodule(s.dir, lib, 'vendor/lib');
    const before = git(s.dir, 'rev-parse', 'HEAD');
    // The checkout moves on: the submodule to a new commit, the link's target edited.
    fs.writeFileSync(path.join(s.dir, 'vendor', 'lib', 'x.py'), 'x = 2\n');
    git(path.join(s.dir, 'vendor', 'lib'), 'commit', '-q', '-am', 'bump');
    fs.writeFileSync(path.join(s.dir, 'shared', 'real.yml'), 'name: new\n');
    git(s.dir, 'commit', '-q', '-am', 'bump and edit');
    const checkout = { unchanged: (rel: string) => rel !== 'shared/real.yml' && rel !== 'vendor/lib', read: checkoutReader(s.dir), files: indexRepository(s.dir).files };
    const tree = indexGitTree(s.dir, before, { checkout });
    expect(tree.read('vendor/lib/x.py')).toBe('x = 1\n');
    expect(tree.read('link.yml')).toBe('name: old\n');
    expect(tree.read('shared/real.yml')).toBe('name: old\n');
    forgetRun(tree);
  });

  it('skips a file over the size limit with a read-limit finding, like the walk', () => {
    const s = prScenario({ 'big.txt': 'x'.repeat(2000) });
    const repo = indexGitTree(s.dir, s.head, { maxFileBytes: 1000 });
    expect(repo.read('big.txt')).toBeUndefined();
    expect(repo.findings).toEqual([expect.objectContaining({ file: 'big.txt', check: 'read-limit', severity: 'warning' })]);
  });

  it('fetches first the files it is told will be read, then other text-like files while its budget lasts, and any other on its first read', () => {
    const files = { 'a/x.py': 'x = 1\n', 'b/y.py': 'y = 2\n', 'c/z.py': 'z = 3\n' };
    // Budgets of one and two of these files (the example's other files are larger, or empty).
    const cases = [
      { readFirst: ['c/z.py', 'no/such.py'], prefetchBytes: 6, fetched: ['c/z.py'] },
      { readFirst: ['c/z.py'], prefetchBytes: 12, fetched: ['a/x.py', 'c/z.py'] },
      { readFirst: [], prefetchBytes: 6, fetched: ['a/x.py'] },
      { prefetchBytes: 12, fetched: ['a/x.py', 'b/y.py'] },
    ];
    for (const { fetched, ...options } of cases) {
      const s = prScenario(files);
      const repo = indexGitTree(s.dir, s.head, options);
      expect(repo.read('README.md')).toBeDefined();
      // git can no longer answer: what the first read fetched is still read, any other file is not.
      fs.rmSync(path.join(s.dir, '.git', 'objects'), { recursive: true, force: true });
      expect([options, Object.keys(files).filter((f) => repo.read(f) !== undefined)]).toEqual([options, fetched]);
      forgetRun(repo);
    }
  });

  it('reads a sub-folder tree with paths relative to it', () => {
    const s = prScenario({});
    const repo = indexGitTree(s.dir, `${s.head}:src`);
    expect(repo.files.every((f) => !f.startsWith('src/'))).toBe(true);
    expect(repo.files.length).toBe(git(s.dir, 'ls-tree', '-r', '--name-only', `${s.head}:src`).split('\n').length);
  });
});

describe('indexGitTree reads as the checkout does', () => {
  const torch = [{ re: /^import torch/, label: 'torch' }];
  const files: Record<string, string | Buffer> = {
    'plain.py': 'import os\nimport torch\n',
    'crlf.py': 'x = 1\r\nimport torch\r\n',
    'bom16.py': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('import torch\n', 'utf16le')]),
    'invalid.py': Buffer.concat([Buffer.from('import torch # '), Buffer.from([0xc3, 0x28]), Buffer.from('\nimport torch\n')]),
    'big.py': `import torch\n${'x'.repeat(3000)}\n`,
  };
  /** The example with these files committed as its head; the checkout's index and the head's tree. */
  const both = (options: RepoOptions = {}) => {
    const s = prScenario({});
    for (const [rel, content] of Object.entries(files)) fs.writeFileSync(path.join(s.dir, rel), content);
    git(s.dir, 'add', '-A');
    git(s.dir, 'commit', '-q', '-m', 'files');
    const sha = git(s.dir, 'rev-parse', 'HEAD');
    return { checkout: indexRepository(s.dir, { maxFileBytes: 2000, ...options }), tree: indexGitTree(s.dir, sha, { maxFileBytes: 2000, ...options }) };
  };
  const said = (repo: RepoIndex) => repo.findings.filter((f) => f.file in files).map((f) => `${f.file}:${f.line}:${f.check}:${f.severity}`).sort();

  it('scans and tries lines on the bytes of plain files, holding no text, with the hits and findings of the checkout', () => {
    const { checkout, tree } = both();
    const hits = (repo: RepoIndex) => findInSource(repo, torch, { where: (f) => f in files }).map((h) => `${h.file}:${h.line}:${h.column}`);
    expect(hits(tree)).toEqual(hits(checkout));
    expect(hits(tree)).toEqual(['bom16.py:1:1', 'crlf.py:2:1', 'invalid.py:1:1', 'invalid.py:2:1', 'plain.py:2:1']);
    expect(said(tree)).toEqual(said(checkout));
    expect(said(tree)).toEqual(['big.py:1:read-limit:warning', 'bom16.py:1:file-read:notice', 'invalid.py:1:file-read:warning']);
    // The plain file's lines were tried on its bytes, as the checkout's: neither index holds its text (the scan kept the
    // line that holds its literals, and nothing else of it), and lineBytes gives its bytes again, keeping nothing.
    for (const f of Object.keys(files)) expect([f, tree.holds?.(f)]).toEqual([f, checkout.holds?.(f)]);
    expect(tree.holds?.('plain.py')).toBe(false);
    const kept = keptLinesOf(tree, 'plain.py', files['plain.py'] as string);
    expect(kept).toMatch(/^(import os\n)?import torch\n$/);
    expect(keptLinesOf(checkout, 'plain.py', files['plain.py'] as string)).toBe(kept);
    expect(tree.lineBytes?.('plain.py', (b) => Buffer.from(b).toString('utf8'))).toBe(files['plain.py']);
    expect(tree.holds?.('plain.py')).toBe(false);
    for (const f of Object.keys(files)) expect([f, tree.read(f)]).toEqual([f, checkout.read(f)]);
    expect(tree.holds?.('plain.py')).toBe(true);
    expect(said(tree)).toEqual(said(checkout));
  });

  it('lets go of its texts and git output when the run is done, and reads them again the same, saying nothing twice', () => {
    const { checkout, tree } = both();
    const texts = Object.keys(files).map((f) => tree.read(f));
    const before = said(tree);
    expect(tree.holds?.('invalid.py')).toBe(true);
    forgetRun(tree);
    expect(Object.keys(files).filter((f) => tree.holds?.(f))).toEqual([]);
    expect(Object.keys(files).map((f) => tree.read(f))).toEqual(texts);
    expect(Object.keys(files).map((f) => tree.read(f))).toEqual(Object.keys(files).map((f) => checkout.read(f)));
    expect(said(tree)).toEqual(before);
    expect(tree.readPaths()).toEqual(expect.arrayContaining(Object.keys(files)));
  });

  it("lets go of git's output when the run is done: a plain file's bytes are fetched again after it", () => {
    const { tree } = both();
    const open = openBlobFiles();
    const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');
    expect(tree.lineBytes?.('plain.py', text)).toBe(files['plain.py']);
    if (open !== undefined) expect(openBlobFiles()).toBe(open + 1);
    forgetRun(tree);
    // The file git's output went to is closed (seen where the system shows a process's open files).
    if (open !== undefined) expect(openBlobFiles()).toBe(open);
    expect(tree.lineBytes?.('plain.py', text)).toBe(files['plain.py']);
    if (open !== undefined) expect(openBlobFiles()).toBe(open + 1);
    forgetRun(tree);
  });

  it('stops reading where the checkout stops, past the same read budget, with the same finding', () => {
    // plain.py is 23 bytes, big.py over the size limit (not read, not counted), crlf.py 21: the budget of 30 holds the
    // first and is spent by the third, so invalid.py is where reading stops.
    const order = ['plain.py', 'big.py', 'crlf.py', 'invalid.py', 'bom16.py'];
    const stopped = (repo: RepoIndex) => repo.findings.filter((f) => f.message.startsWith('Reading stopped')).map((f) => `${f.file}: ${f.message}`);
    const { checkout, tree } = both({ maxTotalBytes: 30 });
    const read = (repo: RepoIndex) => order.map((f) => repo.read(f) !== undefined);
    expect(read(tree)).toEqual(read(checkout));
    expect(read(tree)).toEqual([true, false, true, false, false]);
    expect(stopped(tree)).toEqual(stopped(checkout));
    expect(stopped(tree)).toEqual([expect.stringMatching(/^invalid\.py: Reading stopped at "invalid\.py": the repository is over the total amount of text the tool reads/)]);
    expect(said(tree)).toEqual(said(checkout));
    // A file read before the budget ran out is read again after its release; the others stay unread, said once.
    forgetRun(tree);
    forgetRun(checkout);
    expect(read(tree)).toEqual(read(checkout));
    expect(read(tree)).toEqual([true, false, true, false, false]);
    expect(stopped(tree)).toEqual(stopped(checkout));
    expect(stopped(tree).length).toBe(1);
    forgetRun(tree);
  });

  it('reads nothing past the time budget, as the checkout, and says so at the first file', () => {
    const { checkout, tree } = both({ maxReadMs: 0 });
    for (const repo of [checkout, tree]) {
      expect(Object.keys(files).map((f) => repo.read(f))).toEqual(Object.keys(files).map(() => undefined));
      expect(repo.findings.filter((f) => f.file in files).map((f) => `${f.file}: ${f.message}`)).toEqual([expect.stringMatching(/^plain\.py: Reading stopped at "plain\.py": the repository is over the time the tool spends reading files/)]);
    }
    forgetRun(tree);
  });

  it("keeps the lines a query tried of a plain file as its own, unchanged by later reads", () => {
    const { tree } = both();
    expect(findInSource(tree, torch, { where: (f) => f === 'plain.py' }).length).toBe(1);
    // Later reads go through the same scratch buffer the plain file's bytes were read into.
    expect(tree.scanRead?.('crlf.py', (b) => b.length, (t) => t.length)).toBeGreaterThan(0);
    expect(tree.read('invalid.py')).toContain('import torch');
    expect(tree.lineBytes?.('big.py', (b) => b.length)).toBeUndefined();
    expect(tree.lineBytes?.('bom16.py', (b) => b.length)).toBeUndefined();
    expect(keptLinesOf(tree, 'plain.py', files['plain.py'] as string)).toMatch(/^(import os\n)?import torch\n$/);
    forgetRun(tree);
  });
});

describe('resolveLink', () => {
  it.each([
    ['../shared/ci.yml', 'a/b/link.yml', 'a/shared/ci.yml'],
    ['./x.py', 'link.py', 'x.py'],
    ['../../outside', 'a/link', undefined],
    ['/etc/passwd', 'a/link', undefined],
  ])('%s from %s → %s', (target, rel, out) => {
    expect(resolveLink(target, rel)).toBe(out);
  });

  it('reads a link to a file inside the tree as that file', () => {
    const s = prScenario({});
    fs.symlinkSync('ci.yml', path.join(s.dir, '.github/workflows/linked.yml'));
    git(s.dir, 'add', '-A');
    git(s.dir, 'commit', '-q', '-m', 'link');
    const repo = indexGitTree(s.dir, 'HEAD');
    expect(repo.read('.github/workflows/linked.yml')).toBe(repo.read('.github/workflows/ci.yml'));
  });
});

describe('parseUnifiedDiff', () => {
  it.each([
    ['a modified file', 'diff --git a/ci.yml b/ci.yml\nindex 1..2 100644\n--- a/ci.yml\n+++ b/ci.yml\n@@ -33 +32,0 @@ jobs:\n-      - run: pytest\n@@ -40,2 +39,3 @@\n-a\n-b\n+c\n+d\n+e\n', 'ci.yml', { status: 'modified', base: [[33, 33], [40, 41]], head: [[39, 41]] }],
    ['an added file', 'diff --git a/t.py b/t.py\nnew file mode 100644\n--- /dev/null\n+++ b/t.py\n@@ -0,0 +1,2 @@\n+x\n+y\n', 't.py', { status: 'added', base: [], head: [[1, 2]] }],
    ['a removed file', 'diff --git a/t.py b/t.py\ndeleted file mode 100644\n--- a/t.py\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-x\n-y\n', 't.py', { status: 'removed', base: [[1, 2]], head: [] }],
    ['a quoted path', 'diff --git "a/caf\\303\\251 x.py" "b/caf\\303\\251 x.py"\n--- "a/caf\\303\\251 x.py"\n+++ "b/caf\\303\\251 x.py"\n@@ -1 +1 @@\n-x\n+y\n', 'café x.py', { status: 'modified', base: [[1, 1]], head: [[1, 1]] }],
  ])('reads %s', (_name, text, file, change) => {
    const diff = parseUnifiedDiff(text);
    expect(diff.lines.get(file)).toEqual(change);
    expect(diff.paths).toEqual(new Set([file]));
  });

  it('names every path of its headers, binary files, mode changes and submodules too, or none when a header cannot be read', () => {
    const text = [
      'diff --git a/model.bin b/model.bin',
      'index 1..2 100644',
      'Binary files a/model.bin and b/model.bin differ',
      'diff --git a/run me.sh b/run me.sh',
      'old mode 100644',
      'new mode 100755',
      'diff --git a/a b/ b/a b/',
      'index 1..2 160000',
      '--- a/a b/',
      '+++ b/a b/',
      '@@ -1 +1 @@',
      '-Subproject commit 1',
      '+Subproject commit 2',
    ].join('\n');
    const diff = parseUnifiedDiff(text);
    expect(diff.paths).toEqual(new Set(['model.bin', 'run me.sh', 'a b/']));
    expect([...diff.lines.keys()]).toEqual(['a b/']);
    expect(parseUnifiedDiff(`${text}\ndiff --git a/x b/y\n`).paths).toBeUndefined();
    expect(parseUnifiedDiff('diff --git c/x.py w/x.py\n').paths).toBeUndefined();
  });
});

describe('parseDiffFile', () => {
  // Added and removed lines that look like headers (`--- `, `+++ `, `@@ `, `diff`), long ones, a header split at any
  // byte, a non-ASCII path, CRLF and no final newline.
  const long = 'x'.repeat(3000);
  const text = [
    'diff --git a/ci.yml b/ci.yml',
    'index 1..2 100644',
    '--- a/ci.yml',
    '+++ b/ci.yml',
    '@@ -33 +32,0 @@ jobs:',
    '--- a/not-a-header.yml',
    '@@ -40,2 +39,3 @@',
    '-+++ b/not-a-header.yml',
    `-${long}`,
    '+@@ -1 +1 @@',
    `++++ ${long}`,
    '+diff --git a/x b/x',
    'diff --git "a/caf\\303\\251 x.py" "b/caf\\303\\251 x.py"',
    '--- "a/caf\\303\\251 x.py"',
    '+++ "b/caf\\303\\251 x.py"',
    '@@ -1 +1 @@\r',
    '-x\r',
    '+y',
    'diff --git a/t.py b/t.py',
    'new file mode 100644',
    '--- /dev/null',
    '+++ b/t.py',
    '@@ -0,0 +1,2 @@',
  ].join('\n');

  it.each([1, 2, 3, 4, 5, 7, 11, 64, 2999, 3001, 1 << 20])('reads a diff in chunks of %i bytes as parseUnifiedDiff reads it whole', (chunk) => {
    const file = path.join(tempDir('mlops-ci-check-diff-test-'), 'diff');
    fs.writeFileSync(file, text);
    const fd = fs.openSync(file, 'r');
    try {
      const whole = parseUnifiedDiff(text);
      expect(whole.lines.get('ci.yml')).toEqual({ status: 'modified', base: [[33, 33], [40, 41]], head: [[39, 41]] });
      expect(whole.lines.get('t.py')).toEqual({ status: 'added', base: [], head: [[1, 2]] });
      expect([...whole.lines.keys()]).toEqual(['ci.yml', 'café x.py', 't.py']);
      expect(whole.paths).toEqual(new Set(['ci.yml', 'café x.py', 't.py']));
      expect(parseDiffFile(fd, chunk)).toEqual(whole);
    } finally {
      fs.closeSync(fd);
    }
  });

  it('gives what git says of a pull request, through a temporary file or, where none can be made, in memory', () => {
    const s = prScenario(SCENARIOS.removesTests);
    const inMemory = parseUnifiedDiff(git(s.dir, 'diff', '--no-ext-diff', '--no-textconv', '--no-renames', '--no-color', '--unified=0', '--relative', s.base, '--', '.'));
    expect(inMemory.lines.size).toBeGreaterThan(0);
    const tmp = tempDir('mlops-ci-check-diff-tmp-');
    let intoFile = 0;
    const counted: typeof runGitTo = (...args) => {
      intoFile++;
      return runGitTo(...args);
    };
    const open = openFilesNamed('mlops-ci-check-diff-');
    expect(diffLines(s.dir, s.base, tmp, counted)).toEqual(inMemory);
    expect(intoFile).toBe(1);
    if (open !== undefined) expect(openFilesNamed('mlops-ci-check-diff-')).toBe(open);
    expect(fs.readdirSync(tmp)).toEqual([]);
    const notAFolder = path.join(tmp, 'file');
    fs.writeFileSync(notAFolder, '');
    expect(diffLines(s.dir, s.base, notAFolder)).toEqual(inMemory);
    expect(diffLines(s.dir, 'f'.repeat(40), tmp)).toEqual({ error: expect.stringMatching(/bad object|unknown revision|ambiguous/i) });
    // git stops writing after 20 bytes and fails, as on a full disk: the diff is asked for again, in memory.
    const fullDisk: typeof runGitTo = (cwd, args, fd) => {
      fs.writeSync(fd, runGit(cwd, args).stdout.subarray(0, 20));
      return { ok: false, stdout: Buffer.alloc(0), error: 'No space left on device' };
    };
    expect(diffLines(s.dir, s.base, tmp, fullDisk)).toEqual(inMemory);
    expect(fs.readdirSync(tmp)).toEqual(['file']);
    // The paths it names are those git's --name-only gives, a binary file and a mode change included.
    fs.writeFileSync(path.join(s.dir, 'model.bin'), Buffer.from([0, 1, 2, 0]));
    fs.chmodSync(path.join(s.dir, 'src', 'train.py'), 0o755);
    git(s.dir, 'add', 'model.bin');
    const names = git(s.dir, 'diff', '--name-only', s.base).split('\n');
    expect(names).toEqual(expect.arrayContaining(['src/train.py', 'model.bin']));
    const both = diffLines(s.dir, s.base, tmp) as Diff;
    expect([...both.paths!].sort()).toEqual(names.sort());
    expect(both.lines.has('model.bin')).toBe(false);
    expect(changedPaths(s.dir, s.base, both.paths)).toEqual(changedPaths(s.dir, s.base));
    // Whatever prefixes the user's git config asks for.
    git(s.dir, 'config', 'diff.mnemonicPrefix', 'true');
    expect(diffLines(s.dir, s.base, tmp)).toEqual(both);
    git(s.dir, 'config', 'diff.noprefix', 'true');
    expect(diffLines(s.dir, s.base, tmp)).toEqual(both);
    // A submodule the change adds: one path, whatever diff.submodule says (log drops its header, diff lists its files).
    addSubmodule(s.dir, libRepo({ 'x.py': 'x = 1\n' }), 'vendor/lib');
    const withSub = git(s.dir, 'diff', '--name-only', s.base).split('\n').sort();
    expect(withSub).toContain('vendor/lib');
    for (const how of ['short', 'log', 'diff']) {
      git(s.dir, 'config', 'diff.submodule', how);
      expect([how, [...(diffLines(s.dir, s.base, tmp) as Diff).paths!].sort()]).toEqual([how, withSub]);
    }
  });
});

describe('the event', () => {
  it.each([
    ['pull_request', { pull_request: { number: 7, base: { sha: 'b1', ref: 'main' }, head: { sha: 'h1' } } }, { rev: 'b1', ref: 'main' }],
    ['pull_request_target', { pull_request: { base: { sha: 'b2', ref: 'dev' } } }, { rev: 'b2', ref: 'dev' }],
    ['merge_group', { merge_group: { base_sha: 'b3', base_ref: 'refs/heads/main', head_sha: 'h3' } }, { rev: 'b3', ref: 'main' }],
    ['push', { before: 'x' }, undefined],
    ['pull_request', { pull_request: {} }, undefined],
  ])('gives the base of a %s event', (eventName, payload, target) => {
    expect(baseTargetOf(eventName, payload)).toEqual(target);
  });

  it('gives the commit with the pull request head, and the ref with its number', () => {
    const payload = { pull_request: { number: 7, head: { sha: 'h1' } } };
    expect(commitAndRef({ GITHUB_SHA: 'm1', GITHUB_REF: 'refs/pull/7/merge' }, 'pull_request', payload)).toEqual({ commit: { sha: 'm1', head: 'h1' }, ref: { name: 'refs/pull/7/merge', pullRequest: 7 } });
    expect(commitAndRef({ GITHUB_SHA: 'c1', GITHUB_REF: 'refs/heads/main' }, 'push', {})).toEqual({ commit: { sha: 'c1' }, ref: { name: 'refs/heads/main' } });
    expect(commitAndRef({}, 'push', {})).toEqual({});
  });
});
