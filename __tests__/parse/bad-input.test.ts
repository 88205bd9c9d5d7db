/**
 * Bad input never throws: each broken file becomes a located finding (file, line, column,
 * what was expected) and the good workflow beside it is still analysed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runEngine } from '../../src/engine.js';
import type { Finding } from '../../src/model/finding.js';
import { DEFAULT_MAX_FILE_BYTES, indexRepository } from '../../src/parse/repo.js';
import { parseWorkflow } from '../../src/parse/ci/github-actions/workflow.js';
import { makeRepo } from '../helpers/repo.js';

const GOOD = '.github/workflows/good.yml';
const BAD = '.github/workflows/bad.yml';
const GOOD_TEXT = 'name: good\non:\n  pull_request:\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ruff check .\n';

interface Expected {
  severity: Finding['severity'];
  file: string;
  line: number;
  column: number;
  /** A fragment of the message. */
  says: string;
}

function expectFinding(findings: readonly Finding[], e: Expected): void {
  const hit = findings.find((f) => f.severity === e.severity && f.file === e.file && f.line === e.line && f.column === e.column && f.message.includes(e.says));
  if (!hit) throw new Error(`No ${e.severity} at ${e.file}:${e.line}:${e.column} saying "${e.says}". Findings:\n${findings.map((f) => `  ${f.severity} ${f.file}:${f.line}:${f.column} [${f.check}] ${f.message}`).join('\n')}`);
}

/** Runs the whole engine on the files plus the good workflow, and checks the good one still counts. */
function analyse(files: Record<string, string | Buffer>): Finding[] {
  const { report, analysis } = runEngine(makeRepo({ [GOOD]: GOOD_TEXT, ...files }));
  expect(analysis.workflows.map((w) => w.file)).toContain(GOOD);
  const lint = report.items.find((i) => i.id === 'lint');
  expect(lint?.verdict).toBe('automated');
  expect(lint?.evidence[0]).toMatchObject({ file: GOOD, line: 9 });
  return report.findings;
}

const wf = (text: string | Buffer): Record<string, string | Buffer> => ({ [BAD]: text });

