/**
 * The GitLab CI and CircleCI pipelines in the execution model the checks read today:
 * each pipeline a workflow (named with its provider), each job a job, each step with its
 * command lines at their own positions, and the neutral triggers as the event names the
 * model uses (`pull-request` → `pull_request`, `manual` → `workflow_dispatch`, the
 * provider's own word kept in the reach's conditions).
 */
import type { ExecStep, Reach } from '../../model/execution.js';
import type { Finding } from '../../model/finding.js';
import type { RepoIndex } from '../../model/repository.js';
import type { CronSchedule, Job, Step, Trigger, Workflow } from '../../model/workflow.js';
import { CIRCLECI_FILES, readCircleci } from './circleci/read.js';
import { GITLAB_CI_FILE, readGitlabCi } from './gitlab-ci/read.js';
import { PROVIDER_NAMES, triggersOfPipeline, type CiJob, type CiPipeline, type CiStep, type CiTrigger, type TriggerKind } from './tree.js';

/** The neutral trigger kinds as the model's event names. */
export const KIND_EVENT: Readonly<Record<TriggerKind, string>> = {
  'pull-request': 'pull_request',
  push: 'push',
  schedule: 'schedule',
  release: 'release',
  manual: 'workflow_dispatch',
  upstream: 'repository_dispatch',
};

export interface OtherCi {
  /** The GitLab CI and CircleCI configuration files present (read or not). */
  configs: string[];
  pipelines: CiPipeline[];
  workflows: Workflow[];
  steps: ExecStep[];
  findings: Finding[];
}

/** Reads GitLab CI and CircleCI, and adapts their pipelines. */
export function readOtherCi(repo: RepoIndex): OtherCi {
  const results = [readGitlabCi(repo), readCircleci(repo)];
  const pipelines = results.flatMap((r) => r.pipelines);
  const configs = [GITLAB_CI_FILE, ...CIRCLECI_FILES].filter((f) => repo.has(f));
  const out: OtherCi = { configs, pipelines, workflows: [], steps: [], findings: results.flatMap((r) => r.findings) };
  for (const p of pipelines) adaptPipeline(p, out);
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

function adaptPipeline(p: CiPipeline, out: OtherCi): void {
  const triggers = triggersOfPipeline(p);
  const workflow: Workflow = {
    file: p.file,
    provider: p.provider,
    name: { value: `${PROVIDER_NAMES[p.provider]}: ${p.name}`, pos: p.pos },
    onPos: p.pos,
    triggers: triggers.map((t) => adaptTrigger(p, t)),
    env: {},
    jobs: [],
  };
  out.workflows.push(workflow);
  for (const j of p.jobs) {
    const job = adaptJob(j);
    workflow.jobs.push(job);
    const events = [...new Set(j.triggers.map((t) => KIND_EVENT[t.kind]))].sort();
    const reach: Reach = { events, schedules: schedulesOf(p, j.triggers), conditions: [`run by ${PROVIDER_NAMES[p.provider]}`, ...j.conditions] };
    j.steps.forEach((s, i) => {
      const stepReach = s.conditions.length > 0 ? { ...reach, conditions: [...reach.conditions, ...s.conditions.map((c) => `step ${s.name ?? i + 1} runs ${c}`)] } : reach;
      const exec: ExecStep = { workflow, job, step: job.steps[i]!, file: s.file, via: [...p.via, ...s.via], reach: stepReach };
      if (s.cannotFail) exec.cannotFail = s.cannotFail;
      out.steps.push(exec);
    });
  }
}
