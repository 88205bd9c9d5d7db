/** Vocabulary of the "change-triggers" item: the detection rows its check reads, as data. */
import type { TriggerKind } from '../model/ci.js';

/** Triggers that start no run by themselves: a person (`workflow_dispatch`), or a caller whose triggers count instead (`workflow_call`). */
export const MANUAL_ONLY: ReadonlySet<TriggerKind> = new Set(['manual', 'call']);

/** How to make a scheduled-only pipeline of each CI system run on every change too. */
export const ON_CHANGE_HINT: Readonly<Record<'github-actions' | 'gitlab-ci' | 'circleci', string>> = {
  'github-actions': 'Add "pull_request" to its triggers.',
  'gitlab-ci': 'Add a rule for merge-request pipelines (`if: $CI_PIPELINE_SOURCE == "merge_request_event"`) to the jobs that check the code.',
  circleci: 'Run its jobs in a workflow without a schedule trigger too, so CircleCI runs them on every pushed branch.',
};