describe('a broken workflow is a located finding and the good one is still analysed', () => {
  const cases: [string, Record<string, string | Buffer>, Expected][] = [
    ['a tab used for indentation', wf('on: push\njobs:\n\ttest:\n    runs-on: x\n'), { severity: 'error', file: BAD, line: 3, column: 1, says: 'a tab is used for indentation' }],
    ['an unclosed quote (pointed at where it opens)', wf("name: 'abc\non: push\njobs: {}\n"), { severity: 'error', file: BAD, line: 1, column: 7, says: 'never closed' }],
    ['a key indented off the column', wf('on: push\njobs:\n  a:\n    runs-on: x\n   steps: []\n'), { severity: 'error', file: BAD, line: 5, column: 1, says: 'same column' }],
    ['a flow list never closed', wf('on: [push\njobs: {}\n'), { severity: 'error', file: BAD, line: 2, column: 1, says: 'end with a ]' }],
    ['a workflow that is a list', wf('- push\n- jobs\n'), { severity: 'error', file: BAD, line: 1, column: 1, says: 'found a list' }],
    ['a workflow that is a scalar', wf('hello\n'), { severity: 'error', file: BAD, line: 1, column: 1, says: 'found the text "hello"' }],
    ['an empty workflow', wf(''), { severity: 'error', file: BAD, line: 1, column: 1, says: 'found nothing' }],
    ['a workflow of comments only', wf('# nothing yet\n'), { severity: 'error', file: BAD, line: 1, column: 1, says: 'is not a workflow' }],
    ['needs: an expression', wf('on: push\njobs:\n  a:\n    needs: ${{ fromJSON(x) }}\n    runs-on: x\n    steps:\n      - run: make\n'), { severity: 'error', file: BAD, line: 4, column: 5, says: '"needs:" of job "a"' }],
    ['needs: a mapping', wf('on: push\njobs:\n  a:\n    needs: {b: 1}\n    runs-on: x\n    steps:\n      - run: make\n'), { severity: 'error', file: BAD, line: 4, column: 5, says: 'found a mapping' }],
    ['steps: an expression', wf('on: push\njobs:\n  a:\n    runs-on: x\n    steps: ${{ fromJSON(y) }}\n'), { severity: 'error', file: BAD, line: 5, column: 5, says: '"steps:" of job "a" should be a list' }],
    ['on: an expression', wf('on: ${{ }}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: make\n'), { severity: 'error', file: BAD, line: 1, column: 5, says: 'does not evaluate expressions' }],
    ['on: a number among events', wf('on: [push, 2]\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: make\n'), { severity: 'error', file: BAD, line: 1, column: 12, says: 'found the number 2' }],
    ['on: a misspelt event', wf('on: pull-request\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: make\n'), { severity: 'warning', file: BAD, line: 1, column: 5, says: '"pull-request" is not an event' }],
    ['jobs: a list', wf('on: push\njobs:\n  - a\n'), { severity: 'error', file: BAD, line: 2, column: 1, says: 'found a list' }],
    ['a job that is a string', wf('on: push\njobs:\n  a: run tests\n'), { severity: 'error', file: BAD, line: 3, column: 3, says: 'Job "a" should be a mapping' }],
    ['a step that is a string', wf('on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - echo hi\n'), { severity: 'error', file: BAD, line: 6, column: 9, says: 'found the text "echo hi"' }],
    ['a step with neither uses nor run', wf('on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - name: nothing\n        uses: null\n'), { severity: 'error', file: BAD, line: 6, column: 9, says: 'neither "uses:" nor "run:"' }],
    ['runs-on a mapping without labels', wf('on: push\njobs:\n  a:\n    runs-on: {os: linux}\n    steps:\n      - run: make\n'), { severity: 'error', file: BAD, line: 4, column: 5, says: 'without "labels:" or "group:"' }],
    ['a job without runs-on', wf('on: push\njobs:\n  a:\n    steps:\n      - run: make\n'), { severity: 'error', file: BAD, line: 3, column: 3, says: 'neither "runs-on:" nor "uses:"' }],
    ['matrix: a list', wf('on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix: [1, 2]\n    steps:\n      - run: make\n'), { severity: 'error', file: BAD, line: 6, column: 15, says: '"matrix:" should be a mapping' }],
    ['a key that is a list', wf('on: push\n? [a]\n: y\njobs: {}\n'), { severity: 'error', file: BAD, line: 2, column: 3, says: 'not text' }],
    ['a top-level key that is a number', wf('on: push\n1: x\njobs: {}\n'), { severity: 'warning', file: BAD, line: 2, column: 1, says: 'Unknown top-level key "1"' }],
    ['a job id that is a number', wf('on: push\njobs:\n  2:\n    runs-on: x\n    steps:\n      - run: make\n'), { severity: 'error', file: BAD, line: 3, column: 3, says: 'Job id "2" is not valid' }],
    ['a merge key', wf('on: push\njobs:\n  a: &a\n    runs-on: x\n    steps:\n      - run: make\n  b:\n    <<: *a\n'), { severity: 'error', file: BAD, line: 8, column: 5, says: 'merge keys' }],
    ['an alias to no anchor', wf('on: push\njobs:\n  a:\n    runs-on: *nope\n    steps:\n      - run: make\n'), { severity: 'error', file: BAD, line: 4, column: 14, says: '"*nope" names no anchor' }],
    ['a duplicate job id (at the second key)', wf('on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{run: make}]\n  a:\n    runs-on: y\n    steps: [{run: make}]\n'), { severity: 'error', file: BAD, line: 6, column: 3, says: 'The key "a" is repeated' }],
    ['a duplicate top-level key', wf('on: push\non: pull_request\njobs: {}\n'), { severity: 'error', file: BAD, line: 2, column: 1, says: 'The key "on" is repeated' }],
    ['a duplicate key with CRLF line endings', wf('on: push\r\njobs:\r\n  a:\r\n    runs-on: x\r\n    runs-on: y\r\n    steps: [{run: make}]\r\n'), { severity: 'error', file: BAD, line: 5, column: 5, says: 'The key "runs-on" is repeated' }],
    ['Latin-1 bytes in a workflow name', wf(Buffer.concat([Buffer.from('name: caf'), Buffer.from([0xe9]), Buffer.from('\non: push\njobs: {}\n')])), { severity: 'warning', file: BAD, line: 1, column: 1, says: 'not valid UTF-8' }],
    ['Latin-1 bytes on a later line', wf(Buffer.concat([Buffer.from('on: push\n# r'), Buffer.from([0xe9]), Buffer.from('sum\njobs: {}\n')])), { severity: 'warning', file: BAD, line: 2, column: 1, says: 'first bad byte at line 2' }],
    ['NUL bytes (binary)', wf(Buffer.from([0x6f, 0x6e, 0x3a, 0x00, 0x01, 0x02])), { severity: 'warning', file: BAD, line: 1, column: 1, says: 'looks binary' }],
    ['a file over the size cap', wf(`on: push\n${'#'.repeat(DEFAULT_MAX_FILE_BYTES)}\n`), { severity: 'warning', file: BAD, line: 1, column: 1, says: 'over the 1.0 MiB' }],
    ['a local action folder without action.yml', { [BAD]: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./.github/actions/setup\n', '.github/actions/setup/README.md': 'setup\n' }, { severity: 'warning', file: BAD, line: 6, column: 15, says: 'has no action.yml' }],
    ['a reusable workflow that is missing', wf('on: push\njobs:\n  a:\n    uses: ./.github/workflows/gone.yml\n'), { severity: 'warning', file: BAD, line: 4, column: 11, says: 'is not in the repository' }],
  ];

  it.each(cases)('%s', (_name, files, expected) => {
    expectFinding(analyse(files), expected);
  });
});

describe('encodings', () => {
  it('reads UTF-16 (with its BOM) and says so', () => {
    const text = '\ufeffname: sixteen\non: push\njobs: {}\n';
    const { report, analysis } = runEngine(makeRepo({ [GOOD]: GOOD_TEXT, [BAD]: Buffer.from(text, 'utf16le') }));
    expectFinding(report.findings, { severity: 'notice', file: BAD, line: 1, column: 1, says: 'UTF-16' });
    const w = analysis.workflows.find((x) => x.file === BAD);
    expect(w?.name?.value).toBe('sixteen');
    expect(w?.triggers[0]).toMatchObject({ event: 'push', pos: { line: 2, column: 5 } });
  });

  it('strips a UTF-8 BOM without shifting columns', () => {
    const analysis = runEngine(makeRepo({ [GOOD]: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD_TEXT)]) })).analysis;
    expect(analysis.workflows[0]?.name).toEqual({ value: 'good', pos: { line: 1, column: 7 }, end: { line: 1, column: 11 } });
    expect(analysis.findings.filter((f) => f.file === GOOD)).toEqual([]);
  });

  it('keeps the rest of a Latin-1 file, with the bad byte replaced', () => {
    const bytes = Buffer.concat([Buffer.from('name: caf'), Buffer.from([0xe9]), Buffer.from('\non: push\njobs: {}\n')]);
    const w = runEngine(makeRepo({ [BAD]: bytes })).analysis.workflows[0];
    expect(w?.name?.value).toBe('caf\ufffd');
    expect(w?.triggers.map((t) => t.event)).toEqual(['push']);
  });
});

