/** GitHub Actions workflows in the provider-neutral model: triggers, jobs, steps, with places. */
import { githubActions } from '../../../../src/parse/ci/github-actions/index.js';
import { triggerKindOf } from '../../../../src/parse/ci/github-actions/pipelines.js';
import { indexRepository } from '../../../../src/parse/repo.js';
import { makeRepo } from '../../../helpers/repo.js';

const WF = [
  'name: ci', //                                   1
  'on:', //                                        2
  '  pull_request_target:', //                     3
  '  push:', //                                    4
  '    branches: [main]', //                       5
  '  schedule:', //                                6
  '    - cron: "0 3 * * 1"', //                    7
  '  workflow_dispatch:', //                       8
  'jobs:', //                                      9
  '  test:', //                                   10
  '    runs-on: ubuntu-latest', //                11
  '    if: github.event_name != \'schedule\'', // 12
  '    continue-on-error: true', //               13
  '    environment: staging', //                  14
  '    strategy:', //                             15
  '      matrix:', //                             16
  '        python: ["3.11", "3.12"]', //          17
  '    steps:', //                                18
  '      - uses: actions/checkout@v4', //         19
  '      - run: pytest -q', //                    20
  '        working-directory: app', //            21
  '        continue-on-error: true', //           22
  '        env: { CI: "1" }', //                  23
  '  deploy:', //                                 24
  '    needs: [test]', //                         25
  '    uses: ./.github/workflows/deploy.yml', //  26
  '',
].join('\n');

describe('GitHub Actions as pipelines', () => {
  const reading = githubActions.read(indexRepository(makeRepo({ '.github/workflows/ci.yml': WF })));
  const [p] = reading.pipelines;

  it('maps each event to the neutral vocabulary and keeps the original with its place', () => {
    expect(p!.triggers.map((t) => [t.kind, t.original, `${t.at.file}:${t.at.line}:${t.at.column}`, t.filters])).toEqual([
      ['pull-request', 'pull_request_target', '.github/workflows/ci.yml:3:3', []],
      ['push', 'push', '.github/workflows/ci.yml:4:3', ['main']],
      ['schedule', 'schedule', '.github/workflows/ci.yml:6:3', []],
      ['manual', 'workflow_dispatch', '.github/workflows/ci.yml:8:3', []],
    ]);
    expect(p!.triggers[2]!.schedules.map((s) => s.cron)).toEqual(['0 3 * * 1']);
  });

  it('keeps jobs with condition, environment, matrix, allowFailure and needs', () => {
    const [test, deploy] = p!.jobs;
    expect(test).toMatchObject({ id: 'test', condition: { value: "github.event_name != 'schedule'" }, environment: { value: 'staging' }, allowFailure: true, needs: [] });
    expect(test!.matrix?.axes.map((m) => [m.name, m.values])).toEqual([['python', ['3.11', '3.12']]]);
    expect(deploy).toMatchObject({ id: 'deploy', needs: [{ value: 'test' }], calls: { value: './.github/workflows/deploy.yml' }, steps: [] });
  });

  it('keeps steps that run commands or call actions, with their places', () => {
    expect(p!.jobs[0]!.steps.map((s) => [s.uses?.value ?? s.runLines.map((l) => l.value).join('\n'), `${s.at.line}:${s.at.column}`, s.allowFailure, s.workdir?.value ?? null, Object.fromEntries(Object.entries(s.env).map(([k, v]) => [k, v.value]))])).toEqual([
      ['actions/checkout@v4', '19:9', false, null, {}],
      ['pytest -q', '20:9', true, 'app', { CI: '1' }],
    ]);
  });

  it('keeps the GitHub structure under `github`', () => {
    expect(p!.github?.workflow.file).toBe('.github/workflows/ci.yml');
    expect(p!.jobs[0]!.github?.job.id).toBe('test');
  });

  test.each([
    ['pull_request', 'pull-request'],
    ['merge_group', 'merge-queue'],
    ['release', 'release'],
    ['workflow_run', 'upstream'],
    ['workflow_call', 'call'],
    ['workflow_dispatch', 'manual'],
    ['repository_dispatch', 'external'],
    ['issue_comment', 'activity'],
    ['pull_request_review', 'activity'],
  ])('%s is %s', (event, kind) => expect(triggerKindOf(event)).toBe(kind));
});
