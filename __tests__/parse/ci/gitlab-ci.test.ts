/**
 * The GitLab CI provider, construct by construct: each case a tiny `.gitlab-ci.yml` (and
 * the files it includes) with the exact file:line:column of the lines, triggers and
 * findings it must give.
 */
import { evaluateIf } from '../../../src/parse/ci/gitlab-ci/expr.js';
import { readGitlabCi } from '../../../src/parse/ci/gitlab-ci/read.js';
import { findingsOf, jobOf, linesOf, readWith, triggersOf } from './provider-helpers.js';

const F = '.gitlab-ci.yml';
const read = (files: Record<string, string>) => readWith(readGitlabCi, files);
const gl = (...lines: string[]) => read({ [F]: lines.join('\n') });

describe('GitLab CI: scripts at their lines', () => {
  it.each([
    ['script as text', ['test:', '  script: pytest -q'], 'test', [`${F}:2:11 pytest -q`]],
    ['script as a list with a block', ['test:', '  script:', '    - pip install .', '    - |', '      pytest tests', '      coverage xml'], 'test', [`${F}:3:7 pip install .`, `${F}:5:7 pytest tests`, `${F}:6:7 coverage xml`]],
    ['before_script from default:', ['default:', '  before_script:', '    - pip install -e .', 'test:', '  script: pytest'], 'test', [`${F}:3:7 pip install -e .`, `${F}:5:11 pytest`]],
    ['old top-level before_script', ['before_script: [make deps]', 'test:', '  script: [make test]'], 'test', [`${F}:1:17 make deps`, `${F}:3:12 make test`]],
    ['inherit: default: false drops defaults', ['default:', '  before_script: [make deps]', 'test:', '  inherit:', '    default: false', '  script: [make test]'], 'test', [`${F}:6:12 make test`]],
    ['extends: lines stay in the template', ['.base:', '  script:', '    - pytest -m unit', 'unit:', '  extends: .base'], 'unit', [`${F}:3:7 pytest -m unit`]],
    ['extends: the job overrides, maps merge', ['.base:', '  script: [a]', '  variables: {A: "1"}', 'unit:', '  extends: [.base]', '  script: [b]'], 'unit', [`${F}:6:12 b`]],
    ['anchors and merge keys', ['.t: &t', '  script:', '    - tox -e py', 'unit:', '  <<: *t', '  stage: test'], 'unit', [`${F}:3:7 tox -e py`]],
    ['!reference splices the referenced lines', ['.setup:', '  script:', '    - pip install .', 'unit:', '  script:', '    - !reference [.setup, script]', '    - pytest'], 'unit', [`${F}:3:7 pip install .`, `${F}:7:7 pytest`]],
    ['spec: header keeps positions', ['spec:', '  inputs:', '    py: {default: "3.12"}', '---', 'unit:', '  script: pytest'], 'unit', [`${F}:6:11 pytest`]],
  ])('%s', (_name, lines, job, expected) => {
    const r = gl(...lines);
    expect(linesOf(jobOf(r, job))).toEqual(expected);
    expect(findingsOf(r)).toEqual([]);
  });

  it('says which !reference led to a line', () => {
    const r = gl('.setup:', '  script: [pip install .]', 'unit:', '  script:', '    - !reference [.setup, script]');
    const step = jobOf(r, 'unit').steps[0]!;
    // The reference's list, after the tag.
    expect(step.via).toEqual([{ file: F, line: 5, column: 18 }]);
  });

  it('after_script cannot fail the job', () => {
    const j = jobOf(gl('test:', '  script: [pytest]', '  after_script: [pytest --lf]'), 'test');
    expect(j.steps.map((s) => [s.name, s.cannotFail ?? null])).toEqual([
      ['script', null],
      ['after_script', 'it is in "after_script" of job "test", whose failure does not fail the job'],
    ]);
  });

  it('allow_failure: true makes every step of the job unable to fail it', () => {
    const j = jobOf(gl('test:', '  script: [pytest]', '  allow_failure: true'), 'test');
    expect(j.allowFailure).toEqual({ value: 'true', pos: { line: 3, column: 18 } });
    expect(j.steps[0]!.cannotFail).toBe(`job "test" has "allow_failure: true" (${F}:3)`);
  });

  it('allow_failure with exit codes is kept but the job still fails on other codes', () => {
    const j = jobOf(gl('test:', '  script: [pytest]', '  allow_failure:', '    exit_codes: [137]'), 'test');
    expect(j.allowFailure?.value).toBe('exit codes 137');
    expect(j.steps[0]!.cannotFail).toBeUndefined();
  });
});

