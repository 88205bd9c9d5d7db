/**
 * Steps the tool could not follow (CHECKLIST §2): each kind at its exact place, and the
 * commands that must not be listed (followed ones, programs known by name, manual runs).
 */
import { unfollowedSteps } from '../../../src/analysis/unfollowed.js';
import { CI, RUN_LINE, analyzeRun } from '../../helpers/follow.js';
import { analyzeFiles, workflow } from '../../helpers/repo.js';

type Row = [kind: string, place: string, command: string];

function listed(run: string, files: Record<string, string> = {}): Row[] {
  return unfollowedSteps(analyzeRun(run, files)).map((u) => [u.kind, `${u.command.at.file}:${u.command.at.line}:${u.command.at.column}`, u.command.text]);
}

describe('steps the tool could not follow', () => {
  it('a shell script that is not in the repository is a missing script', () => {
    expect(listed('./scripts/smoke.sh')).toEqual([['missing-script', `${CI}:${RUN_LINE}:11`, './scripts/smoke.sh']]);
  });

  it('a Python script that is not in the repository is a missing script, one that is there is not listed', () => {
    expect(listed('python tools/evaluate.py --split test')).toEqual([['missing-script', `${CI}:${RUN_LINE}:11`, 'python tools/evaluate.py --split test']]);
    expect(listed('python tools/evaluate.py --split test', { 'tools/evaluate.py': 'print(1)\n' })).toEqual([]);
  });

  it.each([
    ['make', 'make test', { Makefile: 'lint:\n\truff check .\n' }, '"Makefile" has no target "test"'],
    ['just', 'just test', { justfile: 'lint:\n    ruff check .\n' }, '"justfile" has no recipe "test"'],
    ['Task', 'task test', { 'Taskfile.yml': 'version: "3"\ntasks:\n  lint:\n    cmds:\n      - ruff check .\n' }, '"Taskfile.yml" has no task "test"'],
    ['mise', 'mise run test', { 'mise.toml': '[tasks.lint]\nrun = "ruff check ."\n' }, 'no mise task "test" is defined'],
    ['nox', 'nox -s tests', { 'noxfile.py': 'import nox\n\n@nox.session\ndef lint(session):\n    session.run("ruff", "check", ".")\n' }, '"noxfile.py" has no nox session "tests"'],
    ['npm', 'npm run e2e', { 'package.json': '{"scripts": {"lint": "eslint ."}}' }, '"package.json" has no script "e2e"'],
    ['poe', 'poe test', { 'pyproject.toml': '[tool.poe.tasks]\nlint = "ruff check ."\n' }, '"pyproject.toml" has no poe task "test"'],
  ])('a %s target its file does not define is an undefined target', (_runner, run, files, reason) => {
    const steps = unfollowedSteps(analyzeRun(run, files));
    expect(steps.map((u) => [u.kind, u.reason, `${u.command.at.file}:${u.command.at.line}`])).toEqual([['undefined-target', reason, `${CI}:${RUN_LINE}`]]);
  });

  it.each([
    ['invoke integration', 'invoke tasks (tasks.py) are not read'],
    ['bazel test //tests/...', 'Bazel BUILD targets are not read'],
    ['nx run web:e2e', 'Nx, Turborepo and Lerna tasks are not read'],
    ['earthly +docs', 'Earthfile targets are not read'],
    ['cargo make ci', 'cargo-make tasks (Makefile.toml) are not read'],
  ])('%s is a runner the tool does not read', (run, reason) => {
    const steps = unfollowedSteps(analyzeRun(run, {}));
    expect(steps.map((u) => [u.kind, u.reason])).toEqual([['unknown-runner', reason]]);
  });

  it.each([
    ['gcloud ai custom-jobs create --region=us-central1 --config=job.yaml'],
    ['az ml job create --file train.yml'],
    ['aws sagemaker create-training-job --cli-input-json file://job.json'],
    ['sbatch train.slurm'],
  ])('%s hands a job to a remote service', (run) => {
    expect(listed(run).map((r) => r[0])).toEqual(['remote-job']);
  });

  it('does not call a path missing where the folder is unknown or the command runs in a container', () => {
    expect(listed('cd "$BUILD_DIR"\npython tools/gen.py')).toEqual([]);
    expect(listed(`docker run --rm img sh -c 'cd /src/api && python3 generate_proto.py'`)).toEqual([]);
    expect(listed('cd /tmp/x\n./run.sh')).toEqual([]);
    expect(listed('(cd docs; npm ci)\n./docs/gen.sh', { 'docs/gen.sh': 'echo\n' })).toEqual([]);
    expect(listed('cd docs\n./docs/gen.sh', { 'docs/gen.sh': 'echo\n' }).map((r) => r[0])).toEqual(['missing-script']);
  });

  it('finds a script in a second checkout of the same repository, and lists one that is nowhere', () => {
    const steps = '      - uses: actions/checkout@v4\n        with:\n          path: trusted\n      - run: python3 trusted/ci/check.py\n      - run: python3 trusted/ci/gone.py\n';
    const a = analyzeFiles({ '.github/workflows/ci.yml': workflow('[push]', steps), 'ci/check.py': 'print(1)\n' });
    expect(unfollowedSteps(a).map((u) => [u.kind, u.command.text])).toEqual([['missing-script', 'python3 trusted/ci/gone.py']]);
  });

  it('a job file that is not in the repository is a missing script', () => {
    expect(listed('sky launch -c gpu tasks/train.yaml').map((r) => [r[0], r[1]])).toEqual([['missing-script', `${CI}:${RUN_LINE}:11`]]);
  });

  it('lists nothing for commands it follows or knows by name', () => {
    const run = ['pip install -e .', 'echo "start"', 'make lint', './scripts/test.sh', 'pytest -q', 'invoke --version', 'mise run lint', 'python -m pytest', 'python -c "print(1)"'].join('\n');
    const files = { Makefile: 'lint:\n\truff check .\n', 'scripts/test.sh': 'pytest tests\n', 'mise.toml': '[tasks.lint]\nrun = "ruff check ."\n' };
    expect(listed(run, files)).toEqual([]);
  });

  it('does not list a target that a Makefile without rules, or one that includes others, might define', () => {
    expect(listed('make test', { Makefile: 'include common.mk\nlint:\n\truff check .\n' })).toEqual([]);
  });

  it('follows what a script runs and lists a step inside it at its own line', () => {
    expect(listed('bash ci/run.sh', { 'ci/run.sh': 'set -e\ninvoke test\n' })).toEqual([['unknown-runner', 'ci/run.sh:2:1', 'invoke test']]);
  });

  it('lists a step once, however many jobs reach it', () => {
    const a = analyzeRun('bash ci/run.sh\nbash ci/run.sh', { 'ci/run.sh': 'invoke test\n' });
    expect(unfollowedSteps(a)).toHaveLength(1);
  });

  it('leaves out steps only a person starts (workflow_dispatch)', () => {
    const a = analyzeFiles({ '.github/workflows/ci.yml': workflow('[workflow_dispatch]', '      - run: invoke test\n') });
    expect(a.unfollowed).toHaveLength(1);
    expect(unfollowedSteps(a)).toEqual([]);
  });

  it('leaves out a step a taught pattern matches', () => {
    const a = analyzeRun('invoke integration', {});
    expect(unfollowedSteps(a, [{ test: (line) => /^invoke integration\b/.test(line) }])).toEqual([]);
  });

  it('hints at the items a task name names, and at none when it names none', () => {
    const [test, other] = unfollowedSteps(analyzeRun('invoke test\ninvoke release-notes-sync', {}));
    expect(test?.items).toEqual(expect.arrayContaining(['unit-tests', 'integration-tests']));
    expect(test?.items).not.toContain('release');
    expect(other?.items).toEqual(expect.arrayContaining(['release']));
    expect(unfollowedSteps(analyzeRun('invoke frobnicate', {}))[0]?.items).toBeUndefined();
  });
});
