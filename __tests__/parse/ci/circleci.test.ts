/**
 * The CircleCI provider, construct by construct: each case a tiny `.circleci/config.yml`
 * with the exact file:line:column of the lines, triggers and findings it must give.
 */
import { readCircleci } from '../../../src/parse/ci/circleci/read.js';
import { findingsOf, jobOf, linesOf, readWith, triggersOf } from './provider-helpers.js';

const F = '.circleci/config.yml';
const cc = (...lines: string[]) => readWith(readCircleci, { [F]: ['version: 2.1', ...lines].join('\n') });
/** A config with one job `t` (steps given) run by workflow `w`. */
const job = (...steps: string[]) => cc('jobs:', '  t:', '    docker: [{image: cimg/python:3.12}]', '    steps:', ...steps, 'workflows:', '  w:', '    jobs: [t]');

describe('CircleCI: steps at their lines', () => {
  it.each([
    ['run as text', ['      - run: pytest -q'], [`${F}:6:14 pytest -q`]],
    [
      'run as a map with a block command',
      ['      - run:', '          name: Tests', '          command: |', '            pip install .', '            pytest'],
      [`${F}:9:13 pip install .`, `${F}:10:13 pytest`],
    ],
    ['checkout runs nothing', ['      - checkout', '      - run: make test'], [`${F}:7:14 make test`]],
    ['a when step with a literal true', ['      - when:', '          condition: true', '          steps: [{run: make docs}]'], [`${F}:8:25 make docs`]],
    ['a when step with a literal false is skipped', ['      - when:', '          condition: false', '          steps: [{run: make docs}]'], []],
  ])('%s', (_name, steps, expected) => {
    const r = job(...steps);
    expect(linesOf(jobOf(r, 't'))).toEqual(expected);
    expect(findingsOf(r)).toEqual([]);
  });

  it('expands a command with its parameters; lines point into the command', () => {
    const r = cc(
      'commands:', //                                          2
      '  install:', //                                         3
      '    parameters:', //                                    4
      '      extras: {type: string, default: dev}', //         5
      '    steps:', //                                         6
      '      - run: pip install -e .[<< parameters.extras >>]', // 7
      'jobs:', //                                              8
      '  t:', //                                               9
      '    docker: [{image: cimg/python:3.12}]', //           10
      '    steps:', //                                        11
      '      - install:', //                                  12
      '          extras: test', //                            13
      '      - install', //                                   14
      'workflows:', //                                        15
      '  w: {jobs: [t]}', //                                  16
    );
    const t = jobOf(r, 't');
    expect(linesOf(t)).toEqual([`${F}:7:14 pip install -e .[test]`, `${F}:7:14 pip install -e .[dev]`]);
    expect(t.steps.map((s) => s.via.map((v) => `${v.line}:${v.column}`))).toEqual([['12:9'], ['14:9']]);
    expect(findingsOf(r)).toEqual([]);
  });

  it('splices steps given as a parameter', () => {
    const r = cc(
      'commands:',
      '  around:',
      '    parameters: {body: {type: steps}}',
      '    steps:',
      '      - run: echo start',
      '      - << parameters.body >>',
      'jobs:',
      '  t:',
      '    docker: [{image: x}]',
      '    steps:',
      '      - around:',
      '          body:',
      '            - run: pytest',
      'workflows:',
      '  w: {jobs: [t]}',
    );
    expect(linesOf(jobOf(r, 't'))).toEqual([`${F}:6:14 echo start`, `${F}:14:20 pytest`]);
  });

  it('reads the image and services of an executor with parameters, and job parameters from the workflow', () => {
    const r = cc(
      'executors:', //                                                    2
      '  py:', //                                                         3
      '    parameters: {v: {type: string, default: "3.11"}}', //         4
      '    docker:', //                                                   5
      '      - image: cimg/python:<< parameters.v >>', //                6
      '      - image: postgres:16', //                                    7
      'jobs:', //                                                         8
      '  t:', //                                                          9
      '    parameters: {suite: {type: string, default: unit}}', //       10
      '    executor: {name: py, v: "3.12"}', //                          11
      '    steps: [{run: pytest tests/<< parameters.suite >>}]', //      12
      'workflows:', //                                                   13
      '  w:', //                                                         14
      '    jobs:', //                                                    15
      '      - t: {suite: slow}', //                                     16
    );
    const t = jobOf(r, 't');
    expect([t.image, t.services]).toEqual([{ value: 'cimg/python:3.12', pos: { line: 6, column: 16 } }, [{ value: 'postgres:16', pos: { line: 7, column: 16 } }]]);
    expect(linesOf(t)).toEqual([`${F}:12:19 pytest tests/slow`]);
  });

  it('reads a matrix and runs the job with its first values', () => {
    const r = cc(
      'jobs:',
      '  t:',
      '    parameters: {py: {type: string}}',
      '    docker: [{image: "cimg/python:<< parameters.py >>"}]',
      '    steps: [{run: tox -e py}]',
      'workflows:',
      '  w:',
      '    jobs:',
      '      - t:',
      '          matrix:',
      '            parameters:',
      '              py: ["3.10", "3.11"]',
    );
    const t = jobOf(r, 't');
    expect(t.matrix?.axes.map((a) => [a.name, a.values, a.pos.line])).toEqual([['py', ['3.10', '3.11'], 13]]);
    expect(t.image?.value).toBe('cimg/python:3.10');
  });

  it('reads one job invoked with different parameter values (pipeline parameters substituted) as a matrix on its first invocation', () => {
    const r = cc(
      'parameters:',
      '  min_py: {type: string, default: "3.7"}',
      '  max_py: {type: string, default: "3.11"}',
      'jobs:',
      '  t:',
      '    parameters: {py_ver: {type: string}, venv: {type: string}}',
      '    docker: [{image: "cimg/python:<< parameters.py_ver >>"}]',
      '    steps: [{run: pytest tests}]',
      'workflows:',
      '  w:',
      '    jobs:',
      '      - t:',
      '          name: t_min',
      '          py_ver: <<pipeline.parameters.min_py>>',
      '          venv: v',
      '      - t:',
      '          name: t_max',
      '          py_ver: <<pipeline.parameters.max_py>>',
      '          venv: v',
    );
    const t = jobOf(r, 't_min');
    expect(t.matrix?.axes.map((a) => [a.name, a.values, a.pos.line])).toEqual([['py_ver', ['3.7', '3.11'], 15]]);
    expect(jobOf(r, 't_max').matrix).toBeUndefined();
  });

  it('a job invoked once, or twice with the same values, is no matrix', () => {
    const r = cc(
      'jobs:',
      '  t:',
      '    parameters: {py: {type: string}}',
      '    docker: [{image: cimg/python:3.12}]',
      '    steps: [{run: pytest}]',
      'workflows:',
      '  w:',
      '    jobs:',
      '      - t:',
      '          name: a',
      '          py: "3.12"',
      '      - t:',
      '          name: b',
      '          py: "3.12"',
    );
    expect(jobOf(r, 'a').matrix).toBeUndefined();
  });

  it('keeps store_test_results as a report', () => {
    const t = jobOf(job('      - run: pytest --junitxml=out/r.xml', '      - store_test_results:', '          path: out'), 't');
    expect(t.reports).toEqual([{ value: 'out', pos: { line: 8, column: 17 } }]);
  });
});