describe('reference loops end and are reported once', () => {
  it('a.yml calls b.yml calls a.yml', () => {
    const call = (target: string) => `on: [push, workflow_call]\njobs:\n  call:\n    uses: ./.github/workflows/${target}\n`;
    const { report } = runEngine(makeRepo({ '.github/workflows/a.yml': call('b.yml'), '.github/workflows/b.yml': call('a.yml') }));
    const loops = report.findings.filter((f) => f.check === 'reference-loop');
    expect(loops).toHaveLength(1);
    expect(loops[0]).toMatchObject({ severity: 'warning', file: '.github/workflows/b.yml', line: 4, column: 11 });
    expect(loops[0]?.message).toContain('.github/workflows/a.yml → .github/workflows/b.yml → .github/workflows/a.yml');
  });

  it('a composite action that uses itself', () => {
    const { report, analysis } = runEngine(
      makeRepo({
        [GOOD]: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./.github/actions/me\n',
        '.github/actions/me/action.yml': 'name: me\nruns:\n  using: composite\n  steps:\n    - run: make test\n      shell: bash\n    - uses: ./.github/actions/me\n',
      }),
    );
    const loops = report.findings.filter((f) => f.check === 'reference-loop');
    expect(loops).toEqual([expect.objectContaining({ file: '.github/actions/me/action.yml', line: 7, column: 13 })]);
    expect(analysis.steps.filter((s) => s.step.runLines.map((l) => l.value).join('\n') === 'make test')).toHaveLength(1);
  });
});

