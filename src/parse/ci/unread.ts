/**
 * CI services other than GitHub Actions. pre-commit.ci is read (its `ci:` key in
 * .pre-commit-config.yaml means it runs the hooks on every pull request); the others are
 * named as "CI the tool does not read yet" rather than silently ignored (CHECKLIST §2).
 * GitLab CI and CircleCI are read as pipelines (gitlab-ci/, circleci/).
 */
import type { Finding } from '../../model/finding.js';
import type { RepoIndex } from '../../model/repository.js';
import { type PreCommitCi, readPreCommit } from './pre-commit-ci/read.js';

export interface ExternalCi {
  preCommitCi?: PreCommitCi;
  /** Other CI configuration files found, by service name. */
  unread: { service: string; file: string }[];
}

/** CI systems named but not read (GitLab CI and CircleCI are read by their providers beside this file). */
export const UNREAD: { service: string; test: (p: string) => boolean }[] = [
  { service: 'Travis CI', test: (p) => p === '.travis.yml' },
  { service: 'Azure Pipelines', test: (p) => p === 'azure-pipelines.yml' || p === '.azure-pipelines.yml' || p === 'azure-pipelines.yaml' },
  { service: 'Jenkins', test: (p) => p === 'Jenkinsfile' },
  { service: 'Buildkite', test: (p) => p === '.buildkite/pipeline.yml' || p === '.buildkite/pipeline.yaml' },
  { service: 'Bitbucket Pipelines', test: (p) => p === 'bitbucket-pipelines.yml' },
  { service: 'Drone', test: (p) => p === '.drone.yml' },
  { service: 'Woodpecker', test: (p) => p === '.woodpecker.yml' || p === '.woodpecker.yaml' || /^\.woodpecker\/[^/]+\.ya?ml$/.test(p) },
  { service: 'Google Cloud Build', test: (p) => p === 'cloudbuild.yaml' || p === 'cloudbuild.yml' },
];

export function readExternalCi(repo: RepoIndex): { external: ExternalCi; findings: Finding[] } {
  const findings: Finding[] = [];
  const external: ExternalCi = { unread: [] };
  const pc = readPreCommit(repo);
  if (pc) {
    findings.push(...pc.findings);
    if (pc.ciKey) external.preCommitCi = { at: pc.ciKey, hooks: pc.hooks };
  }
  for (const file of repo.files) {
    const u = UNREAD.find((x) => x.test(file));
    if (!u) continue;
    external.unread.push({ service: u.service, file });
    findings.push({ severity: 'notice', file, line: 1, column: 1, check: 'external-ci', message: `${u.service} is configured in "${file}"; mlops-ci-check does not read ${u.service} yet, so practices it runs are not counted.` });
  }
  return { external, findings };
}
