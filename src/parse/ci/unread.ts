/**
 * CI services other than GitHub Actions. pre-commit.ci is read (its `ci:` key in
 * .pre-commit-config.yaml means it runs the hooks on every pull request); the others are
 * named as "CI the tool does not read yet" rather than silently ignored (CHECKLIST §2).
 */
import type { Finding } from '../../model/finding.js';
import type { RepoIndex } from '../../model/repository.js';
import { type PreCommitCi, readPreCommit } from './pre-commit-ci/read.js';


export interface ExternalCi {
  preCommitCi?: PreCommitCi;
  /** Other CI configuration files found, by service name. */
  unread: { service: string; file: string }[];
}

const UNREAD: { service: string; test: (p: string) => boolean }[] = [
  { service: 'CircleCI', test: (p) => p === '.circleci/config.yml' || p === '.circleci/config.yaml' },
  { service: 'GitLab CI', test: (p) => p === '.gitlab-ci.yml' },
  { service: 'Travis CI', test: (p) => p === '.travis.yml' },
  { service: 'Azure Pipelines', test: (p) => p === 'azure-pipelines.yml' || p === '.azure-pipelines.yml' },
  { service: 'Jenkins', test: (p) => p === 'Jenkinsfile' },
  { service: 'Buildkite', test: (p) => p === '.buildkite/pipeline.yml' },
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
