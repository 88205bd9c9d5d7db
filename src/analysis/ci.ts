/** Questions about CI structure that checks ask: jobs and their order, commands before and after one, dispatches between workflows, the environment of a step, commands written in action inputs. */
import type { Analysis } from './analyze.js';
import type { CannotFail, Command, ExecStep, Pipeline, PipelineJob } from '../model/ci.js';
import { parseShell, logicalLines, splitChain } from '../parse/commands.js';
import { usesName, commandLine, matchCommands, matchUses } from './match.js';
import { runIndex } from './run-index.js';
import { COMMAND_RUNNER_USES } from '../vocabulary/shared/test-runners.js';
import type { SourceRef } from '../model/position.js';
import type { Workflow } from '../model/github.js';
import { DISPATCH_COMMANDS, DISPATCH_USES } from '../vocabulary/shared/dispatch.js';

/** An environment variable that CI sets for a step, and where it is written. */
export interface EnvEntry {
  name: string;
  value: string;
  scope: 'workflow' | 'job' | 'step';
  file: string;
  line: number;
  column: number;
}

/**
 * The `env:` entries a step sees, from the workflow (the file the step is written in),
 * its job and the step itself; the innermost scope wins for a repeated name.
 */
export function envOf(a: Analysis, exec: ExecStep): EnvEntry[] {
  const byName = new Map<string, EnvEntry>();
  const add = (scope: EnvEntry['scope'], file: string, env: Record<string, { value: string; pos: { line: number; column: number } }>) => {
    for (const [name, v] of Object.entries(env)) byName.set(name, { name, value: v.value, scope, file, line: v.pos.line, column: v.pos.column });
  };
  // A composite action's step runs in its caller's job: the job (and its workflow) are written in the last `uses:` file.
  const jobFile = isPipelineFile(a, exec.file) ? exec.file : (exec.via[exec.via.length - 1]?.file ?? exec.file);
  const wf = a.pipelines.find((w) => w.file === jobFile);
  if (wf) add('workflow', wf.file, wf.env);
  add('job', jobFile, exec.job.env);
  add('step', exec.file, exec.step.env);
  return [...byName.values()];
}

/** The commands that run a file, by the test inventory. */
export function commandsReaching(a: Analysis, path: string): readonly Command[] {
  return a.inventory.reachedBy.get(path) ?? [];
}

/** The folder a command's step runs in, as written in `working-directory:` without `./` or a trailing `/` ('' for the root). */
export function stepFolder(c: Command): string {
  return (c.exec.step.workdir?.value ?? '').replace(/^\.\/|\/+$/g, '').replace(/^\.$/, '');
}

/** Commands that run after `c` in the same job (and the same workflow run). */
export function laterInJob(a: Analysis, c: Command): Command[] {
  const i = a.commands.indexOf(c);
  return a.commands.slice(i + 1).filter((x) => x.exec.pipeline === c.exec.pipeline && x.exec.job === c.exec.job);
}

/** Earlier commands in the same job. */
export function earlierInJob(a: Analysis, c: Command): Command[] {
  const i = a.commands.indexOf(c);
  return a.commands.slice(0, Math.max(i, 0)).filter((x) => x.exec.pipeline === c.exec.pipeline && x.exec.job === c.exec.job);
}

/** What follows a command in its shell line: the operator and the next command's text. */
export function followedBy(c: Command): { op: string; next: string } | undefined {
  if (c.via.length > 0 || c.at.file !== c.exec.file) return undefined;
  for (const l of logicalLines(c.exec.step.runLines)) {
    if (l.pos.line !== c.at.line) continue;
    const parts = splitChain(l.value);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const lead = p.text.length - p.text.trimStart().length;
      if (l.pos.column + p.offset + lead !== c.at.column) continue;
      return p.next === '' ? undefined : { op: p.next, next: parts[i + 1]?.text.trim() ?? '' };
    }
  }
  return undefined;
}

/**
 * Why a command's failure would not fail its step, when it would not: the step's
 * override or `|| true`, or a pipe whose status is the last command's (GitHub's default
 * `bash -e` has no pipefail; `shell: bash` and `set -o pipefail` turn it on).
 */
export function whyCannotFail(c: Command): CannotFail | undefined {
  if (c.cannotFail) return c.cannotFail;
  const after = followedBy(c);
  if (after?.op !== '|') return undefined;
  if (/^jq\b.*\s(-e|--exit-status)\b/.test(after.next)) return undefined;
  const shell = c.exec.step.shell?.value.trim();
  const script = c.exec.step.runLines.map((l) => l.value).join('\n');
  if (shell === 'bash' || /pipefail/.test(shell ?? '') || /set -[a-z]*o pipefail|set -o pipefail/.test(script)) return undefined;
  return { why: 'pipe', at: c.at, into: after.next };
}

/** The neutral pipeline of a workflow as the report shows it (a GitHub workflow, or another system's pipeline adapted to that shape). */
export function pipelineOfWorkflow(a: Analysis, wf: Workflow): Pipeline | undefined {
  return a.pipelines.find((p) => (wf.provider ? p.system === wf.provider && p.file === wf.file && p.name === wf.name?.value : p.github?.workflow === wf));
}

/** Whether a file is a pipeline's configuration (a workflow), not a unit it calls (a local action). */
export function isPipelineFile(a: Analysis, file: string): boolean {
  return a.pipelines.some((p) => p.file === file);
}

