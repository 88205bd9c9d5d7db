/**
 * CI systems the tool names but does not read: each configuration file becomes a notice at
 * line 1 that says so, and GitLab CI and CircleCI (read as pipelines) are no longer among them.
 */
import { readExternalCi } from '../../../src/parse/ci/unread.js';
import { indexRepository } from '../../../src/parse/repo.js';
import { makeRepo } from '../../helpers/repo.js';

describe('CI systems named as not read', () => {
  it.each([
    ['Jenkinsfile', 'Jenkins'],
    ['azure-pipelines.yml', 'Azure Pipelines'],
    ['.buildkite/pipeline.yml', 'Buildkite'],
    ['.travis.yml', 'Travis CI'],
    ['bitbucket-pipelines.yml', 'Bitbucket Pipelines'],
    ['.drone.yml', 'Drone'],
    ['.woodpecker.yml', 'Woodpecker'],
    ['.woodpecker/test.yaml', 'Woodpecker'],
  ])('%s → %s', (file, service) => {
    const { external, findings } = readExternalCi(indexRepository(makeRepo({ [file]: 'x: 1\n' })));
    expect(external.unread).toEqual([{ service, file }]);
    expect(findings).toEqual([
      { severity: 'notice', file, line: 1, column: 1, check: 'external-ci', message: `${service} is configured in "${file}"; mlops-ci-check does not read ${service} yet, so practices it runs are not counted.` },
    ]);
  });

  it('does not list GitLab CI or CircleCI, which are read', () => {
    const { external } = readExternalCi(indexRepository(makeRepo({ '.gitlab-ci.yml': 't:\n  script: [x]\n', '.circleci/config.yml': 'version: 2.1\n' })));
    expect(external.unread).toEqual([]);
  });
});
