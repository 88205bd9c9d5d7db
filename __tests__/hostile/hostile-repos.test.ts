/**
 * Issue 12: a pull request's content is hostile. For each class, repositories built at test
 * time (generate.ts) must give a finished analysis with a located finding where work was
 * bounded, never a hang, a crash or an unbounded report. A hang shows as this suite's
 * timeout; every test also asserts what the bound said, at its file and line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { jest } from '@jest/globals';
import { runEngine, type EngineResult } from '../../src/engine.js';
import type { Finding } from '../../src/model/finding.js';
import { MAX_EXPANDED_STEPS, MAX_NESTING } from '../../src/parse/ci/github-actions/read.js';
import { MAX_COMMANDS } from '../../src/parse/run/run.js';
import { MAX_EXPANDED_CHARS, parseMakefile } from '../../src/parse/run/tasks/make.js';
import { expandEnvList, MAX_BRACE_ITEMS } from '../../src/parse/run/tasks/tox.js';
import { MAX_TASK_CHAIN } from '../../src/parse/recursion.js';
import { MAX_GITIGNORE_PATTERNS } from '../../src/parse/file-list.js';
import { MAX_SUBSTITUTION_NESTING, parseShell } from '../../src/parse/commands.js';
import { evaluateIf, MAX_EXPR_NESTING } from '../../src/parse/ci/gitlab-ci/expr.js';
import { MAX_COMMAND_CHAIN } from '../../src/parse/ci/circleci/expand.js';
import { compileCiRegex } from '../../src/parse/safe-pattern.js';
import { indexRepository } from '../../src/parse/repo.js';
import { boundReport, MAX_FIELD_CHARS } from '../../src/report/bound.js';
import { renderJson } from '../../src/report/json.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import {
  ALIAS_BOMB,
  buildRepo,
  circleChain,
  compositeChain,
  compositeFanOut,
  HIDDEN,
  justChain,
  makeChain,
  makeFanOut,
  megabyteOf,
  mkfifo,
  npmFanOut,
  removeBuilt,
  reusableFanOut,
  runStep,
  symlink,
  WORKFLOW,
  workflow,
  YAML_BOMBS,
  outsideDir,
  type Files,
} from './generate.js';

jest.setTimeout(60_000);
afterAll(removeBuilt);

const GOOD = '.github/workflows/good.yml';
const GOOD_TEXT = workflow(runStep('ruff check .'), 'good');

function analyse(files: Files, extra?: (root: string) => void, configFile?: string): EngineResult {
  return runEngine(buildRepo(files, extra), configFile ? { configFile } : {});
}

function finding(findings: readonly Finding[], file: string, says: string): Finding {
  const hit = findings.find((f) => f.file === file && f.message.includes(says));
  if (!hit) throw new Error(`No finding at ${file} saying "${says}". Findings:\n${findings.map((f) => `  ${f.file}:${f.line}:${f.column} [${f.check}] ${f.message.slice(0, 160)}`).join('\n')}`);
  return hit;
}

/** What every hostile run must keep: a bounded report whose fields are bounded too. */
function expectBoundedReport(result: EngineResult): void {
  const json = renderJson(result.report);
  expect(json.length).toBeLessThan(8 * 1024 * 1024);
  for (const f of result.report.findings) expect(f.message.length).toBeLessThanOrEqual(MAX_FIELD_CHARS + 60);
}

