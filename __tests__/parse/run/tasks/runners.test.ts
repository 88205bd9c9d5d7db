import { parseShell, substitutions } from '../../../../src/parse/commands.js';
import { analyzeFiles } from '../../../helpers/repo.js';
import { CI, analyzeRun, describeCommand, findCommand, resolutionFindings } from '../../../helpers/follow.js';

const MISE = [
  '[tools]', //                                  1
  'python = "3.12"', //                          2
  '', //                                         3
  '[tasks]', //                                  4
  'fmt = "ruff format --check ."', //            5
  '', //                                         6
  '[tasks.lint]', //                             7
  'run = "ruff check ."', //                     8
  'depends = ["fmt"]', //                        9
  '', //                                         10
  '[tasks.test]', //                             11
  'alias = "t"', //                              12
  'depends = ["lint"]', //                       13
  'run = [', //                                  14
  '  "pytest tests/unit",', //                   15
  '  "pytest tests/integration",', //            16
  ']', //                                        17
  'depends_post = ["report"]', //                18
  '', //                                         19
  '[tasks.report]', //                           20
  'run = "coverage report"', //                  21
  '', //                                         22
  '[tasks.ci]', //                               23
  'run = [{ task = "test" }]', //                24
].join('\n');

const FILE_TASK = ['#!/usr/bin/env bash', '#MISE depends=["fmt"]', 'python -m pytest tests/e2e'].join('\n');

describe('mise tasks', () => {
  const files = { 'mise.toml': MISE, 'mise-tasks/test/e2e': FILE_TASK };
  it.each([
    ['mise run → run string, dependencies first', 'mise run lint', 'ruff format', { argv: ['ruff', 'format', '--check', '.'], at: 'mise.toml:5', via: [`${CI}:8`] }],
    ['mise run → run list, each element at its line', 'mise run test', 'pytest tests/integration', { argv: ['pytest', 'tests/integration'], at: 'mise.toml:16', via: [`${CI}:8`, 'mise.toml:11'] }],
    ['depends_post runs after', 'mise run test', 'coverage', { argv: ['coverage', 'report'], at: 'mise.toml:21', via: [`${CI}:8`, 'mise.toml:20'] }],
    ['shorthand `mise <task>`', 'mise lint', 'ruff check', { argv: ['ruff', 'check', '.'], at: 'mise.toml:8', via: [`${CI}:8`, 'mise.toml:7'] }],
    ['alias and `mise r`', 'mise r t', 'pytest tests/unit', { argv: ['pytest', 'tests/unit'], at: 'mise.toml:15', via: [`${CI}:8`, 'mise.toml:11'] }],
    ['{ task = x } in run', 'mise run ci', 'pytest tests/unit', { argv: ['pytest', 'tests/unit'], at: 'mise.toml:15', via: [`${CI}:8`, 'mise.toml:23', 'mise.toml:24', 'mise.toml:11'] }],
    ['several tasks with :::', 'mise run fmt ::: report', 'coverage', { argv: ['coverage', 'report'], at: 'mise.toml:21', via: [`${CI}:8`, 'mise.toml:20'] }],
    ['file task test:e2e', 'mise run test:e2e', 'pytest tests/e2e', { argv: ['pytest', 'tests/e2e'], at: 'mise-tasks/test/e2e:3', via: [`${CI}:8`, 'mise-tasks/test/e2e:1'] }],
    ['mise exec -- cmd', 'mise exec python@3.12 -- pytest tests/x', 'pytest', { argv: ['pytest', 'tests/x'], at: `${CI}:8`, via: [`${CI}:8`] }],
  ])('%s', (_n, run, prefix, expected) => {
    const a = analyzeRun(run, files);
    const c = findCommand(a, prefix);
    expect(c && describeCommand(c)).toEqual(expected);
  });

  it('follows monorepo names: //:task in the root config, //path:task in that folder', () => {
    const a = analyzeRun('mise //:lint\nmise run //web:unit', { ...files, 'web/mise.toml': '[tasks.unit]\nrun = "vitest run"\n' });
    expect(describeCommand(findCommand(a, 'ruff check')!)).toEqual({ argv: ['ruff', 'check', '.'], at: 'mise.toml:8', via: [`${CI}:8`, 'mise.toml:7'] });
    expect(describeCommand(findCommand(a, 'vitest')!)).toEqual({ argv: ['vitest', 'run'], at: 'web/mise.toml:2', via: [`${CI}:9`, 'web/mise.toml:1'] });
    expect(a.unfollowed).toEqual([]);
  });

  it('finds tasks in .config/mise.toml and runs them from the project root', () => {
    const a = analyzeRun('mise run unit', { '.config/mise.toml': '[tasks.unit]\nrun = "pytest tests"\n' });
    const c = findCommand(a, 'pytest');
    expect(c && describeCommand(c)).toEqual({ argv: ['pytest', 'tests'], at: '.config/mise.toml:2', via: [`${CI}:8`, '.config/mise.toml:1'] });
  });

  it('a mise subcommand is not a task, and an unknown task is a notice at the step', () => {
    expect(findCommand(analyzeRun('mise install', { 'mise.toml': MISE }), 'ruff')).toBeUndefined();
    const a = analyzeRun('mise run nope', { 'mise.toml': MISE });
    expect(resolutionFindings(a)).toEqual([`${CI}:8`]);
  });
});

