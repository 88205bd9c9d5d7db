/**
 * The GitLab CI and CircleCI scenario repositories, beyond their expected.txt lines: the
 * summary names each pipeline with its CI, the JSON report names each pipeline's
 * provider, evidence and the test inventory say when things run, and allow_failure tests
 * gate nothing.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEngine } from '../../src/engine.js';
import { renderJson } from '../../src/report/json.js';
import { renderSummary } from '../../src/report/summary.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = (name: string) => runEngine(path.join(here, '..', '__fixtures__', 'repos', name), { displayPath: name, ignore: (p) => p === 'expected.txt' });
const ctx = { serverUrl: 'https://github.com', repository: 'octo/x', sha: 'abc123' };

describe('an ML library on GitLab CI', () => {
  const { report, analysis } = repo('gitlab-ml-library');
  it('reads the pipeline and its child pipeline, with the included template', () => {
    expect(analysis.pipelines.map((p) => [p.system, p.name, p.file, p.files, p.startedBy])).toEqual([
      ['gitlab-ci', 'GitLab CI: pipeline', '.gitlab-ci.yml', ['.gitlab-ci.yml', 'ci/templates.yml'], undefined],
      ['gitlab-ci', 'GitLab CI: child pipeline of job "docs"', 'ci/docs.yml', ['ci/docs.yml'], { file: '.gitlab-ci.yml', line: 73, column: 14 }],
    ]);
  });
  it('lists both in the summary under "CI pipelines", linked at the commit', () => {
    const md = renderSummary(report, { links: ctx });
    expect(md).toContain('<details><summary>CI pipelines (2)</summary>');
    expect(md).toContain('| GitLab CI: pipeline<br>[.gitlab-ci.yml:1](https://github.com/octo/x/blob/abc123/.gitlab-ci.yml#L1) | GitLab CI | merge requests, branch pushes, schedule (on a schedule set in GitLab\'s pipeline schedules (not in the repository)), tags, manual |');
    expect(md).toContain('| GitLab CI: child pipeline of job "docs"<br>[ci/docs.yml:1](https://github.com/octo/x/blob/abc123/ci/docs.yml#L1) | GitLab CI | branch pushes, manual |');
  });
  it('names the provider of each pipeline in the JSON report', () => {
    const json = JSON.parse(renderJson(report)) as { workflows: { provider: string; file: string }[] };
    expect(json.workflows.map((w) => [w.provider, w.file])).toEqual([
      ['gitlab-ci', '.gitlab-ci.yml'],
      ['gitlab-ci', 'ci/docs.yml'],
    ]);
  });
  it('runs the slow suite only on the schedule, and the other tests on merge requests', () => {
    const slow = report.tests.files.find((f) => f.path === 'tests/slow/test_convergence.py');
    expect(slow?.runs).toEqual(['schedule']);
    expect(report.tests.files.find((f) => f.path === 'tests/test_training.py')?.runs).toEqual(['pull_request', 'push']);
  });
  it('counts the manual publish as present, not automated', () => {
    const release = report.items.find((i) => i.id === 'release')!;
    expect(release.verdict).toBe('present');
    expect(release.evidence[0]).toMatchObject({ file: '.gitlab-ci.yml', line: 65, column: 7, triggers: ['workflow_dispatch'] });
  });
});

describe('GitHub Actions and CircleCI together', () => {
  const { report } = repo('github-and-circleci');
  it('lists the GitHub workflow and both CircleCI workflows', () => {
    expect(report.workflows.map((w) => [w.provider, w.name, w.triggers.map((t) => t.event)])).toEqual([
      ['github-actions', 'CI', ['push', 'pull_request']],
      ['circleci', 'CircleCI: docs', ['pull_request', 'push']],
      ['circleci', 'CircleCI: nightly-regression', ['schedule']],
    ]);
    expect(report.workflows[2]!.triggers[0]!.schedules).toEqual([{ cron: '0 2 * * *', description: 'daily at 02:00 UTC', line: 47, column: 17 }]);
  });
  it('gates the model on the nightly CircleCI regression, at the line that runs it', () => {
    const gate = report.items.find((i) => i.id === 'quality-gate')!;
    expect(gate.verdict).toBe('automated');
    expect(gate.evidence[0]!.triggers).toEqual(['schedule']);
    expect(gate.evidence[0]!.conditions).toEqual([
      'run by `pytest tests/regression --junitxml=results/regression.xml` at .circleci/config.yml:36',
      'run by CircleCI',
      'the schedule of workflow "nightly-regression" runs on branches matching "main"',
    ]);
  });
  it('names the scheduled-only CircleCI workflow and says how to run it on changes, in CircleCI terms', () => {
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        check: 'change-triggers',
        file: '.circleci/config.yml',
        line: 44,
        column: 3,
        message: 'Workflow CircleCI: nightly-regression (.circleci/config.yml) runs only on a schedule ("0 2 * * *": daily at 02:00 UTC), so changes are not checked until then. Run its jobs in a workflow without a schedule trigger too, so CircleCI runs them on every pushed branch.',
      }),
    );
  });

  it('says in words that the docs workflow runs on the branches of pull requests', () => {
    const md = renderSummary(report);
    expect(md).toContain('| CircleCI: docs<br>.circleci/config.yml:1 | CircleCI | pull-request branches, every push |');
  });
});

describe('a repository whose only CI is GitLab, with allow_failure tests', () => {
  const { report } = repo('gitlab-allow-failure');
  it('counts the tests as run but warns that they gate nothing', () => {
    expect(report.items.find((i) => i.id === 'unit-tests')?.verdict).toBe('automated');
    expect(report.findings).toContainEqual(expect.objectContaining({ check: 'unit-tests', file: '.gitlab-ci.yml', line: 9, column: 7, message: expect.stringContaining('job "tests" has "allow_failure: true" (.gitlab-ci.yml:10)') }));
  });
  it('does not count the metric assertion as a quality gate', () => {
    const gate = report.items.find((i) => i.id === 'quality-gate')!;
    expect(gate.verdict).toBe('present');
  });
  it('does not complain that .github/workflows is missing', () => {
    expect(report.findings.filter((f) => f.check === 'workflows')).toEqual([]);
  });
});