describe('GitLab CI: job facts', () => {
  const r = gl(
    'stages: [build, test, deploy]', //                    1
    'train:', //                                           2
    '  stage: build', //                                   3
    '  image: python:3.12', //                             4
    '  services:', //                                      5
    '    - postgres:16', //                                6
    '    - name: redis:7', //                              7
    '  parallel:', //                                      8
    '    matrix:', //                                      9
    '      - PY: ["3.11", "3.12"]', //                    10
    '        TORCH: ["2.3"]', //                          11
    '  script: [python train.py]', //                     12
    '  artifacts:', //                                    13
    '    reports:', //                                    14
    '      junit: report.xml', //                         15
    'deploy:', //                                         16
    '  stage: deploy', //                                 17
    '  needs: [train, {job: train}]', //                  18
    '  environment:', //                                  19
    '    name: production', //                            20
    '  script: [./deploy.sh]', //                         21
  );
  const train = jobOf(r, 'train');
  const deploy = jobOf(r, 'deploy');
  it.each([
    ['stage', () => train.stage, { value: 'build', pos: { line: 3, column: 10 } }],
    ['image', () => train.image, { value: 'python:3.12', pos: { line: 4, column: 10 } }],
    ['services', () => train.services, [{ value: 'postgres:16', pos: { line: 6, column: 7 } }, { value: 'redis:7', pos: { line: 7, column: 13 } }]],
    ['parallel:matrix', () => train.matrix?.axes.map((a) => [a.name, a.values, a.pos.line]), [['PY', ['3.11', '3.12'], 10], ['TORCH', ['2.3'], 11]]],
    ['junit reports', () => train.reports, [{ value: 'report.xml', pos: { line: 15, column: 14 } }]],
    ['needs', () => deploy.needs.map((n) => n.value), ['train', 'train']],
    ['environment', () => deploy.environment, { value: 'production', pos: { line: 20, column: 11 } }],
  ])('%s', (_name, get, expected) => {
    expect(get()).toEqual(expected);
  });
  it('has no findings', () => expect(findingsOf(r)).toEqual([]));
});

