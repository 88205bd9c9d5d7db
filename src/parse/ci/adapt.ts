/**
 * The GitLab CI and CircleCI trees (tree.ts) as a `CiReading`: each pipeline in the
 * neutral model (model/ci.ts), and every step as CI runs it (`ExecStep`), whose workflow,
 * job and step take the shape the execution model has (model/github.ts) with the neutral
 * triggers as its event names (`pull-request` → `pull_request`, `manual` →
 * `workflow_dispatch`); the provider's own word stays in the neutral triggers.
 */
import type { CiReading, ExecStep, Pipeline, PipelineJob, Reach } from '../../model/ci.js';
import type { CronSchedule, Job, Step, Trigger, Workflow } from '../../model/github.js';
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

function adaptTrigger(p: CiPipeline, t: CiTrigger): Trigger {
  const pos = t.at.file === p.file ? { line: t.at.line, column: t.at.column } : p.pos;
  return { event: KIND_EVENT[t.kind], pos, branches: [], branchesIgnore: [], tags: [], paths: [], pathsIgnore: [], types: [], crons: schedulesOf(p, [t]), workflows: [] };
}

function adaptStep(s: CiStep): Step {
  const step: Step = { index: s.index, pos: s.pos, runLines: s.lines, with: s.with, env: s.env };
  if (s.name) step.name = { value: s.name, pos: s.pos };
  if (s.uses) step.uses = s.uses;
  if (s.lines.length > 0) step.run = { value: s.lines.map((l) => l.value).join('\n'), pos: s.pos };
  if (s.workdir) step.workingDirectory = s.workdir;
  return step;
}

function adaptJob(j: CiJob): Job {
  const job: Job = { id: j.id, pos: j.pos, needs: j.needs, runsOn: [], services: j.services, with: {}, env: j.env, steps: j.steps.map(adaptStep) };
  if (j.name) job.name = { value: j.name, pos: j.pos };
  if (j.matrix) job.matrix = j.matrix;
  if (j.environment) job.environment = j.environment;
  if (j.image) job.container = j.image;
  if (j.allowFailure?.value === 'true') job.continueOnError = j.allowFailure;
  return job;
}

const values = (env: Record<string, { value: string }>): Record<string, string> => Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.value]));

function neutralJob(j: CiJob): PipelineJob {
  const job: PipelineJob = {
    id: j.id,
    at: refOf(j.file, j.pos),
    needs: j.needs.map((n) => n.value),
    matrix: (j.matrix?.axes ?? []).map((a) => ({ name: a.name, values: a.values, at: refOf(j.file, a.pos) })),
    allowFailure: j.allowFailure?.value === 'true',
    steps: j.steps.map((s) => ({
      at: refOf(s.file, s.pos),
      ...(s.name ? { name: s.name } : {}),
      ...(s.lines.length > 0 ? { run: s.lines.map((l) => l.value).join('\n') } : {}),
      ...(s.uses ? { uses: s.uses.value } : {}),
      env: values(s.env),
      ...(s.conditions.length > 0 ? { condition: s.conditions.join('; ') } : {}),
      allowFailure: s.cannotFail !== undefined,
      ...(s.workdir ? { workdir: s.workdir.value } : {}),
    })),
  };
  if (j.name) job.name = j.name;
  if (j.conditions.length > 0) job.condition = j.conditions.join('; ');
  if (j.environment) job.environment = j.environment.value;
  if (j.child) job.calls = j.child.file;
  return job;
}

function adaptPipeline(p: CiPipeline, out: CiReading & { adapted: Workflow[] }): void {
  const triggers = triggersOfPipeline(p);
  const name = `${PROVIDER_NAMES[p.provider]}: ${p.name}`;
  const neutral: Pipeline = {
    system: p.provider,
    file: p.file,
    files: p.files,
    name,
    triggers: triggers.map((t) => ({ kind: t.kind, original: t.original, at: t.at, filters: [], schedules: schedulesOf(p, [t]) })),
    jobs: p.jobs.map(neutralJob),
  };
  if (p.via[0]) neutral.startedBy = p.via[0];
  out.pipelines.push(neutral);
  const workflow: Workflow = { file: p.file, provider: p.provider, name: { value: name, pos: p.pos }, onPos: p.pos, triggers: triggers.map((t) => adaptTrigger(p, t)), env: {}, jobs: [] };
  out.adapted.push(workflow);
  for (const j of p.jobs) {
    const job = adaptJob(j);
    workflow.jobs.push(job);
    const events = [...new Set(j.triggers.map((t) => KIND_EVENT[t.kind]))].sort();
    const reach: Reach = { events, schedules: schedulesOf(p, j.triggers), conditions: [`run by ${PROVIDER_NAMES[p.provider]}`, ...j.conditions] };
    j.steps.forEach((s, i) => {
      const stepReach = s.conditions.length > 0 ? { ...reach, conditions: [...reach.conditions, ...s.conditions.map((c) => `step ${s.name ?? i + 1} runs ${c}`)] } : reach;
      const exec: ExecStep = { workflow, job, step: job.steps[i]!, file: s.file, via: [...p.via, ...s.via], callers: [], reach: stepReach };
      if (s.cannotFail) exec.cannotFail = s.cannotFail;
      out.steps.push(exec);
    });
  }
}
