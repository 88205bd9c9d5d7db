/**
 * The pre-commit.ci provider: a `.pre-commit-config.yaml` with a `ci:` key is run by
 * pre-commit.ci on every pull request. Its pipeline has one job whose steps are the hooks;
 * the commands the hooks run are followed by the pre-commit task resolver
 * (parse/run/tasks/pre-commit.ts), which builds the step CI runs.
 */
import type { CiProvider, Pipeline } from '../../../model/ci.js';
import { PRE_COMMIT_CONFIG, readPreCommit } from './read.js';

export const preCommitCi: CiProvider = {
  id: 'pre-commit-ci',
  title: 'pre-commit.ci',
  read(repo) {
    const pc = readPreCommit(repo);
    if (!pc?.ciKey) return { pipelines: [], steps: [], findings: [] };
    const skipped = new Set(pc.ciSkip ?? []);
    const pipeline: Pipeline = {
      system: 'pre-commit-ci',
      file: PRE_COMMIT_CONFIG,
      name: 'pre-commit.ci',
      at: pc.ciKey,
      env: {},
      triggers: [{ kind: 'pull-request', original: 'pull_request', at: pc.ciKey, filters: [], tags: [], paths: [], schedules: [] }],
      jobs: [
        {
          id: 'pre-commit',
          at: pc.ciKey,
          needs: [],
          runsOn: [],
          services: [],
          env: {},
          allowFailure: false,
          steps: pc.hooks
            .filter((h) => !skipped.has(h.id))
            .map((h, index) => {
              const pos = { line: h.line, column: h.column };
              return { index, at: { file: PRE_COMMIT_CONFIG, ...pos }, name: { value: h.id, pos }, uses: { value: `pre-commit hook ${h.id}`, pos }, runLines: [], inputs: {}, env: {}, allowFailure: false };
            }),
        },
      ],
    };
    // Findings of a broken config are reported once, by the pre-commit task resolver.
    return { pipelines: [pipeline], steps: [], findings: [] };
  },
};
