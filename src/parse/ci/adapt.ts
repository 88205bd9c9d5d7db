/**
 * The GitLab CI and CircleCI trees (tree.ts) as a `CiReading`: each pipeline in the
 * neutral model (model/ci.ts), and every step as CI runs it (`ExecStep`), whose workflow,
 * job and step take the shape the execution model has (model/github.ts) with the neutral
 * triggers as its event names (`pull-request` → `pull_request`, `manual` →
 * `workflow_dispatch`); the provider's own word stays in the neutral triggers.
 */
import { triggerKindOf, type CannotFail, type CiReading, type ExecStep, type Pipeline, type PipelineJob, type PipelineStep, type Reach, type ReachEvent } from '../../model/ci.js';
import type { CronSchedule, Trigger, Workflow } from '../../model/github.js';
import { refOf } from '../../model/position.js';
import { PROVIDER_NAMES, triggersOfPipeline, type CiJob, type CiPipeline, type CiStep, type CiTrigger, type ProviderResult, type TriggerKind } from './tree.js';

/** The neutral trigger kinds as the execution model's event names. */
export const KIND_EVENT: Readonly<Record<TriggerKind, string>> = {
  'pull-request': 'pull_request',
  push: 'push',
  schedule: 'schedule',
  release: 'release',
  manual: 'workflow_dispatch',
  upstream: 'repository_dispatch',
};

/** A provider's tree as the reading the analysis takes. */
export function adaptReading(result: ProviderResult): CiReading {
  const out: CiReading & { adapted: Workflow[] } = { pipelines: [], steps: [], findings: result.findings, adapted: [] };
  for (const p of result.pipelines) adaptPipeline(p, out);
  return out;
}

/** A schedule kept outside the repository (GitLab pipeline schedules, CircleCI scheduled pipelines). */
function outsideSchedule(p: CiPipeline, t: CiTrigger): CronSchedule {
  const where = p.provider === 'gitlab-ci' ? "in GitLab's pipeline schedules" : "in CircleCI's project settings";
  return { cron: '', description: `on a schedule set ${where} (not in the repository)`, pos: { line: t.at.line, column: t.at.column } };
}

function schedulesOf(p: CiPipeline, triggers: CiTrigger[]): CronSchedule[] {
  return triggers.filter((t) => t.kind === 'schedule').flatMap((t) => (t.crons.length > 0 ? t.crons : [outsideSchedule(p, t)]));
}

/** A CI system's own cannot-fail reason, worded by its provider, at the step. */
function providerCannotFail(s: CiStep): CannotFail | undefined {
  return s.cannotFail === undefined ? undefined : { why: 'ignored-by-ci', at: refOf(s.file, s.pos), words: s.cannotFail };
}

function neutralStep(s: CiStep): PipelineStep {
  const step: PipelineStep = { index: s.index, at: refOf(s.file, s.pos), runLines: s.lines, inputs: s.with, env: s.env, allowFailure: s.cannotFail !== undefined };
  if (s.name) step.name = { value: s.name, pos: s.pos };
  if (s.uses) step.uses = s.uses;
  if (s.conditions.length > 0) step.condition = { value: s.conditions.join('; '), pos: s.pos };
  if (s.workdir) step.workdir = s.workdir;
  return step;
}

function neutralJob(j: CiJob): PipelineJob {
  const job: PipelineJob = {
    id: j.id,
    at: refOf(j.file, j.pos),
    needs: j.needs,
    runsOn: j.image ? [j.image] : [],
    services: j.services,
    env: j.env,
    allowFailure: j.allowFailure?.value === 'true',
    steps: j.steps.map(neutralStep),
  };
  if (j.matrix) {
    const m = j.matrix;
    job.matrix = { at: refOf(j.file, m.pos), axes: m.axes.map((a) => ({ name: a.name, values: a.values, at: refOf(j.file, a.pos) })), include: m.include };
    if (m.expression !== undefined) job.matrix.expression = m.expression;
  }
  if (j.name) job.name = j.name;
  if (j.conditions.length > 0) job.condition = { value: j.conditions.join('; '), pos: j.pos };
  if (j.environment) job.environment = j.environment;
  if (j.child) job.calls = { value: j.child.file, pos: { line: j.child.at.line, column: j.child.at.column } };
  return job;
}

/** A neutral trigger kind as the reach's event: its execution-model name, whose kind decides (see KIND_EVENT). */
function reachEvent(kind: TriggerKind): ReachEvent {
  const original = KIND_EVENT[kind];
  return { kind: triggerKindOf(original), original };
}

/** A trigger in the workflow shape the report's workflow table reads (the execution-model event name). */
function adaptTrigger(p: CiPipeline, t: CiTrigger): Trigger {
  const pos = t.at.file === p.file ? { line: t.at.line, column: t.at.column } : p.pos;
  return { event: KIND_EVENT[t.kind], pos, branches: [], branchesIgnore: [], tags: [], paths: [], pathsIgnore: [], types: [], crons: schedulesOf(p, [t]), workflows: [] };
}

function adaptPipeline(p: CiPipeline, out: CiReading & { adapted: Workflow[] }): void {
  const triggers = triggersOfPipeline(p);
  const name = `${PROVIDER_NAMES[p.provider]}: ${p.name}`;
  const jobs = p.jobs.map(neutralJob);
  const neutral: Pipeline = {
    system: p.provider,
    file: p.file,
    files: p.files,
    name,
    at: refOf(p.file, p.pos),
    triggers: triggers.map((t) => ({ kind: t.kind, original: t.original, at: t.at, filters: [], tags: [], paths: [], schedules: schedulesOf(p, [t]) })),
    env: {},
    jobs,
  };
  if (p.via[0]) neutral.startedBy = p.via[0];
  out.pipelines.push(neutral);
  // The report's workflow table still reads workflows: this pipeline as one, triggers only.
  out.adapted.push({ file: p.file, provider: p.provider, name: { value: name, pos: p.pos }, onPos: p.pos, triggers: triggers.map((t) => adaptTrigger(p, t)), env: {}, jobs: [] });
  p.jobs.forEach((j, ji) => {
    const job = jobs[ji]!;
    const events = [...new Map(j.triggers.map((t) => [KIND_EVENT[t.kind], reachEvent(t.kind)])).values()].sort((x, y) => (x.original < y.original ? -1 : x.original > y.original ? 1 : 0));
    const reach: Reach = { events, schedules: schedulesOf(p, j.triggers), conditions: [`run by ${PROVIDER_NAMES[p.provider]}`, ...j.conditions] };
    j.steps.forEach((s, i) => {
      const stepReach = s.conditions.length > 0 ? { ...reach, conditions: [...reach.conditions, ...s.conditions.map((c) => `step ${s.name ?? i + 1} runs ${c}`)] } : reach;
      const exec: ExecStep = { pipeline: neutral, job, step: job.steps[i]!, file: s.file, via: [...p.via, ...s.via], callers: [], reach: stepReach };
      const cannotFail = providerCannotFail(s);
      if (cannotFail) exec.cannotFail = cannotFail;
      out.steps.push(exec);
    });
  });
}