describe('CircleCI: orbs', () => {
  const orbs = (...lines: string[]) => cc('orbs:', '  python: circleci/python@2.1.1', '  codecov: codecov/codecov@4', ...lines);
  it('maps a well-known orb command to what it runs, at the step', () => {
    const r = orbs('jobs:', '  t:', '    docker: [{image: x}]', '    steps:', '      - python/install-packages:', '          pkg-manager: pip', 'workflows:', '  w: {jobs: [t]}');
    expect(linesOf(jobOf(r, 't'))).toEqual([`${F}:9:9 pip install -r requirements.txt`]);
    expect(findingsOf(r)).toEqual([]);
  });
  it('maps a well-known orb job to what it runs', () => {
    const r = orbs('workflows:', '  w:', '    jobs:', '      - python/test:', '          pkg-manager: poetry');
    expect(linesOf(jobOf(r, 'python/test'))).toEqual([`${F}:8:9 poetry install`, `${F}:8:9 poetry run pytest`]);
  });
  it('names an unknown orb as not followed, once', () => {
    const r = orbs('jobs:', '  t:', '    docker: [{image: x}]', '    steps: [codecov/upload, codecov/upload]', 'workflows:', '  w: {jobs: [t]}');
    expect(findingsOf(r)).toEqual([`notice ${F}:8:13 "codecov/upload" comes from the orb "codecov/codecov@4", which mlops-ci-check does not follow; what it runs is not counted.`]);
    expect(jobOf(r, 't').steps.map((s) => s.uses?.value)).toEqual(['codecov/upload', 'codecov/upload']);
  });
  it('follows an inline orb', () => {
    const r = cc(
      'orbs:',
      '  my:',
      '    commands:',
      '      lint:',
      '        steps: [{run: ruff check .}]',
      'jobs:',
      '  t:',
      '    docker: [{image: x}]',
      '    steps: [my/lint]',
      'workflows:',
      '  w: {jobs: [t]}',
    );
    expect(linesOf(jobOf(r, 't'))).toEqual([`${F}:6:23 ruff check .`]);
  });
});