describe('GitLab CI: when jobs run', () => {
  it.each([
    ['no rules: branch and tag pipelines (and by hand)', ['t:', '  script: [x]'], ['push@.gitlab-ci.yml:1:1', 'release@.gitlab-ci.yml:1:1', 'manual@.gitlab-ci.yml:1:1']],
    ['merge_request_event → pull-request', ['t:', '  script: [x]', '  rules:', '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"'], ['pull-request@.gitlab-ci.yml:4:7']],
    ['schedule → schedule', ['t:', '  script: [x]', '  rules:', "    - if: '$CI_PIPELINE_SOURCE == \"schedule\"'"], ['schedule@.gitlab-ci.yml:4:7']],
    ['a tag → release', ['t:', '  script: [x]', '  rules:', '    - if: $CI_COMMIT_TAG'], ['release@.gitlab-ci.yml:4:7']],
    ['web or api → manual', ['t:', '  script: [x]', '  rules:', '    - if: $CI_PIPELINE_SOURCE == "web" || $CI_PIPELINE_SOURCE == "api"'], ['manual@.gitlab-ci.yml:4:7']],
    ['a push to a named branch is not a tag pipeline', ['t:', '  script: [x]', '  rules:', '    - if: \'$CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_REF_NAME == "master"\''], ['push@.gitlab-ci.yml:4:7']],
    ['branch pipelines → push', ['t:', '  script: [x]', '  rules:', '    - if: $CI_COMMIT_BRANCH'], ['push@.gitlab-ci.yml:4:7', 'manual@.gitlab-ci.yml:4:7']],
    ['when: never excludes', ['t:', '  script: [x]', '  rules:', '    - if: $CI_PIPELINE_SOURCE == "schedule"', '      when: never', '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"'], ['pull-request@.gitlab-ci.yml:6:7']],
    ['when: manual in a rule → manual at the when', ['t:', '  script: [x]', '  rules:', '    - if: $CI_COMMIT_TAG', '      when: manual'], ['manual@.gitlab-ci.yml:5:13']],
    ['job-level when: manual', ['t:', '  script: [x]', '  when: manual'], ['manual@.gitlab-ci.yml:3:9']],
    ['only: merge_requests', ['t:', '  script: [x]', '  only: [merge_requests]'], ['pull-request@.gitlab-ci.yml:3:9']],
    ['only: schedules', ['t:', '  script: [x]', '  only:', '    - schedules'], ['schedule@.gitlab-ci.yml:4:5']],
    ['only: tags', ['t:', '  script: [x]', '  only: [tags]'], ['release@.gitlab-ci.yml:3:9']],
    ['except: tags', ['t:', '  script: [x]', '  except: [tags]'], ['push@.gitlab-ci.yml:3:11', 'manual@.gitlab-ci.yml:3:11']],
    ['workflow: rules keep only merge requests', ['workflow:', '  rules:', '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"', 't:', '  script: [x]', '  rules:', '    - when: always'], ['pull-request@.gitlab-ci.yml:7:7']],
    ['rules from a !reference', ['.r:', '  rules:', '    - if: $CI_PIPELINE_SOURCE == "schedule"', 't:', '  script: [x]', '  rules:', '    - !reference [.r, rules]'], ['schedule@.gitlab-ci.yml:3:7']],
  ])('%s', (_name, lines, expected) => {
    const r = gl(...lines);
    expect(triggersOf(jobOf(r, 't'))).toEqual(expected);
    expect(findingsOf(r)).toEqual([]);
  });

  it('keeps an undecidable rule as a condition in words', () => {
    const j = jobOf(gl('gpu:', '  script: [x]', '  rules:', '    - if: $CI_MERGE_REQUEST_LABELS =~ /gpu/'), 'gpu');
    expect(triggersOf(j)).toEqual(['pull-request@.gitlab-ci.yml:4:7']);
    expect(j.conditions).toEqual(['job "gpu" runs in merge-request pipelines only when $CI_MERGE_REQUEST_LABELS =~ /gpu/']);
  });

  it('keeps changes: as a condition', () => {
    const j = jobOf(gl('t:', '  script: [x]', '  rules:', '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"', '      changes: [data/**/*]'), 't');
    expect(triggersOf(j)).toEqual(['pull-request@.gitlab-ci.yml:4:7']);
    expect(j.conditions).toEqual(['job "t" runs in merge-request pipelines only when files matching "data/**/*" change']);
  });

  it('records where a manual job waits', () => {
    expect(jobOf(gl('d:', '  script: [x]', '  when: manual'), 'd').manual).toEqual({ value: 'manual', pos: { line: 3, column: 9 } });
  });
});

