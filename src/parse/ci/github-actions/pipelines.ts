/** GitHub Actions workflows as provider-neutral pipelines (model/ci.ts), with the GitHub structure kept under `github`. */
import type { Pipeline, PipelineJob, PipelineStep, PipelineTrigger, TriggerKind } from '../../../model/ci.js';
import type { Located } from '../../../model/position.js';
import { refOf } from '../../../model/position.js';
import type { Job, Step, Trigger, Workflow } from '../../../model/github.js';

/** GitHub event names in the neutral vocabulary; an event not listed is `external`. */
export const GITHUB_EVENT_KINDS: Readonly<Record<string, TriggerKind>> = {
  pull_request: 'pull-request',
  pull_request_target: 'pull-request',
  pull_request_review: 'pull-request',
  pull_request_review_comment: 'pull-request',
  push: 'push',
  merge_group: 'merge-queue',
  schedule: 'schedule',
  release: 'release',
  create: 'release',
  workflow_dispatch: 'manual',
  workflow_run: 'upstream',
  workflow_call: 'upstream',
  repository_dispatch: 'external',
};

export function triggerKindOf(event: string): TriggerKind {
  return GITHUB_EVENT_KINDS[event] ?? 'external';
}

const values = (list: readonly Located<string>[]): string[] => list.map((l) => l.value);

function toTrigger(file: string, t: Trigger): PipelineTrigger {
  return {
    kind: triggerKindOf(t.event),
    original: t.event,
    at: refOf(file, t.pos),
    filters: [...values(t.branches), ...values(t.branchesIgnore).map((b) => `!${b}`), ...values(t.tags), ...values(t.paths), ...values(t.pathsIgnore).map((p) => `!${p}`)],
    schedules: t.crons,
  };
}

const env = (e: Record<string, Located<string>>): Record<string, string> => Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v.value]));

function toStep(file: string, s: Step): PipelineStep {
  const out: PipelineStep = { at: refOf(file, s.pos), env: env(s.env), allowFailure: s.continueOnError?.value === 'true' };
  if (s.name) out.name = s.name.value;
  if (s.run) out.run = s.run.value;
  if (s.uses) out.uses = s.uses.value;
  if (s.if) out.condition = s.if.value;
  if (s.workingDirectory) out.workdir = s.workingDirectory.value;
  return out;
}

function toJob(file: string, j: Job): PipelineJob {
  const out: PipelineJob = {
    id: j.id,
    at: refOf(file, j.pos),
    needs: values(j.needs),
    matrix: (j.matrix?.axes ?? []).map((a) => ({ name: a.name, values: a.values, at: refOf(file, a.pos) })),
    allowFailure: j.continueOnError?.value === 'true',
    steps: j.steps.map((s) => toStep(file, s)),
    github: { job: j },
  };
  if (j.name) out.name = j.name.value;
  if (j.if) out.condition = j.if.value;
  if (j.environment) out.environment = j.environment.value;
  if (j.uses) out.calls = j.uses.value;
  return out;
}

export function toPipeline(wf: Workflow): Pipeline {
  const out: Pipeline = { system: 'github-actions', file: wf.file, triggers: wf.triggers.map((t) => toTrigger(wf.file, t)), jobs: wf.jobs.map((j) => toJob(wf.file, j)), github: { workflow: wf } };
  if (wf.name) out.name = wf.name.value;
  return out;
}