describe('CircleCI: when workflows run', () => {
  const wf = (...lines: string[]) => cc('parameters:', '  nightly: {type: boolean, default: false}', 'jobs:', '  t:', '    docker: [{image: x}]', '    steps: [{run: pytest}]', 'workflows:', ...lines);
  it.each([
    ['no filters: every push, including pull-request branches', ['  w:', '    jobs: [t]'], ['push@.circleci/config.yml:10:12', 'pull-request@.circleci/config.yml:10:12']],
    ['branches only main: pushes to main', ['  w:', '    jobs:', '      - t:', '          filters: {branches: {only: main}}'], ['push@.circleci/config.yml:12:20']],
    [
      'tags only: tags too',
      ['  w:', '    jobs:', '      - t:', '          filters:', '            branches: {ignore: /.*/}', '            tags: {only: /^v.*/}'],
      ['release@.circleci/config.yml:13:13'],
    ],
    [
      'a schedule trigger',
      ['  w:', '    triggers:', '      - schedule:', '          cron: "0 3 * * *"', '          filters: {branches: {only: main}}', '    jobs: [t]'],
      ['schedule@.circleci/config.yml:12:17'],
    ],
    ['when a boolean pipeline parameter (default false): API only', ['  w:', '    when: << pipeline.parameters.nightly >>', '    jobs: [t]'], ['manual@.circleci/config.yml:11:12']],
    [
      'when the trigger source is a scheduled pipeline',
      ['  w:', '    when:', '      equal: [scheduled_pipeline, << pipeline.trigger_source >>]', '    jobs: [t]'],
      ['schedule@.circleci/config.yml:12:12'],
    ],
    [
      'unless a scheduled pipeline',
      ['  w:', '    unless:', '      equal: [scheduled_pipeline, << pipeline.trigger_source >>]', '    jobs: [t]'],
      ['push@.circleci/config.yml:12:12', 'pull-request@.circleci/config.yml:12:12'],
    ],
    ['after an approval job: a person starts it', ['  w:', '    jobs:', '      - hold: {type: approval}', '      - t: {requires: [hold]}'], ['manual@.circleci/config.yml:11:9']],
  ])('%s', (_name, lines, expected) => {
    const r = wf(...lines);
    expect(triggersOf(jobOf(r, 't'))).toEqual(expected);
    expect(findingsOf(r)).toEqual([]);
  });

  it('says in words that a workflow with no filters runs on the branches of pull requests', () => {
    expect(jobOf(wf('  w:', '    jobs: [t]'), 't').conditions).toEqual(['workflow "w" has no branch filter, so it runs on every push to any branch, including the branches of pull requests']);
  });

  it('gives the cron in words', () => {
    const t = jobOf(wf('  w:', '    triggers:', '      - schedule:', '          cron: "0 3 * * 1"', '          filters: {branches: {only: main}}', '    jobs: [t]'), 't');
    expect(t.triggers[0]!.crons).toEqual([{ cron: '0 3 * * 1', description: 'weekly on Monday at 03:00 UTC', pos: { line: 12, column: 17 } }]);
  });
});