describe('job submission and containers', () => {
  it.each([
    [
      'ray job submit -- cmd, in --working-dir',
      'ray job submit --address $RAY --working-dir ml -- python train.py --epochs 1',
      'python',
      { argv: ['python', 'train.py', '--epochs', '1'], at: `${CI}:8`, via: [`${CI}:8`] },
    ],
    ['anyscale job submit file → entrypoint', 'anyscale job submit -f jobs/train.yaml', 'python', { argv: ['python', 'train.py'], at: 'jobs/train.yaml:2', via: [`${CI}:8`] }],
    ['anyscale jobs submit positional yaml', 'anyscale jobs submit jobs/train.yaml --wait', 'python', { argv: ['python', 'train.py'], at: 'jobs/train.yaml:2', via: [`${CI}:8`] }],
    ['anyscale job submit -- cmd', 'anyscale job submit --name x -- python evaluate.py', 'python', { argv: ['python', 'evaluate.py'], at: `${CI}:8`, via: [`${CI}:8`] }],
    ['sky launch yaml → run lines', 'sky launch -c gpu sky/task.yaml --yes', 'python eval', { argv: ['python', 'eval.py'], at: 'sky/task.yaml:6', via: [`${CI}:8`] }],
    ['sky launch yaml → setup lines', 'sky jobs launch sky/task.yaml', 'pip', { argv: ['pip', 'install', '-r', 'requirements.txt'], at: 'sky/task.yaml:3', via: [`${CI}:8`] }],
    ['sky exec cluster cmd', 'sky exec mycluster python train.py', 'python', { argv: ['python', 'train.py'], at: `${CI}:8`, via: [`${CI}:8`] }],
    ['docker compose run svc cmd', 'docker compose -f ci/compose.yml run --rm -e X=1 app pytest tests', 'pytest', { argv: ['pytest', 'tests'], at: `${CI}:8`, via: [`${CI}:8`] }],
    ['docker-compose exec svc cmd', 'docker-compose exec -T app python -m pytest -q', 'pytest', { argv: ['pytest', '-q'], at: `${CI}:8`, via: [`${CI}:8`] }],
    ['docker compose run svc → service command', 'docker compose run tests', 'pytest', { argv: ['pytest', 'tests/integration'], at: 'docker-compose.yml:4', via: [`${CI}:8`] }],
    ['docker run image cmd', 'docker run --rm -v $PWD:/w -w /w --gpus all img:1 bash -c "pytest tests && ruff check ."', 'ruff', { argv: ['ruff', 'check', '.'], at: `${CI}:8`, via: [`${CI}:8`] }],
  ])('%s', (_n, run, prefix, expected) => {
    const a = analyzeRun(run, {
      'jobs/train.yaml': ['name: train', 'entrypoint: python train.py', 'working_dir: .'].join('\n'),
      'sky/task.yaml': ['resources:', '  accelerators: T4', 'setup: pip install -r requirements.txt', 'run: |', '  cd ml', '  python eval.py'].join('\n'),
      'docker-compose.yml': ['services:', '  tests:', '    image: x', '    command: pytest tests/integration'].join('\n'),
    });
    const c = findCommand(a, prefix);
    expect(c && describeCommand(c)).toEqual(expected);
  });

  it('a docker run without a command runs nothing the tool can read', () => {
    const a = analyzeRun('docker run --rm -p 8080:80 nginx:1', {});
    expect(a.commands.map((c) => c.argv[0])).toEqual(['docker']);
  });

  it('a missing job file is a notice at the step', () => {
    const a = analyzeRun('anyscale job submit -f jobs/none.yaml', {});
    expect(resolutionFindings(a)).toEqual([`${CI}:8`]);
  });

  it('commands reached in a container keep the step triggers and the container working dir', () => {
    const a = analyzeRun('ray job submit --working-dir ml -- pytest tests', { 'ml/tests/test_a.py': 'def test_a():\n    assert 1\n', 'tests/test_b.py': 'def test_b():\n    assert 1\n' });
    expect([...a.inventory.reachedBy.keys()].filter((k) => (a.inventory.reachedBy.get(k) ?? []).length > 0)).toEqual(['ml/tests/test_a.py']);
  });
});

