/**
 * The GitLab CI provider: `.gitlab-ci.yml` with its local includes and child pipelines
 * (read.ts), as pipelines in the neutral model and steps as CI runs them (../adapt.ts).
 */
import type { CiProvider } from '../../../model/ci.js';
import { adaptReading } from '../adapt.js';
import { readGitlabCi } from './read.js';

export { GITLAB_CI_FILE } from './read.js';

export const gitlabCi: CiProvider = {
  id: 'gitlab-ci',
  title: 'GitLab CI',
  read: (repo) => adaptReading(readGitlabCi(repo)),
};