describe('GitLab CI: includes and child pipelines', () => {
  it('follows a local include, with positions in the included file', () => {
    const r = read({ [F]: 'include:\n  - local: /ci/test.yml\n', 'ci/test.yml': 'unit:\n  script:\n    - pytest\n' });
    expect(linesOf(jobOf(r, 'unit'))).toEqual(['ci/test.yml:3:7 pytest']);
    expect(r.pipelines[0]!.files).toEqual([F, 'ci/test.yml']);
    expect(findingsOf(r)).toEqual([]);
  });

  it('follows wildcard and short-form local includes; the including file wins', () => {
    const r = read({ [F]: "include: 'ci/*.yml'\nunit:\n  script: [pytest -x]\n", 'ci/a.yml': 'unit:\n  script: [pytest]\n  stage: test\n', 'ci/b.yml': 'lint:\n  script: [ruff check]\n' });
    expect(linesOf(jobOf(r, 'unit'))).toEqual([`${F}:3:12 pytest -x`]);
    expect(linesOf(jobOf(r, 'lint'))).toEqual(['ci/b.yml:2:12 ruff check']);
    expect(jobOf(r, 'unit').stage?.pos).toEqual({ line: 3, column: 10 });
  });

  it.each([
    ['remote', 'include:\n  - remote: https://example.com/ci.yml\nt:\n  script: [x]\n', `notice ${F}:2:13 mlops-ci-check does not follow the remote include "https://example.com/ci.yml"; the jobs it defines are not read, so practices they run are not counted.`],
    ['project', "include:\n  - project: group/ci\n    file: /py.yml\nt:\n  script: [x]\n", `notice ${F}:2:14 mlops-ci-check does not follow the project include "group/ci (/py.yml)"; the jobs it defines are not read, so practices they run are not counted.`],
    ['template', 'include:\n  - template: Python.gitlab-ci.yml\nt:\n  script: [x]\n', `notice ${F}:2:15 mlops-ci-check does not follow the template include "Python.gitlab-ci.yml"; the jobs it defines are not read, so practices they run are not counted.`],
    ['missing local', 'include: /ci/none.yml\nt:\n  script: [x]\n', `error ${F}:1:10 The local include "/ci/none.yml" is not in the repository; GitLab fails the pipeline. Fix the path (it is relative to the repository root).`],
  ])('names a %s include it does not follow', (_name, text, expected) => {
    expect(findingsOf(read({ [F]: text }))).toEqual([expected]);
  });

  it('reads GitLab\'s workflow templates as their rules, placed at the include', () => {
    const r = read({ [F]: "include:\n  - template: 'Workflows/Branch-Pipelines.gitlab-ci.yml'\nt:\n  script: [x]\n  rules:\n    - when: on_success\n" });
    expect(triggersOf(jobOf(r, 't'))).toEqual([`push@${F}:6:7`, `release@${F}:6:7`, `manual@${F}:6:7`]);
    expect(findingsOf(r)).toEqual([]);
  });

  it('reports an include loop where it closes, and reads each file once', () => {
    const r = read({ [F]: 'include: /a.yml\nt:\n  script: [x]\n', 'a.yml': 'include: /b.yml\n', 'b.yml': 'include: /a.yml\nu:\n  script: [y]\n' });
    expect(findingsOf(r)).toEqual([`error b.yml:1:10 Include loop: .gitlab-ci.yml → a.yml → b.yml → a.yml; GitLab rejects it. Remove one of the includes.`.replace('.gitlab-ci.yml → ', '')]);
    expect(linesOf(jobOf(r, 'u'))).toEqual(['b.yml:3:12 y']);
  });

  it('follows a local child pipeline; its jobs run when the trigger job runs', () => {
    const r = read({
      [F]: ['deploy-model:', '  rules:', '    - if: $CI_PIPELINE_SOURCE == "schedule"', '  trigger:', '    include: ci/child.yml', '    strategy: depend'].join('\n'),
      'ci/child.yml': 'serve:\n  script: [python serve.py]\n',
    });
    expect(r.pipelines.map((p) => [p.name, p.file, p.via])).toEqual([
      ['pipeline', F, []],
      ['child pipeline of job "deploy-model"', 'ci/child.yml', [{ file: F, line: 5, column: 14 }]],
    ]);
    const serve = jobOf(r, 'serve');
    expect(linesOf(serve)).toEqual(['ci/child.yml:2:12 python serve.py']);
    expect(triggersOf(serve)).toEqual([`schedule@${F}:3:7`]);
    expect(serve.conditions).toEqual(['in the child pipeline "ci/child.yml" started by job "deploy-model"']);
    expect(findingsOf(r)).toEqual([]);
  });

  it('names a multi-project or generated child pipeline as not followed', () => {
    const r = gl('a:', '  trigger: group/other', 'b:', '  trigger:', '    include:', '      - artifact: gen.yml', '        job: gen');
    expect(findingsOf(r)).toEqual([
      `notice ${F}:2:12 Job "a" starts a pipeline in project "group/other"; mlops-ci-check does not follow it, so practices it runs are not counted.`,
      `notice ${F}:6:9 Job "b" starts a child pipeline generated by a job (an artifact); mlops-ci-check does not follow it, so practices it runs are not counted.`,
    ]);
  });
});

