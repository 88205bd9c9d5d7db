import { CI, analyzeRun, describeCommand, findCommand, resolutionFindings } from '../../../helpers/follow.js';

const SCRIPT = ['#!/usr/bin/env bash', 'set -euo pipefail', 'if [ -n "${CI:-}" ]; then', '  pytest tests/unit -q', 'fi', 'cd "$(dirname "$0")/.."', 'python -m pytest tests/e2e'].join('\n');

describe('shell scripts', () => {
  it.each([
    ['bash path', 'bash scripts/test.sh', {}],
    ['sh with options', 'sh -e scripts/test.sh', {}],
    ['./path', './scripts/test.sh', {}],
    ['source', 'source scripts/test.sh', {}],
    ['after cd', 'cd scripts && ./test.sh', {}],
  ])('%s reaches the script line (then-branch included)', (_n, run) => {
    const a = analyzeRun(run, { 'scripts/test.sh': SCRIPT });
    const c = findCommand(a, 'pytest tests/unit');
    expect(c && describeCommand(c)).toEqual({ argv: ['pytest', 'tests/unit', '-q'], at: 'scripts/test.sh:4', via: [`${CI}:8`] });
    expect(c?.at.column).toBe(3);
  });

  it('runs in the caller folder, and `cd "$(dirname "$0")/.."` moves to the script\'s parent', () => {
    const a = analyzeRun('cd scripts\n./test.sh', { 'scripts/test.sh': SCRIPT });
    expect(a.selections.map((s) => [s.cwd, s.paths, `${s.command.at.file}:${s.command.at.line}`])).toEqual([
      ['scripts', ['tests/unit'], 'scripts/test.sh:4'],
      ['', ['tests/e2e'], 'scripts/test.sh:7'],
    ]);
  });

  it('follows a step working-directory', () => {
    const a = analyzeRun('./run_tests.sh', { 'pkg/run_tests.sh': 'pytest' }, '        working-directory: pkg\n');
    expect(a.selections.map((s) => [s.cwd, `${s.command.at.file}:${s.command.at.line}`])).toEqual([['pkg', 'pkg/run_tests.sh:1']]);
  });

  it('follows bash -c text at the run line', () => {
    const a = analyzeRun(`bash -c "pytest tests"`, {});
    expect(describeCommand(findCommand(a, 'pytest')!)).toEqual({ argv: ['pytest', 'tests'], at: `${CI}:8`, via: [`${CI}:8`] });
  });

  it('cuts a script that runs itself, with one finding', () => {
    const a = analyzeRun('bash a.sh', { 'a.sh': 'echo hi\nbash a.sh\n' });
    expect(a.commands.filter((c) => c.argv[0] === 'echo')).toHaveLength(1);
    expect(resolutionFindings(a)).toEqual(['a.sh:2']);
  });

  it('cuts a chain deeper than the limit, with one finding', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 9; i++) files[`s${i}.sh`] = `echo ${i}\nbash s${i + 1}.sh\n`;
    const a = analyzeRun('bash s0.sh', files);
    expect(a.commands.filter((c) => c.argv[0] === 'echo').map((c) => c.argv[1])).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(resolutionFindings(a)).toEqual(['s5.sh:2']);
  });

  it('notes a script that is not in the repository', () => {
    const a = analyzeRun('bash scripts/missing.sh', {});
    expect(resolutionFindings(a)).toEqual([`${CI}:8`]);
  });

  it('inherits cannot-fail from the run line', () => {
    const a = analyzeRun('bash t.sh || true', { 't.sh': 'pytest' });
    expect(findCommand(a, 'pytest')?.cannotFail).toEqual({ why: 'or-true', command: 'bash t.sh', fallback: 'true', at: { file: CI, line: 8, column: 11 } });
  });
});