/** The pipeline a step is written in (a reusable workflow for called steps); undefined for a step of a composite unit. */
export function pipelineOf(a: Analysis, exec: ExecStep): Pipeline | undefined {
  return a.pipelines.find((p) => p.file === exec.file && p.jobs.includes(exec.job));
}

/** Commands that a job runs: its own steps, its composite actions, and the pipeline it calls. */
export function jobCommands(a: Analysis, job: PipelineJob): Command[] {
  return a.commands.filter((c) => c.exec.job === job || (job.calls !== undefined && c.exec.callers.includes(job)));
}

/** The jobs a job waits for through `needs:`, directly or transitively, within its pipeline. */
export function upstreamJobs(p: Pipeline, job: PipelineJob): PipelineJob[] {
  const byId = new Map(p.jobs.map((j) => [j.id, j]));
  const seen = new Set<string>();
  const queue = job.needs.map((n) => n.value);
  const out: PipelineJob[] = [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const j = byId.get(id);
    if (!j) continue;
    out.push(j);
    for (const pushed of j.needs.map((n) => n.value)) queue.push(pushed);
  }
  return out;
}

/** A step or command that starts another workflow run (`gh workflow run`, a repository_dispatch action ...). */
export interface Dispatch {
  at: SourceRef;
  exec: ExecStep;
  /** The workflow file or name it starts, when it names one. */
  target?: string;
  what: string;
}

export function dispatchesOf(a: Analysis): Dispatch[] {
  const out: Dispatch[] = [];
  for (const m of matchCommands(a, DISPATCH_COMMANDS)) {
    const target = /\bworkflow run\s+("[^"]+"|'[^']+'|\S+)/.exec(commandLine(m.command))?.[1] ?? /\/workflows\/([^/\s]+)\/dispatches/.exec(m.command.text)?.[1];
    const d: Dispatch = { at: m.command.at, exec: m.command.exec, what: `\`${m.command.text}\`` };
    if (target) d.target = target.replace(/^["']|["']$/g, '');
    out.push(d);
  }
  for (const m of matchUses(a, DISPATCH_USES)) {
    const step = m.exec.step;
    const script = step.inputs['script']?.value;
    if (usesName(step.uses!.value) === 'actions/github-script' && !(script && /createWorkflowDispatch|createDispatchEvent|\/dispatches/.test(script))) continue;
    const d: Dispatch = { at: { file: m.exec.file, line: step.uses!.pos.line, column: step.uses!.pos.column }, exec: m.exec, what: `uses: ${step.uses!.value}` };
    const target = step.inputs['workflow']?.value ?? /workflow_id:\s*['"]([^'"]+)['"]/.exec(script ?? '')?.[1];
    if (target) d.target = target;
    out.push(d);
  }
  return out;
}

/** Whether a dispatch target names a pipeline (by file, base name or `name:`). */
export function targetsWorkflow(target: string, p: Pipeline): boolean {
  const base = p.file.slice(p.file.lastIndexOf('/') + 1);
  return target === p.file || target === base || target === p.name;
}

/**
 * Commands given to actions that run a script (`coactions/setup-xvfb` `run:`, `nick-fields/retry`
 * `command:` ...), placed at the step's `uses:` line since the input is one value.
 */
export function actionCommands(a: Analysis): Command[] {
  const out: Command[] = [];
  for (const exec of a.steps) {
    const uses = exec.step.uses;
    if (!uses) continue;
    const name = usesName(uses.value);
    const runner = COMMAND_RUNNER_USES.find((r) => name === r.uses.toLowerCase());
    if (!runner) continue;
    for (const key of runner.keys) {
      const input = exec.step.inputs[key];
      if (!input) continue;
      const lines = input.value.split(/\r?\n/).map((value) => ({ value, pos: uses.pos }));
      for (const sc of parseShell(lines)) {
        const cmd: Command = { text: sc.text, argv: sc.argv, at: { file: exec.file, line: uses.pos.line, column: uses.pos.column }, via: [], exec };
        const cannotFail = exec.cannotFail ?? (sc.cannotFail ? { ...sc.cannotFail, at: cmd.at } : undefined);
        if (cannotFail) cmd.cannotFail = cannotFail;
        out.push(cmd);
      }
    }
  }
  return out;
}

/** Every command CI runs: `run:` scripts and the scripts given to command-running actions. */
/** The commands of run steps and of actions, one list per analysis (callers must not change it). */
export function allCommands(a: Analysis): Command[] {
  const allOf = runIndex(a.repo).allCommands;
  let all = allOf.get(a);
  if (!all) allOf.set(a, (all = [...a.commands, ...actionCommands(a)]));
  return all;
}

/** Steps grouped by the job that runs them, in the order CI runs them. */
export function stepsByJob(a: Analysis): Map<string, ExecStep[]> {
  const out = new Map<string, ExecStep[]>();
  for (const exec of a.steps) {
    const key = sameJobKey(exec);
    const list = out.get(key);
    if (list) list.push(exec);
    else out.set(key, [exec]);
  }
  return out;
}

/**
 * Steps of the same job share this key: the root pipeline, the file the job is written in
 * (a local composite action's steps carry the job that calls them) and the job.
 */
export function sameJobKey(exec: ExecStep): string {
  return `${exec.pipeline.file}\u0000${exec.job.at.file}\u0000${exec.job.id}`;
}