describe('expansion that fans out is memoised and bounded, with a finding where it stopped', () => {
  test('local composite actions, each calling the next four times, twelve levels deep', () => {
    const r = analyse(compositeFanOut(12, 4));
    expect(r.analysis.steps.length).toBeLessThanOrEqual(MAX_EXPANDED_STEPS);
    expect(r.report.items.find((i) => i.id === 'lint')?.verdict).toBe('automated');
    expectBoundedReport(r);
  });

  test('reusable workflows, each calling the next from four jobs, ten levels deep', () => {
    const r = analyse(reusableFanOut(10, 4));
    expect(r.analysis.steps.length).toBeLessThanOrEqual(MAX_EXPANDED_STEPS);
    expect(r.report.items.find((i) => i.id === 'unit-tests')?.evidence.length).toBeGreaterThan(0);
  });

  test('make targets, each calling the next thirty times, five levels deep', () => {
    const r = analyse(makeFanOut(5, 30));
    expect(r.analysis.commands.length).toBeLessThan(MAX_COMMANDS);
    expect(r.analysis.commands.some((c) => c.text === 'pytest tests')).toBe(true);
  });

  test('npm scripts, each calling the next twenty times, five levels deep', () => {
    const r = analyse(npmFanOut(5, 20));
    expect(r.analysis.commands.length).toBeLessThan(MAX_COMMANDS);
    expect(r.analysis.commands.some((c) => c.text === 'jest')).toBe(true);
  });

  test('make variables that each repeat the next ten times (a billion laughs) expand to a bounded text', () => {
    let makefile = '';
    for (let i = 0; i < 8; i++) makefile += `V${i} = ${`$(V${i + 1})`.repeat(10)}\n`;
    makefile += 'V8 = pytest\ntest:\n\t$(V0)\n';
    const r = analyse({ Makefile: makefile, [WORKFLOW]: workflow(runStep('make test')) });
    const recipe = r.analysis.commands.filter((c) => c.at.file === 'Makefile' && c.at.line === 11);
    // The text past the budget stays as written (`$(V3)` …), which the shell reader may split further.
    expect(recipe.length).toBeGreaterThan(0);
    expect(recipe.reduce((n, c) => n + c.text.length, 0)).toBeLessThanOrEqual(2 * MAX_EXPANDED_CHARS);
  });

  test('a chain of local actions deeper than GitHub allows stops with a finding at the call', () => {
    const r = analyse(compositeChain(40));
    const f = finding(r.report.findings, `.github/actions/c${MAX_NESTING - 1}/action.yml`, `nest more than ${MAX_NESTING} deep`);
    expect([f.line, f.column]).toEqual([4, 13]);
  });
});

describe('patterns from the config run in linear time', () => {
  test('a catastrophic command regex against a long command finishes and still matches where it should', () => {
    const config = 'items:\n  lint:\n    commands:\n      - "^(a+)+$"\n      - "acme-lint"\n';
    const r = analyse({ '.github/mlops-ci-check.yml': config, [WORKFLOW]: workflow(runStep(`${'a'.repeat(30_000)}b`) + runStep('acme-lint src')) });
    const lint = r.report.items.find((i) => i.id === 'lint')!;
    expect(lint.verdict).toBe('automated');
    expect(lint.evidence.some((e) => e.file === WORKFLOW && e.line === 8)).toBe(true);
  });

  test('a backreference is refused with a located reason instead of running on a backtracking engine', () => {
    const r = analyse({ '.github/mlops-ci-check.yml': 'items:\n  lint:\n    commands:\n      - "(a)\\\\1"\n', [WORKFLOW]: GOOD_TEXT });
    const f = finding(r.report.findings, '.github/mlops-ci-check.yml', 'linear-time engine');
    expect([f.line, f.column]).toEqual([4, 9]);
  });

  test('a catastrophic ignore glob against long names finishes, and the glob still ignores what it names', () => {
    const long = `vendor/${'a'.repeat(200)}.py`;
    const other = `${'a'.repeat(200)}.txt`;
    const config = `ignore:\n  - "${'*a'.repeat(14)}*b"\n  - "vendor/**"\n`;
    const r = analyse({ '.github/mlops-ci-check.yml': config, [long]: 'x = 1\n', [other]: 'x\n', [WORKFLOW]: GOOD_TEXT });
    expect(r.analysis.repo.files).not.toContain(long);
    expect(r.analysis.repo.files).toContain(other);
  });
});

