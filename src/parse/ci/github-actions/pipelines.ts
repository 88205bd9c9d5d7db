/**
 * GitHub Actions workflows as provider-neutral pipelines (model/ci.ts), with the GitHub
 * structure kept under `github`. One `GithubPipelines` converts each workflow, job and step
 * once, so the execution steps and `pipelines` share the same objects.
 */
import { triggerKindOf, type Pipeline, type PipelineJob, type PipelineStep, type PipelineTrigger } from '../../../model/ci.js';
import type { Located } from '../../../model/position.js';
import { refOf } from '../../../model/position.js';
import type { Job, Step, Trigger, Workflow } from '../../../model/github.js';

export { triggerKindOf };

const values = (list: readonly Located<string>[]): string[] => list.map((l) => l.value);

function toTrigger(file: string, t: Trigger): PipelineTrigger {
  return {
    kind: triggerKindOf(t.event),
    original: t.event,
    at: refOf(file, t.pos),
    filters: [...values(t.branches), ...values(t.branchesIgnore).map((b) => `!${b}`), ...values(t.tags), ...values(t.paths), ...values(t.pathsIgnore).map((p) => `!${p}`)],
    tags: values(t.tags),
    paths: values(t.paths),
    schedules: t.crons,
  };
}

/** A GitHub step in the neutral shape (`with:` as inputs, `continue-on-error: true` as allowFailure). */
export function toStep(file: string, s: Step): PipelineStep {
  const out: PipelineStep = { index: s.index, at: refOf(file, s.pos), runLines: s.runLines, inputs: s.with, env: s.env, allowFailure: s.continueOnError?.value === 'true', github: { step: s } };
  if (s.name) out.name = s.name;
  if (s.uses) out.uses = s.uses;
  if (s.shell) out.shell = s.shell;
  if (s.if) out.condition = s.if;
  if (s.workingDirectory) out.workdir = s.workingDirectory;
  return out;
}

function toJob(file: string, j: Job, steps: PipelineStep[]): PipelineJob {
  const out: PipelineJob = {
    id: j.id,
    at: refOf(file, j.pos),
    needs: j.needs,
    runsOn: j.runsOn,
    services: j.services,
    env: j.env,
    allowFailure: j.continueOnError?.value === 'true',
    steps,
    github: { job: j },
  };
  if (j.matrix) {
    const m = j.matrix;
    out.matrix = { at: refOf(file, m.pos), axes: m.axes.map((a) => ({ name: a.name, values: a.values, at: refOf(file, a.pos) })), include: m.include };
    if (m.expression !== undefined) out.matrix.expression = m.expression;
  }
  if (j.name) out.name = j.name.value;
  if (j.if) out.condition = j.if;
  if (j.environment) out.environment = j.environment;
  if (j.uses) out.calls = j.uses;
  return out;
}

/** The neutral objects of each workflow, job and step, made once. */
export class GithubPipelines {
  private readonly pipelines = new Map<Workflow, Pipeline>();
  private readonly jobs = new Map<Job, PipelineJob>();
  private readonly steps = new Map<Step, PipelineStep>();

  pipeline(wf: Workflow): Pipeline {
    let p = this.pipelines.get(wf);
    if (!p) {
      p = { system: 'github-actions', file: wf.file, at: refOf(wf.file, wf.onPos), triggers: wf.triggers.map((t) => toTrigger(wf.file, t)), env: wf.env, jobs: wf.jobs.map((j) => this.job(wf.file, j)), github: { workflow: wf } };
      if (wf.name) p.name = wf.name.value;
      this.pipelines.set(wf, p);
    }
    return p;
  }

  job(file: string, j: Job): PipelineJob {
    let out = this.jobs.get(j);
    if (!out) {
      out = toJob(file, j, j.steps.map((s) => this.step(file, s)));
      this.jobs.set(j, out);
    }
    return out;
  }

  step(file: string, s: Step): PipelineStep {
    let out = this.steps.get(s);
    if (!out) {
      out = toStep(file, s);
      this.steps.set(s, out);
    }
    return out;
  }
}

export function toPipeline(wf: Workflow): Pipeline {
  return new GithubPipelines().pipeline(wf);
}
