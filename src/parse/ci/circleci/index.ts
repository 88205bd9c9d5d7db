/**
 * The CircleCI provider: `.circleci/config.yml`, each workflow a pipeline (read.ts), as
 * pipelines in the neutral model and steps as CI runs them (../adapt.ts).
 */
import type { CiProvider } from '../../../model/ci.js';
import { adaptReading } from '../adapt.js';
import { readCircleci } from './read.js';

export { CIRCLECI_FILES } from './read.js';

export const circleci: CiProvider = {
  id: 'circleci',
  title: 'CircleCI',
  read: (repo) => adaptReading(readCircleci(repo)),
};