describe('alias bombs stay fast and bounded', () => {
  const laughs = (levels: number): string => {
    const lines = ['x:', '  l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < levels; i++) lines.push(`  l${i}: &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(', ')}]`);
    return lines.join('\n');
  };

  it('billion laughs aliased into env, with, matrix, needs and runs-on', () => {
    const last = 'l9';
    const text = `${laughs(10)}\non: push\nenv: *${last}\njobs:\n  a:\n    runs-on: *${last}\n    needs: *${last}\n    env: {X: *${last}}\n    strategy:\n      matrix: {p: *${last}}\n    steps:\n      - run: make\n        with: {a: *${last}}\n`;
    const started = Date.now();
    const { value, findings } = parseWorkflow(BAD, text);
    expect(Date.now() - started).toBeLessThan(2000);
    const job = value?.jobs[0];
    expect(job?.runsOn).toEqual([]); // labels are text; nested lists are not expanded into labels
    const nine = `[${Array.from({ length: 9 }, () => '[…]').join(', ')}]`; // one level deep, never expanded
    expect(job?.env['X']?.value).toBe(nine);
    expect(job?.matrix?.axes[0]?.values).toEqual(Array.from({ length: 9 }, () => nine));
    expect(JSON.stringify(value).length).toBeLessThan(20_000);
    expectFinding(findings, { severity: 'warning', file: BAD, line: 1, column: 1, says: 'Unknown top-level key "x"' });
  });

  it('thousands of aliases resolve in linear time', () => {
    const text = `on: push\nanchors:\n  r: &r {run: make}\njobs:\n  a:\n    runs-on: x\n    steps:\n${'      - *r\n'.repeat(5000)}`;
    const started = Date.now();
    const { value } = parseWorkflow(BAD, text);
    expect(value?.jobs[0]?.steps).toHaveLength(5000);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('an anchor that contains its own alias does not loop', () => {
    const { value } = parseWorkflow(BAD, 'on: push\njobs: &j\n  a: *j\n  b: &s\n    runs-on: x\n    steps: &st\n      - *st\n      - run: make\n        env: *s\n');
    expect(value?.jobs.map((j) => j.id)).toEqual(['a', 'b']);
    expect(value?.jobs[1]?.steps.map((s) => s.run?.value)).toEqual(['make']);
  });
});

describe('the repository walk', () => {
  it('a missing root folder is one error, not a throw', () => {
    const { report } = runEngine(path.join(makeRepo({}), 'does-not-exist'));
    expectFinding(report.findings, { severity: 'error', file: '.', line: 1, column: 1, says: 'does not exist or cannot be read' });
  });

  it('a missing .github/workflows is a warning', () => {
    const { report } = runEngine(makeRepo({ 'README.md': 'hello\n' }));
    expectFinding(report.findings, { severity: 'warning', file: '.github/workflows', line: 1, column: 1, says: 'There is no ".github/workflows" folder' });
  });

  it('a .github/workflows that is a file is a warning', () => {
    const { report } = runEngine(makeRepo({ '.github/workflows': 'on: push\n' }));
    expectFinding(report.findings, { severity: 'warning', file: '.github/workflows', line: 1, column: 1, says: 'is a file, not a folder' });
  });

  it('symbolic links: a file inside is read; a folder is not descended; outside, broken and looping links are notices', () => {
    const outside = makeRepo({ 'secret.yml': 'on: push\njobs: {}\n' });
    const root = makeRepo({ 'shared/ci.yml': GOOD_TEXT, 'lib/code.py': 'x = 1\n', '.github/workflows/keep.txt': '' });
    fs.symlinkSync(path.join(root, 'shared/ci.yml'), path.join(root, '.github/workflows/linked.yml'));
    fs.symlinkSync(path.join(root, 'lib'), path.join(root, 'lib-link'));
    fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(root, '.github/workflows/outside.yml'));
    fs.symlinkSync(path.join(root, 'nowhere.yml'), path.join(root, '.github/workflows/broken.yml'));
    fs.symlinkSync(path.join(root, 'loop-b'), path.join(root, 'loop-a'));
    fs.symlinkSync(path.join(root, 'loop-a'), path.join(root, 'loop-b'));
    const { report, analysis } = runEngine(root);
    expect(analysis.workflows.map((w) => w.file)).toEqual(['.github/workflows/linked.yml']);
    expect(analysis.repo.files).not.toContain('lib-link/code.py');
    expect(analysis.repo.files).toContain('lib/code.py');
    expect(analysis.repo.read('.github/workflows/outside.yml')).toBeUndefined();
    expectFinding(report.findings, { severity: 'notice', file: '.github/workflows/outside.yml', line: 1, column: 1, says: 'outside the repository' });
    expectFinding(report.findings, { severity: 'notice', file: '.github/workflows/broken.yml', line: 1, column: 1, says: 'does not exist' });
    expectFinding(report.findings, { severity: 'notice', file: 'loop-a', line: 1, column: 1, says: 'loop of links' });
  });

  it('an unreadable file is skipped with a warning (as root, chmod cannot stop the read)', () => {
    const root = makeRepo({ [GOOD]: GOOD_TEXT, [BAD]: 'on: push\njobs: {}\n' });
    fs.chmodSync(path.join(root, BAD), 0o000);
    const repo = indexRepository(root);
    const text = repo.read(BAD);
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot) {
      expect(text).toBe('on: push\njobs: {}\n');
      expect(repo.findings).toEqual([]);
    } else {
      expect(text).toBeUndefined();
      expectFinding(repo.findings, { severity: 'warning', file: BAD, line: 1, column: 1, says: 'could not be read (EACCES)' });
    }
    fs.chmodSync(path.join(root, BAD), 0o644);
  });

  it('a smaller size cap given as an option is honoured', () => {
    const repo = indexRepository(makeRepo({ [GOOD]: GOOD_TEXT }), { maxFileBytes: 10 });
    expect(repo.read(GOOD)).toBeUndefined();
    expectFinding(repo.findings, { severity: 'warning', file: GOOD, line: 1, column: 1, says: 'over the 10 B the tool reads' });
  });
});
