/**
 * The CI systems read, one provider per folder beside this file. Adding a system is a
 * folder `<system>/` with an `index.ts` that exports a `CiProvider` (see the comment at the
 * top of model/ci.ts for what it must fill), one row below, and its tests. The CI services
 * still unread are listed in `unread.ts`, so a repository that uses one is told so.
 */
import type { CiProvider, CiReading } from '../../model/ci.js';
import type { RepoIndex } from '../../model/repository.js';
import { CIRCLECI_FILES, circleci } from './circleci/index.js';
import { githubActions } from './github-actions/index.js';
import { GITLAB_CI_FILE, gitlabCi } from './gitlab-ci/index.js';
import { preCommitCi } from './pre-commit-ci/index.js';

export const CI_PROVIDERS: readonly CiProvider[] = [githubActions, preCommitCi, gitlabCi, circleci];

/** The configuration files of the CI systems read besides GitHub Actions. */
export const OTHER_CI_FILES: readonly string[] = [GITLAB_CI_FILE, ...CIRCLECI_FILES];

/** Every provider's reading, concatenated in the order of CI_PROVIDERS. */
export function readCiSystems(repo: RepoIndex, providers: readonly CiProvider[] = CI_PROVIDERS): CiReading {
  const out: CiReading = { pipelines: [], steps: [], findings: [] };
  for (const p of providers) {
    const r = p.read(repo);
    out.pipelines.push(...r.pipelines);
    out.steps.push(...r.steps);
    out.findings.push(...r.findings);
    if (r.adapted) out.adapted = [...(out.adapted ?? []), ...r.adapted];
    if (r.github) out.github = { workflows: [...(out.github?.workflows ?? []), ...r.github.workflows], actions: [...(out.github?.actions ?? []), ...r.github.actions] };
  }
  return out;
}