describe('command substitution', () => {
  it.each([
    ['x=$(python evaluate.py)', [{ text: 'python evaluate.py', column: 5 }]],
    [
      'echo "$(pytest -q)" `ruff check .`',
      [
        { text: 'pytest -q', column: 9 },
        { text: 'ruff check .', column: 22 },
      ],
    ],
    ["echo '$(not run)'", []],
    ['echo $((1 + 2))', []],
    ['x="$(a "$(b)")"', [{ text: 'a "$(b)"', column: 6 }]],
  ])('%s', (line, expected) => {
    expect(substitutions(line).map((s) => ({ text: s.text, column: s.offset + 1 }))).toEqual(expected);
  });

  it('a bare assignment keeps the exit code; other uses swallow it', () => {
    const cmds = parseShell([{ value: 'score=$(python evaluate.py)', pos: { line: 3, column: 7 } }]);
    expect(cmds).toEqual([{ text: 'python evaluate.py', argv: ['python', 'evaluate.py'], line: 3, column: 15 }]);
    const used = parseShell([{ value: 'echo "acc: $(python evaluate.py)"', pos: { line: 1, column: 1 } }]);
    expect(used.map((c) => [c.argv[0], c.cannotFail !== undefined])).toEqual([
      ['python', true],
      ['echo', false],
    ]);
  });

  it("a call of the script's own function is not a program; the function's body is read where it is written", () => {
    const script = [
      'SETUP="setup.py"',
      'build() {',
      '    python "$SETUP" sdist bdist_wheel || die "failed"',
      '}',
      'function lint { ruff check .; }',
      'deploy_all () (',
      '  echo deploy',
      ')',
      'for dir in $DIRS; do',
      '    build $dir',
      'done',
      'X=1 lint',
      'out=$(deploy_all)',
      'python -m build',
    ].map((value, i) => ({ value, pos: { line: i + 1, column: 1 } }));
    const cmds = parseShell(script).map((c) => `${c.line}:${c.argv.join(' ')}`);
    expect(cmds).toEqual(['1:SETUP=setup.py', '3:python $SETUP sdist bdist_wheel', '3:die failed', '5:ruff check .', '7:echo deploy', '14:build']);
  });

  it('a substitution in a run step is followed like any command', () => {
    const a = analyzeRun('ACC=$(bash scripts/eval.sh)', { 'scripts/eval.sh': 'python evaluate.py --model m.pkl\n' });
    const c = findCommand(a, 'python');
    expect(c && describeCommand(c)).toEqual({ argv: ['python', 'evaluate.py', '--model', 'm.pkl'], at: 'scripts/eval.sh:1', via: [`${CI}:8`] });
  });
});

describe('script-style python tests', () => {
  it('python path/test_x.py selects that test file; python train.py selects none', () => {
    const files = { 'tests/test_model.py': 'import unittest\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1)\nif __name__ == "__main__":\n    unittest.main()\n' };
    const a = analyzeRun('python tests/test_model.py\npython train.py', files);
    const ran = [...a.inventory.reachedBy.entries()].filter(([, cs]) => cs.length > 0).map(([p, cs]) => `${p} ← ${cs.map((c) => c.text).join(', ')}`);
    expect(ran).toEqual(['tests/test_model.py ← python tests/test_model.py']);
  });

  it('a script-style test with top-level asserts and no test function is inventoried when CI runs it by path', () => {
    const files = {
      'integration-test/test_docker.py': 'import requests\nurl = "http://localhost:8080/invocations"\nr = requests.post(url, json={"x": 1}).json()\nassert r["prediction"] > 0\nassert "model" in r\n',
      'integration-test/run.sh': 'cd "$(dirname "$0")"\ndocker build -t m .\npipenv run python test_docker.py\n',
    };
    const a = analyzeRun('. integration-test/run.sh', files);
    const f = a.inventory.files.find((t) => t.path === 'integration-test/test_docker.py');
    expect(f && { cases: f.cases, framework: f.framework }).toEqual({ cases: 2, framework: 'pytest' });
    expect((a.inventory.reachedBy.get('integration-test/test_docker.py') ?? []).map((c) => `${c.at.file}:${c.at.line}`)).toEqual(['integration-test/run.sh:3']);
  });
});