describe('every scan is linear in the file', () => {
  test('a megabyte of `it("` on one line is read, and every case counted', () => {
    const text = megabyteOf('it("');
    const r = analyse({ 'tests/a.test.ts': text, [WORKFLOW]: workflow(runStep('npx jest')) });
    expect(r.analysis.inventory.files.find((f) => f.path === 'tests/a.test.ts')?.cases).toBe(text.length / 4);
  });

  test('a megabyte of unclosed block comments and docstrings is read', () => {
    const r = analyse({
      'tests/b.test.ts': `${megabyteOf('/*it(')}\n`,
      'tests/test_c.py': `${megabyteOf('"""def test_a(): ')}\n`,
      [WORKFLOW]: workflow(runStep('pytest tests') + runStep('npx jest')),
    });
    expect(r.analysis.repo.readPaths()).toEqual(expect.arrayContaining(['tests/b.test.ts', 'tests/test_c.py']));
    // Never closed, so not a comment (as before): every `it(` counts.
    expect(r.analysis.inventory.files.find((f) => f.path === 'tests/b.test.ts')?.cases).toBe(200_000);
  });

  test('a script line of 125,000 unclosed quotes is read as one command', () => {
    const r = analyse({ 'run.sh': megabyteOf('echo "a '), [WORKFLOW]: workflow(runStep('./run.sh')) });
    expect(r.analysis.commands.filter((c) => c.at.file === 'run.sh' && c.at.line === 1)).toHaveLength(1);
  });

  test('half a million blank lines in a noxfile, and a command repeating one option 30,000 times', () => {
    const r = analyse({ 'noxfile.py': '\n'.repeat(500_000), 'run.sh': megabyteOf('tox -e ', 200_000), [WORKFLOW]: workflow(runStep('./run.sh') + runStep('nox -s t')) });
    expect(r.analysis.commands.filter((c) => c.at.file === 'run.sh').length).toBeGreaterThan(0);
  });

  test('a command naming 150,000 paths keeps one bounded note per path, twenty at most', () => {
    const r = analyse({ 'run.sh': megabyteOf('pytest ', 1_000_000), [WORKFLOW]: workflow(runStep('./run.sh')) });
    const notes = r.report.findings.filter((f) => f.file === 'run.sh' && f.check === 'test-inventory');
    expect(notes.length).toBeLessThanOrEqual(21);
    expect(notes.some((n) => /more notes about the paths of this command/.test(n.message))).toBe(true);
    expectBoundedReport(r);
  });

  test.each(Object.entries(YAML_BOMBS))('YAML with %s is refused or parsed in bounded time, with the good workflow still read', (_name, text) => {
    const r = analyse({ '.github/workflows/bomb.yml': text, [GOOD]: GOOD_TEXT, '.github/mlops-ci-check.yml': text.slice(0, 200_000) });
    expect(r.analysis.workflows.map((w) => w.file)).toContain(GOOD);
    expect(r.report.findings.some((f) => f.file === '.github/workflows/bomb.yml' && f.check === 'syntax-check')).toBe(true);
    expect(r.report.findings.filter((f) => f.file === '.github/workflows/bomb.yml').length).toBeLessThanOrEqual(202);
  });

  test('deep nesting is refused at the line where it passes the limit, whatever the JIT', () => {
    const text = `on: push\njobs:\n  a: ${'['.repeat(300)}\n`;
    const results = [0, 1, 2].map(() => analyse({ '.github/workflows/deep.yml': text, [GOOD]: GOOD_TEXT }).report.findings.filter((f) => f.file === '.github/workflows/deep.yml'));
    expect(results[0]).toEqual([expect.objectContaining({ line: 3, column: 3, message: expect.stringContaining('nests deeper than 200 levels') })]);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});

describe('deep input meets a limit with a finding, never the end of the stack', () => {
  test('a chain of 30,000 make prerequisites stops at the limit, at the target where it stopped', () => {
    const r = analyse(makeChain(30_000));
    const cut = finding(r.report.findings, 'Makefile', `chain of more than ${MAX_TASK_CHAIN} prerequisites`);
    expect(cut.line).toBe(2 * MAX_TASK_CHAIN + 1);
    expect(r.analysis.commands.filter((c) => c.text.startsWith('echo')).length).toBe(MAX_TASK_CHAIN);
    expectBoundedReport(r);
  });

  test('a chain of 30,000 just dependencies stops at the limit', () => {
    const r = analyse(justChain(30_000));
    expect(finding(r.report.findings, 'justfile', `chain of more than ${MAX_TASK_CHAIN} dependencies`).line).toBe(2 * MAX_TASK_CHAIN + 1);
    expectBoundedReport(r);
  });

  test('CircleCI commands calling each other 3,000 deep stop at the limit', () => {
    const r = analyse(circleChain(3000));
    expect(finding(r.report.findings, '.circleci/config.yml', `more than ${MAX_COMMAND_CHAIN} levels deep`).line).toBe(3 * (MAX_COMMAND_CHAIN - 1) + 5);
    expectBoundedReport(r);
  });

  // The next three are hang guards, not speed measurements (speed lives in bench/): their inputs are sized so that a read
  // that rescans (quadratic in the input) would run for hours, far past this file's 60 s limit, while a linear read takes
  // about a second. The fuzzer's long run (bench/fuzz.ts) prints the slowest case.
  test('one make rule line of 100,000 targets and 100,000 prerequisites is read without rescans', () => {
    const names = (p: string) => Array.from({ length: 100_000 }, (_, i) => `${p}${i}`).join(' ');
    const mk = parseMakefile(
      'Makefile',
      `${names('t')}: ${names('p')}
	echo
`,
      [],
    );
    expect(mk.rules.get('t99999')?.prereqs.length).toBe(100_000);
    expect(mk.rules.get('t0')?.recipe).toEqual([{ value: 'echo', pos: { line: 2, column: 2 } }]);
  });

  test('a GitLab rule nesting 100,000 parentheses is unknown, and deep but readable nesting is still read', () => {
    expect(evaluateIf(`${'('.repeat(100_000)}$CI_COMMIT_TAG${')'.repeat(100_000)}`, 'tag')).toBe('unknown');
    expect(evaluateIf(`${'('.repeat(MAX_EXPR_NESTING)}$CI_COMMIT_TAG${')'.repeat(MAX_EXPR_NESTING)}`, 'tag')).toBe('true');
  });

  test('shell substitutions nested 200,000 deep, and 200,000 side by side, are read without recursion or rescans', () => {
    const deep = `${'echo $('.repeat(200_000)}pytest${')'.repeat(200_000)}`;
    const wide = 'echo $(a) '.repeat(200_000);
    const commands = parseShell([{ value: deep, pos: { line: 1, column: 1 } }]);
    expect(commands.length).toBe(MAX_SUBSTITUTION_NESTING + 1);
    expect(parseShell([{ value: wide, pos: { line: 1, column: 1 } }]).filter((c) => c.text === 'a').length).toBe(200_000);
  });

  test('tox env_list braces that multiply (2^40 names) stop at the limit; 20,000 empty braces are read', () => {
    expect(expandEnvList('py{a,b}'.repeat(40)).length).toBe(MAX_BRACE_ITEMS);
    expect(expandEnvList('py{3,4}-django{1,2}')).toEqual(['py3-django1', 'py3-django2', 'py4-django1', 'py4-django2']);
    expect(expandEnvList(`x${'{}'.repeat(20_000)}`)).toHaveLength(1);
    // Found by the fuzzer (seed 34, case 421): every step rescanned the entry; the characters rescanned are bounded now.
    expect(expandEnvList(`${'{a}'.repeat(100_000)}${'b'.repeat(500_000)}`)).toHaveLength(1);
  });
});

describe('regular expressions written in CI files run on the linear-time engine', () => {
  test('GitLab `=~` reads RE2 syntax with its flags, and refuses lookaround as unknown', () => {
    expect(evaluateIf('$CI_PIPELINE_SOURCE =~ /^MERGE/i', 'merge_request_event')).toBe('true');
    expect(evaluateIf('$CI_PIPELINE_SOURCE !~ /^push$/', 'push')).toBe('false');
    expect(evaluateIf('$CI_PIPELINE_SOURCE =~ /(?<=me)rge/', 'merge_request_event')).toBe('unknown');
  });

  test('a rule of 100,000 patterns is unknown at once, and one unclosed pattern after 2,000 `=~` is read once', () => {
    expect(evaluateIf('$CI_COMMIT_TAG =~ /a'.repeat(100_000), 'tag')).toBe('unknown');
    expect(evaluateIf(`${'$CI_COMMIT_TAG =~ /a/ && '.repeat(300)}$CI_COMMIT_TAG =~ /a`, 'tag')).toBe('unknown');
  });

  test('a catastrophic pattern from a CI file finishes on a long text (a backtracking engine would take 2^50000 steps)', () => {
    const re = compileCiRegex('^(a|a)*$');
    expect(re?.test(`${'a'.repeat(50_000)}b`)).toBe(false);
    expect(compileCiRegex('(a)\\1')).toBeUndefined();
  });
});

describe('references that leave the repository', () => {
  test('`uses: ./../../x` (a step) and `uses: ./../w.yml` (a job) are warnings at their line, and nothing outside is read', () => {
    const out = outsideDir({ 'x/action.yml': 'runs:\n  using: composite\n  steps:\n    - run: pytest\n      shell: bash\n' });
    const rel = `./../../${path.basename(out)}/x`;
    const text = `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ${rel}\n  b:\n    uses: ./../w.yml\n`;
    const r = analyse({ [WORKFLOW]: text });
    expect(finding(r.report.findings, WORKFLOW, 'points outside the repository').line).toBe(6);
    expect(r.report.findings.filter((f) => f.file === WORKFLOW && /points outside the repository/.test(f.message)).map((f) => f.line)).toEqual([6, 8]);
    expect(r.analysis.commands.some((c) => c.text === 'pytest')).toBe(false);
  });
});

describe('odd file names and ignore files', () => {
  test('a test file whose name is not valid UTF-8 is a notice saying so, not a file that "does not exist"', () => {
    const r = analyse({ [GOOD]: GOOD_TEXT, 'tests/test_ok.py': 'def test_a():\n    assert True\n' }, (root) =>
      fs.writeFileSync(Buffer.concat([Buffer.from(`${root}/tests/test_`), Buffer.from([0xff, 0xfe]), Buffer.from('.py')]), 'def test_b():\n    assert True\n'),
    );
    const notice = finding(r.report.findings, 'tests/test_\uFFFD\uFFFD.py', 'is not valid UTF-8');
    expect(notice.severity).toBe('notice');
    expect(r.report.findings.some((f) => /does not exist/.test(f.message))).toBe(false);
    expect(r.report.tests.files.map((f) => f.path)).toContain('tests/test_ok.py');
  });

  test('a .gitignore of 100,000 patterns applies the first 10,000, with a warning at the line where it stopped', () => {
    const gitignore = ['secret/', ...Array.from({ length: 100_000 }, (_, i) => `dir${i}/**/*.tmp${i}`)].join('\n');
    const r = analyse({ [GOOD]: GOOD_TEXT, '.gitignore': gitignore, 'secret/test_x.py': 'def test_a():\n    assert True\n', 'tests/test_ok.py': 'def test_a():\n    assert True\n' });
    expect(finding(r.report.findings, '.gitignore', `more than ${MAX_GITIGNORE_PATTERNS} patterns`).line).toBe(MAX_GITIGNORE_PATTERNS + 1);
    expect(r.report.tests.files.map((f) => f.path)).toEqual(['tests/test_ok.py']);
  });
});

describe('the report is bounded per field, never by the heap', () => {
  test('one long run line naming 1,400 test files gives a report of bounded fields', () => {
    const files: Files = {};
    const names: string[] = [];
    for (let i = 0; i < 1400; i++) {
      names.push(`tests/test_${i}.py`);
      files[`tests/test_${i}.py`] = 'def test_a():\n    pass\n';
    }
    files[WORKFLOW] = `on: [push, pull_request]\njobs:\n  t:\n    runs-on: x\n    steps:\n      - if: github.event_name == 'push' && ${'x'.repeat(3000)}\n        run: pytest ${names.join(' ')}\n`;
    const r = analyse(files);
    expectBoundedReport(r);
    const longest = Math.max(...r.report.tests.files.flatMap((f) => (f.conditions ?? []).map((c) => c.length)));
    expect(longest).toBeLessThanOrEqual(560);
    expect(r.report.tests.files.some((f) => (f.conditions ?? []).some((c) => /more characters cut/.test(c)))).toBe(true);
  });
});

describe('bounding the report twice changes nothing (the history sections are bounded after they are added)', () => {
  test('a report with clipped fields, hidden characters and too many findings', () => {
    const r = analyse({
      [WORKFLOW]: workflow(runStep(`pytest ${'x'.repeat(5000)}`), `"a\\e[31m${'n'.repeat(900)}"`),
      'run.sh': megabyteOf('pytest ', 200_000),
      '.github/workflows/x.yml': 'k: "a\n'.repeat(3000),
    });
    expect(boundReport(r.report)).toEqual(r.report);
  });
});

describe('the config is input', () => {
  test('an alias bomb becomes a finding and the defaults apply', () => {
    const r = analyse({ '.github/mlops-ci-check.yml': ALIAS_BOMB, [WORKFLOW]: GOOD_TEXT });
    const f = finding(r.report.findings, '.github/mlops-ci-check.yml', 'aliases that expand too far');
    expect(f.severity).toBe('error');
    expect(r.report.items.find((i) => i.id === 'lint')?.verdict).toBe('automated');
  });

  test.each([
    ['NaN', 'weights:\n  devops: .nan\n', 2, 11],
    ['infinity', 'weights:\n  data: .inf\n', 2, 9],
    ['a huge weight', 'weights:\n  devops: 1e308\n  data: 1e308\n', 2, 11],
    ['a NaN threshold', 'min-score: .nan\n', 1, 12],
  ])('%s is refused at its line and the score stays a finite number', (_name, config, line, column) => {
    const r = analyse({ '.github/mlops-ci-check.yml': config, [WORKFLOW]: GOOD_TEXT });
    const f = r.report.findings.find((x) => x.file === '.github/mlops-ci-check.yml' && x.line === line && x.column === column);
    expect(f?.severity).toBe('error');
    expect(Number.isFinite(r.report.score)).toBe(true);
    expect(r.report.score).toBeGreaterThanOrEqual(0);
    expect(r.report.score).toBeLessThanOrEqual(100);
  });

  test('config values are quoted visibly and clipped in the settings the report shows', () => {
    const config = `items:\n  lint:\n    applicable: false\n    reason: "${'x'.repeat(1000)}\\e[31m"\n`;
    const r = analyse({ '.github/mlops-ci-check.yml': config, [WORKFLOW]: GOOD_TEXT });
    const change = r.report.config.changes.find((c) => c.startsWith('items.lint'))!;
    expect(change).toContain('more characters cut');
    expect(change).not.toContain('\u001b');
    expect(change.length).toBeLessThan(400);
  });
});

describe('the file system: reads stay inside the repository and never block', () => {
  test('a FIFO at the config path is refused with a located message, not opened', () => {
    const r = analyse({ [WORKFLOW]: GOOD_TEXT }, (root) => mkfifo(`${root}/.github/mlops-ci-check.yml`));
    finding(r.report.findings, '.github/mlops-ci-check.yml', 'is a FIFO (named pipe), not a regular file');
  });

  test('a FIFO among the tests is a notice, and the walk goes on', () => {
    const r = analyse({ [WORKFLOW]: GOOD_TEXT, 'tests/test_ok.py': 'def test_a():\n    pass\n' }, (root) => mkfifo(`${root}/tests/test_pipe.py`));
    finding(r.report.findings, 'tests/test_pipe.py', 'is a FIFO (named pipe), not a regular file; it is not read');
    expect(r.analysis.repo.files).toContain('tests/test_ok.py');
  });

  test('a config that is a link to /dev/zero is not followed', () => {
    const r = analyse({ [WORKFLOW]: GOOD_TEXT }, (root) => symlink('/dev/zero', `${root}/.github/mlops-ci-check.yml`));
    finding(r.report.findings, '.github/mlops-ci-check.yml', 'outside');
  });

  test('a config that links out of the repository is not read, and nothing of it is echoed', () => {
    const out = outsideDir({ 'secret.yml': 'min-score: 100\nprofile: library\n' });
    const r = analyse({ [WORKFLOW]: GOOD_TEXT }, (root) => symlink(`${out}/secret.yml`, `${root}/.github/mlops-ci-check.yml`));
    finding(r.report.findings, '.github/mlops-ci-check.yml', 'reads stay inside the repository');
    expect(r.report.gate.minScore).toBe(0);
  });

  test('a config given as ../ out of the repository is not read', () => {
    const out = outsideDir({ 'c.yml': 'min-score: 100\n' });
    const r = analyse({ [WORKFLOW]: GOOD_TEXT }, undefined, `../${out.split('/').pop()}/c.yml`);
    expect(r.report.gate.minScore).toBe(0);
    expect(r.report.findings.some((f) => f.check === 'config' || f.check === 'file-read')).toBe(true);
  });

  test('over the file cap, the CI folders and task files are walked first', () => {
    const files: Files = { [WORKFLOW]: GOOD_TEXT, Makefile: 'test:\n\tpytest\n' };
    for (let i = 0; i < 300; i++) files[`aaa/f${i}.txt`] = 'x';
    const repo = indexRepository(buildRepo(files), { maxFiles: 50 });
    expect(repo.files).toEqual(expect.arrayContaining([WORKFLOW, 'Makefile']));
    finding(repo.findings, '.', 'CI folders and task files first');
  });
});

describe('wrong results from odd but valid input', () => {
  test('a workflow with lone-CR line endings is read line by line', () => {
    const text = workflow(runStep('ruff check .')).replace(/\n/g, '\r');
    const r = analyse({ [WORKFLOW]: text });
    const lint = r.report.items.find((i) => i.id === 'lint')!;
    expect(lint.verdict).toBe('automated');
    expect(lint.evidence[0]).toMatchObject({ file: WORKFLOW, line: 7 });
    finding(r.report.findings, WORKFLOW, 'lone CR');
  });

  test('`uses: ./` at the repository root reads ./action.yml', () => {
    const r = analyse({ [WORKFLOW]: workflow('      - uses: ./\n'), 'action.yml': 'runs:\n  using: composite\n  steps:\n    - run: ruff check .\n      shell: bash\n' });
    expect(r.report.findings.some((f) => /has no action.yml/.test(f.message))).toBe(false);
    expect(r.report.items.find((i) => i.id === 'lint')?.evidence[0]).toMatchObject({ file: 'action.yml', line: 4 });
  });
});

describe('text to a terminal or markdown shows hidden characters instead of passing them on', () => {
  const name = `evil${HIDDEN.esc}red${HIDDEN.rlo}txt${HIDDEN.zwsp}${HIDDEN.c1}${HIDDEN.bell}`;
  // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
  const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u202e]/;

  test('a workflow name with ESC, C1, bidi and zero-width characters', () => {
    const r = analyse({ [WORKFLOW]: workflow(runStep('ruff check .'), JSON.stringify(name)) });
    expect(r.report.workflows[0]!.name).toBe('evil<U+001B>[31mred<U+202E>txt<U+200B><U+009B><U+0007>');
    finding(r.report.findings, WORKFLOW, 'control, bidi or zero-width characters');
    for (const out of [renderSummary(r.report), renderText(r.report, { color: false }), renderJson(r.report)]) expect(raw.test(out)).toBe(false);
  });

  test('a file name with an escape sequence', () => {
    const r = analyse({ [WORKFLOW]: workflow(runStep('pytest tests')), [`tests/test_${HIDDEN.esc}x.py`]: 'def test_a():\n    pass\n' });
    expect(r.report.tests.files.map((f) => f.path)).toContain('tests/test_<U+001B>[31mx.py');
    expect(raw.test(renderSummary(r.report))).toBe(false);
  });
});