describe('GitLab CI: bad input becomes located findings', () => {
  it.each([
    ['a syntax error', ['t:', '  script: [x', 'u:', '  script: [y]'], /^error \.gitlab-ci\.yml:\d+:\d+ YAML syntax error/],
    ['an extends cycle', ['.a:', '  extends: .b', '.b:', '  extends: .a', 't:', '  extends: .a', '  script: [x]'], /^error \.gitlab-ci\.yml:4:12 "extends" loop: \.a → \.b → \.a; GitLab rejects/],
    ['extends of nothing', ['t:', '  extends: .nope', '  script: [x]'], /^error \.gitlab-ci\.yml:2:12 Job "t" extends "\.nope", which is not defined/],
    ['a !reference to nothing', ['t:', '  script:', '    - !reference [.nope, script]'], /^error \.gitlab-ci\.yml:3:18 "!reference \[\.nope, script\]" names nothing/],
    ['an unknown job key', ['t:', '  script: [x]', '  scirpt: [y]'], /^warning \.gitlab-ci\.yml:3:3 Unknown key "scirpt" in job "t"/],
    ['a job without script', ['t:', '  stage: test'], /^error \.gitlab-ci\.yml:1:1 Job "t" has no "script:" or "trigger:"/],
    ['a stage not listed', ['stages: [build]', 't:', '  stage: test', '  script: [x]'], /^error \.gitlab-ci\.yml:3:10 Job "t" is in stage "test", which "stages:" does not list/],
    ['needs of an unknown job', ['t:', '  needs: [build]', '  script: [x]'], /^error \.gitlab-ci\.yml:2:11 Job "t" needs "build", which is not a job of this pipeline/],
    ['rules and only together', ['t:', '  script: [x]', '  only: [main]', '  rules:', '    - when: always'], /^error \.gitlab-ci\.yml:5:5 Job "t" has both "rules:" and "only:"/],
    ['a duplicate key', ['t:', '  script: [x]', 't:', '  script: [y]'], /^error \.gitlab-ci\.yml:3:1 The key "t" is repeated in the same mapping; GitLab rejects a configuration with duplicate keys/],
  ])('%s', (_name, lines, expected) => {
    expect(findingsOf(gl(...lines))).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('reads the other jobs of a file with a broken job', () => {
    const r = gl('t:', '  script: [x', 'ok:', '  script: [pytest]');
    expect(r.pipelines.flatMap((p) => p.jobs.map((j) => j.id))).toContain('ok');
  });

  it('cuts an anchor bomb at the alias that passes the budget, and goes on', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i <= 6; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const r = gl('.bomb:', ...bomb.map((l) => `  ${l}`), 'unit:', '  script: [pytest]');
    expect(findingsOf(r)).toEqual([expect.stringMatching(/^error \.gitlab-ci\.yml:6:3 Aliases here expand to more than 100,000 values \(an "anchor bomb"\)/)]);
    expect(linesOf(jobOf(r, 'unit'))).toEqual([`${F}:10:12 pytest`]);
  });

  it('cuts a "reference bomb" at a budget, with one finding at the job', () => {
    const lines = ['.l0:', '  script: [echo x]'];
    for (let i = 1; i <= 8; i++) lines.push(`.l${i}:`, '  script:', ...Array.from({ length: 10 }, () => `    - !reference [.l${i - 1}, script]`));
    const r = gl(...lines, 'job:', '  script:', '    - !reference [.l8, script]');
    expect(findingsOf(r)).toEqual([`error ${F}:99:1 The "!reference" tags of this job expand to more than 20,000 values; the rest was not read. Reference fewer or smaller sections.`]);
    expect(jobOf(r, 'job').steps.flatMap((s) => s.lines).length).toBeLessThan(20_000);
  });

  it('says when the file defines no job', () => {
    expect(findingsOf(gl('.hidden:', '  script: [x]'))).toEqual([`error ${F}:1:1 "${F}" defines no job GitLab can run (a job is a mapping with "script:" whose name does not start with "."), so GitLab runs nothing.`]);
  });
});

describe('GitLab CI: rules: if: in three values', () => {
  it.each([
    ['$CI_PIPELINE_SOURCE == "merge_request_event"', 'merge_request_event', 'true'],
    ['$CI_PIPELINE_SOURCE == "merge_request_event"', 'push', 'false'],
    ["$CI_PIPELINE_SOURCE == 'schedule' || $CI_COMMIT_TAG", 'tag', 'true'],
    ['$CI_COMMIT_TAG', 'push', 'false'],
    ['$CI_COMMIT_TAG == null', 'push', 'true'],
    ['$CI_COMMIT_BRANCH', 'merge_request_event', 'false'],
    ['$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', 'push', 'unknown'],
    ['$CI_COMMIT_REF_NAME == "main"', 'tag', 'false'],
    ['$CI_COMMIT_REF_NAME =~ /^v\\d/', 'tag', 'unknown'],
    ['$CI_PIPELINE_SOURCE =~ /^(push|web)$/', 'web', 'true'],
    ['($CI_PIPELINE_SOURCE == "push") && $DEPLOY', 'push', 'unknown'],
    ['($CI_PIPELINE_SOURCE == "push") && $DEPLOY', 'schedule', 'false'],
    ['$CI_MERGE_REQUEST_IID != null', 'merge_request_event', 'true'],
    ['not an expression ==', 'push', 'unknown'],
  ] as const)('%s in %s → %s', (expr, source, expected) => {
    expect(evaluateIf(expr, source)).toBe(expected);
  });
});