describe('scripts of a tests folder', () => {
  it('a script of a tests folder that asserts is a script-style test run by CI; one that asserts nothing is neither a test nor a note', () => {
    const files = {
      'ml/tests/train_smoke.py': 'from m import train\nif __name__ == "__main__":\n    model = train([1], [0])\n    assert model is not None\n',
      'ml/tests/make_fixtures.py': 'import json\njson.dump({"a": 1}, open("fixtures.json", "w"))\n',
    };
    const a = analyzeRun('cd ml && python tests/train_smoke.py\ncd ml && python tests/make_fixtures.py', files);
    const ran = [...a.inventory.reachedBy.entries()].filter(([, cs]) => cs.length > 0).map(([p, cs]) => `${p} ← ${cs.map((c) => c.text).join(', ')}`);
    expect(ran).toEqual(['ml/tests/train_smoke.py ← python tests/train_smoke.py']);
    expect(a.inventory.files.map((f) => f.path)).toEqual(['ml/tests/train_smoke.py']);
    expect(a.findings.filter((f) => f.message.includes('make_fixtures'))).toEqual([]);
  });
});

describe('defaults.run.working-directory', () => {
  const TEST = 'def test_a():\n    assert 1\n';
  const reached = (a: ReturnType<typeof analyzeFiles>) => [...a.inventory.reachedBy.entries()].filter(([, cs]) => cs.length > 0).map(([p]) => p);
  it.each([
    [
      'job defaults',
      'jobs:\n  t:\n    runs-on: ubuntu-latest\n    defaults:\n      run:\n        working-directory: ./bindings/python\n    steps:\n      - run: pytest tests/\n',
      ['bindings/python/tests/test_a.py'],
    ],
    [
      'workflow defaults',
      'defaults:\n  run:\n    working-directory: bindings/python\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest tests/\n',
      ['bindings/python/tests/test_a.py'],
    ],
    [
      'a step working-directory wins over defaults',
      'defaults:\n  run:\n    working-directory: bindings/python\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest tests/\n        working-directory: .\n',
      ['tests/test_a.py'],
    ],
  ])('%s', (_n, body, expected) => {
    const a = analyzeFiles({ '.github/workflows/ci.yml': `on: push\n${body}`, 'bindings/python/tests/test_a.py': TEST, 'tests/test_a.py': TEST });
    expect(reached(a)).toEqual(expected);
  });
});

describe('pixi feature tasks', () => {
  const PYPROJECT = [
    '[tool.pixi.environments]', //                 1
    'lint = ["lint"]', //                          2
    'test = { features = ["tests"] }', //          3
    '', //                                         4
    '[tool.pixi.feature.lint.tasks]', //           5
    'lint = "ruff check ."', //                    6
    '', //                                         7
    '[tool.pixi.feature.tests.tasks]', //          8
    'tests = "pytest skops"', //                   9
  ].join('\n');
  it.each([
    ['pixi run -e ENV TASK → the feature of that environment', 'pixi run -e lint lint', 'ruff', { argv: ['ruff', 'check', '.'], at: 'pyproject.toml:6', via: [`${CI}:8`] }],
    ['--environment= and a features table', 'pixi run --environment=test tests', 'pytest', { argv: ['pytest', 'skops'], at: 'pyproject.toml:9', via: [`${CI}:8`] }],
    ['no environment: any feature that defines the task', 'pixi run tests', 'pytest', { argv: ['pytest', 'skops'], at: 'pyproject.toml:9', via: [`${CI}:8`] }],
  ])('%s', (_n, run, prefix, expected) => {
    const c = findCommand(analyzeRun(run, { 'pyproject.toml': PYPROJECT }), prefix);
    expect(c && describeCommand(c)).toEqual(expected);
  });
});