describe('CircleCI: bad input becomes located findings', () => {
  it.each([
    ['a syntax error', ['jobs:', '  t:', '    steps: [{run: "x}]'], /^error \.circleci\/config\.yml:\d+:\d+ YAML syntax error/],
    [
      'an unknown step',
      ['jobs:', '  t:', '    docker: [{image: x}]', '    steps: [chekout]', 'workflows:', '  w: {jobs: [t]}'],
      /^error \.circleci\/config\.yml:5:13 "chekout" is not a built-in step or a command/,
    ],
    [
      'a command loop',
      ['commands:', '  a: {steps: [b]}', '  b: {steps: [a]}', 'jobs:', '  t:', '    docker: [{image: x}]', '    steps: [a]', 'workflows:', '  w: {jobs: [t]}'],
      /^error \.circleci\/config\.yml:4:15 Command loop: a → b → a/,
    ],
    [
      'an undeclared parameter',
      ['jobs:', '  t:', '    docker: [{image: x}]', '    steps: [{run: "echo << parameters.nope >>"}]', 'workflows:', '  w: {jobs: [t]}'],
      /^error \.circleci\/config\.yml:5:\d+ "<< parameters\.nope >>" names a parameter that job "t" does not declare/,
    ],
    ['a workflow job that is not defined', ['workflows:', '  w: {jobs: [nope]}'], /^error \.circleci\/config\.yml:3:14 Workflow job "nope" is not defined under "jobs:"/],
    [
      'requires of an unknown job',
      ['jobs:', '  t: {docker: [{image: x}], steps: [checkout]}', 'workflows:', '  w:', '    jobs:', '      - t: {requires: [build]}'],
      /^error \.circleci\/config\.yml:7:24 Job "t" requires "build", which is not a job of workflow "w"/,
    ],
    [
      'an unknown job key',
      ['jobs:', '  t:', '    docker: [{image: x}]', '    stepz: []', '    steps: [checkout]', 'workflows:', '  w: {jobs: [t]}'],
      /^warning \.circleci\/config\.yml:5:5 Unknown key "stepz" in job "t"/,
    ],
    [
      'an orb that is not declared',
      ['jobs:', '  t: {docker: [{image: x}], steps: [node/install-packages]}', 'workflows:', '  w: {jobs: [t]}'],
      /^error \.circleci\/config\.yml:3:37 "node\/install-packages" uses the orb "node", which "orbs:" does not declare/,
    ],
    [
      'an invalid cron',
      ['jobs:', '  t: {docker: [{image: x}], steps: [checkout]}', 'workflows:', '  w:', '    triggers: [{schedule: {cron: "61 * * * *", filters: {branches: {only: main}}}}]', '    jobs: [t]'],
      /^error \.circleci\/config\.yml:6:34 .*CircleCI will not run this schedule/,
    ],
  ])('%s', (_name, lines, expected) => {
    expect(findingsOf(cc(...lines))).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('cuts commands that call commands many times over, with one finding at the job', () => {
    const commands = ['commands:', '  c0: {steps: [{run: echo x}]}'];
    for (let i = 1; i <= 6; i++)
      commands.push(
        `  c${i}: {steps: [${Array(10)
          .fill(`c${i - 1}`)
          .join(', ')}]}`,
      );
    const r = cc(...commands, 'jobs:', '  t: {docker: [{image: x}], steps: [c6]}', 'workflows:', '  w: {jobs: [t]}');
    expect(findingsOf(r)).toEqual([`error ${F}:13:14 The commands of this job expand to more than 5,000 steps; the rest was not read. Call fewer commands from commands.`]);
    expect(jobOf(r, 't').steps.length).toBeLessThanOrEqual(5_000);
  });

  it('says which version it does not read', () => {
    expect(findingsOf(readWith(readCircleci, { [F]: 'version: 1\n' }))).toEqual([`error ${F}:1:10 CircleCI "version: 1" is not read; mlops-ci-check reads versions 2.0 and 2.1.`]);
  });

  it('reads merge keys and anchors', () => {
    const r = cc('defaults: &defaults', '  docker: [{image: cimg/python:3.12}]', '  steps: [{run: pytest}]', 'jobs:', '  t:', '    <<: *defaults', 'workflows:', '  w: {jobs: [t]}');
    expect(linesOf(jobOf(r, 't'))).toEqual([`${F}:4:17 pytest`]);
    expect(jobOf(r, 't').image?.value).toBe('cimg/python:3.12');
  });

  it('runs the job "build" on every push when there are no workflows (2.0)', () => {
    const r = readWith(readCircleci, { [F]: 'version: 2\njobs:\n  build:\n    docker: [{image: x}]\n    steps: [{run: make test}]\n' });
    expect(triggersOf(jobOf(r, 'build'))).toEqual([`push@${F}:3:3`, `pull-request@${F}:3:3`]);
  });
});
