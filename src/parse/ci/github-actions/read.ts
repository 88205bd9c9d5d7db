/**
 * The repository's GitHub Actions CI as a model: workflows, the local actions and reusable
 * workflows they call, and every step as CI runs it, with the triggers that reach it.
 */
import * as path from 'node:path';
import { reachOf, type CannotFail, type ExecStep, type Pipeline, type PipelineJob, type Reach } from '../../../model/ci.js';
import type { Finding } from '../../../model/finding.js';
import { refOf, type SourceRef } from '../../../model/position.js';
import type { RepoIndex } from '../../../model/repository.js';
import type { LocalAction, Step, Workflow } from '../../../model/github.js';
import { handover } from '../../handover.js';
import { GithubPipelines } from './pipelines.js';
import { parseLocalAction, parseWorkflow, type Parsed } from './workflow.js';

export const WORKFLOWS_DIR = '.github/workflows';
/** Deepest chain of local actions and reusable workflows followed (GitHub itself stops at 10). */
export const MAX_NESTING = 16;
/** Most steps expanded from workflows, local actions and reusable workflows; past it the expansion stops with a finding. */
export const MAX_EXPANDED_STEPS = 20_000;

export interface CiModel {
  workflows: Workflow[];
  /** The workflows as neutral pipelines, in the same order; the steps point into them. */
  pipelines: Pipeline[];
  actions: LocalAction[];
  steps: ExecStep[];
  findings: Finding[];
}

/**
 * A workflow's or local action's parse, with the text it came from. The checkout's run of a pull request keeps them
 * (keepParsedCi), and its base's run takes each one whose file holds the same text (seedParsedCi) instead of parsing
 * it again: most of a base's CI files are the checkout's (kubeflow/pipelines: 0.1 s of YAML, diffusers 0.2 s).
 */
export interface ParsedCiFile {
  text: string;
  parsed: Parsed<Workflow | LocalAction>;
}
/** By what the file is read as and its path: `workflow:<path>`, `action:<path>`. */
export type ParsedCiFiles = Map<string, ParsedCiFile>;

/** The parses a run keeps for another (keepParsedCi, parsedCiOf) and those handed to it (seedParsedCi), by its repository. */
const parses = handover<ParsedCiFiles>();

/** Keeps this run's parses (parsedCiOf hands them out). */
export function keepParsedCi(repo: RepoIndex): void {
  parses.keep(repo, new Map());
}

/** The parses this run kept, handed out once. */
export function parsedCiOf(repo: RepoIndex): ParsedCiFiles | undefined {
  return parses.take(repo);
}

/** Hands another run's parses to this one: a file whose text is the same is not parsed again. */
export function seedParsedCi(repo: RepoIndex, files: ParsedCiFiles): void {
  parses.seed(repo, files);
}

/**
 * `parse()` of a file, or the seeded parse of the same text. `key` names the file and what it is read as (a file can
 * be both a workflow and a local action: `uses: ./.github/workflows` with an action.yml there). The parse depends only
 * on the file's path and text, and nothing changes its value after it; its findings are copied (a report may adjust
 * its own).
 */
function parsedOnce<T extends Workflow | LocalAction>(repo: RepoIndex, key: `${'workflow' | 'action'}:${string}`, text: string, parse: () => Parsed<T>): Parsed<T> {
  const seed = parses.seeded(repo)?.get(key);
  const parsed = seed !== undefined && seed.text === text ? { value: seed.parsed.value as T | undefined, findings: seed.parsed.findings.map((f) => ({ ...f })) } : parse();
  parses.kept(repo)?.set(key, { text, parsed });
  return parsed;
}

export function isWorkflowPath(p: string): boolean {
  return p.startsWith(`${WORKFLOWS_DIR}/`) && !p.slice(WORKFLOWS_DIR.length + 1).includes('/') && /\.ya?ml$/i.test(p);
}

export function readCi(repo: RepoIndex): CiModel {
  const findings: Finding[] = [];
  const workflows: Workflow[] = [];
  const paths = repo.files.filter(isWorkflowPath);
  if (paths.length === 0) {
    findings.push({
      severity: 'warning',
      file: WORKFLOWS_DIR,
      line: 1,
      column: 1,
      message: repo.has(WORKFLOWS_DIR)
        ? `"${WORKFLOWS_DIR}" is a file, not a folder, so GitHub Actions runs nothing for this repository. Make it a folder of .yml workflow files.`
        : repo.dirs.has(WORKFLOWS_DIR)
          ? `"${WORKFLOWS_DIR}" holds no .yml or .yaml workflow file, so GitHub Actions runs nothing for this repository.`
          : `There is no "${WORKFLOWS_DIR}" folder, so GitHub Actions runs nothing for this repository.`,
      check: 'workflows',
    });
  }
  for (const p of paths) {
    const text = repo.read(p);
    if (text === undefined) continue;
    const parsed = parsedOnce(repo, `workflow:${p}`, text, () => parseWorkflow(p, text));
    for (const pushed of parsed.findings) findings.push(pushed);
    if (parsed.value) workflows.push(parsed.value);
  }
  const byFile = new Map(workflows.map((w) => [w.file, w]));
  const actions = new Map<string, LocalAction | undefined>();
  const loadAction = (dir: string, at: SourceRef): LocalAction | undefined => {
    if (actions.has(dir)) return actions.get(dir);
    const file = (dir === '' ? ['action.yml', 'action.yaml'] : [`${dir}/action.yml`, `${dir}/action.yaml`]).find((f) => repo.has(f));
    let action: LocalAction | undefined;
    if (!file) {
      findings.push({ ...at, severity: 'warning', message: `Local action "./${dir}" has no action.yml or action.yaml in the repository.`, check: 'local-action' });
    } else {
      const text = repo.read(file);
      if (text !== undefined) {
        const parsed = parsedOnce(repo, `action:${file}`, text, () => parseLocalAction(dir, file, text));
        for (const pushed of parsed.findings) findings.push(pushed);
        action = parsed.value;
      }
    }
    actions.set(dir, action);
    return action;
  };

  const neutral = new GithubPipelines();
  const pipelines = workflows.map((w) => neutral.pipeline(w));
  const steps: ExecStep[] = [];
  const reportedLoops = new Set<string>();
  const reportLoop = (chain: string[], at: SourceRef) => {
    const key = [...chain].sort().join('>');
    if (reportedLoops.has(key)) return;
    reportedLoops.add(key);
    findings.push({ ...at, severity: 'warning', message: `Reference loop: ${[...chain, chain[0]].join(' → ')}; it was followed once.`, check: 'reference-loop' });
  };

  // Each local action or reusable workflow is expanded once per calling job (and its callers),
  // reach and failure policy (a second call adds the same steps), and the whole expansion has a budget.
  const expanded = new Set<string>();
  const firstExpansion = (root: Pipeline, job: PipelineJob, callers: readonly PipelineJob[], target: string, reach: Reach, cannotFail: CannotFail | undefined): boolean => {
    const policy = cannotFail ? `${cannotFail.why}:${cannotFail.at.file}:${cannotFail.at.line}:${cannotFail.at.column}` : '';
    const key = [root.file, callers.map((c) => c.id).join('>'), job.id, target, reach.events.join(','), reach.conditions.join('\u0001'), policy].join('\u0000');
    if (expanded.has(key)) return false;
    expanded.add(key);
    return true;
  };
  let stopped = false;
  const overBudget = (at: SourceRef): boolean => {
    if (stopped) return true;
    if (steps.length < MAX_EXPANDED_STEPS) return false;
    stopped = true;
    findings.push({ ...at, severity: 'warning', message: `Expanding local actions and reusable workflows stopped here: CI has more than ${MAX_EXPANDED_STEPS} steps once they are expanded, so the steps after this point are not counted.`, check: 'expansion-budget' });
    return true;
  };

  const expandSteps = (root: Pipeline, job: PipelineJob, file: string, list: Step[], via: SourceRef[], callers: PipelineJob[], reach: Reach, cannotFail: CannotFail | undefined, chain: string[]) => {
    for (const step of list) {
      if (overBudget(refOf(file, step.pos))) return;
      const stepCannotFail: CannotFail | undefined = cannotFail ?? (step.continueOnError?.value === 'true' ? { why: 'continue-on-error', scope: 'step', at: refOf(file, step.continueOnError.pos) } : undefined);
      const exec: ExecStep = { pipeline: root, job, step: neutral.step(file, step), file, via, callers, reach: withCondition(reach, step.if?.value, `step "${step.name?.value ?? step.uses?.value ?? step.index + 1}"`) };
      if (stepCannotFail) exec.cannotFail = stepCannotFail;
      steps.push(exec);
      const dir = localRef(step.uses?.value);
      if (dir === undefined) {
        if (leavesRepo(step.uses?.value)) findings.push({ ...refOf(file, step.uses!.pos), severity: 'warning', message: `Local action "${step.uses!.value}" points outside the repository, so it is not read; GitHub resolves "./" from the checkout's root.`, check: 'local-action' });
        continue;
      }
      const at = refOf(file, step.uses!.pos);
      if (chain.includes(dir)) {
        reportLoop(chain.slice(chain.indexOf(dir)), at);
        continue;
      }
      if (chain.length > MAX_NESTING) {
        findings.push({ ...at, severity: 'warning', message: `Local actions nest more than ${MAX_NESTING} deep here (GitHub runs at most 10 levels); "./${dir}" was not followed.`, check: 'expansion-budget' });
        continue;
      }
      const action = loadAction(dir, at);
      if (action && action.using === 'composite' && firstExpansion(root, job, callers, dir, exec.reach, stepCannotFail)) {
        expandSteps(root, job, action.file, action.steps, [...via, at], callers, exec.reach, stepCannotFail, [...chain, dir]);
      }
    }
  };

  const expandWorkflow = (root: Pipeline, wf: Workflow, via: SourceRef[], callers: PipelineJob[], reach: Reach, chain: string[]) => {
    for (const job of wf.jobs) {
      if (overBudget(refOf(wf.file, job.pos))) return;
      const pjob = neutral.job(wf.file, job);
      const jobReach = withCondition(reach, job.if?.value, `job "${job.id}"`);
      const jobCannotFail: CannotFail | undefined = job.continueOnError?.value === 'true' ? { why: 'continue-on-error', scope: 'job', job: job.id, at: refOf(wf.file, job.continueOnError.pos) } : undefined;
      if (job.uses) {
        // The call itself is a step-like thing that `uses:` checks match (remote reusable workflows too).
        const callStep: Step = { index: -1, pos: job.uses.pos, uses: job.uses, runLines: [], with: job.with, env: {} };
        const exec: ExecStep = { pipeline: root, job: pjob, step: neutral.step(wf.file, callStep), file: wf.file, via, callers, reach: jobReach };
        if (jobCannotFail) exec.cannotFail = jobCannotFail;
        steps.push(exec);
        const target = localRef(job.uses.value);
        if (leavesRepo(job.uses.value)) findings.push({ ...refOf(wf.file, job.uses.pos), severity: 'warning', message: `Reusable workflow "${job.uses.value}" points outside the repository, so it is not read; GitHub resolves "./" from the checkout's root.`, check: 'local-action' });
        if (target !== undefined) {
          const at = refOf(wf.file, job.uses.pos);
          if (chain.includes(target)) {
            reportLoop(chain.slice(chain.indexOf(target)), at);
          } else {
            const called = byFile.get(target);
            if (chain.length > MAX_NESTING) {
              findings.push({ ...at, severity: 'warning', message: `Reusable workflows nest more than ${MAX_NESTING} deep here (GitHub runs at most 10 levels); "./${target}" was not followed.`, check: 'expansion-budget' });
            } else if (called) {
              if (firstExpansion(root, pjob, callers, target, jobReach, jobCannotFail)) expandWorkflow(root, called, [...via, at], [...callers, pjob], jobReach, [...chain, target]);
            }
            else findings.push({ ...at, severity: 'warning', message: `Reusable workflow "./${target}" is not in the repository (or could not be parsed).`, check: 'reusable-workflow' });
          }
        }
        continue;
      }
      expandSteps(root, pjob, wf.file, job.steps, via, callers, jobReach, jobCannotFail, chain);
    }
  };

  workflows.forEach((wf, i) => expandWorkflow(pipelines[i]!, wf, [], [], reachOf(pipelines[i]!), [wf.file]));
  // Every file is parsed: what was handed over is let go of.
  parses.takeSeed(repo);
  return { workflows, pipelines, actions: [...actions.values()].filter((a): a is LocalAction => a !== undefined), steps, findings };
}

/** A `./` reference that normalises to a path above the repository (`./../x`). */
function leavesRepo(uses: string | undefined): boolean {
  return uses !== undefined && uses.startsWith('./') && path.posix.normalize(uses.replace(/@.*$/, '')).startsWith('..');
}

/** `./dir` or `./.github/workflows/x.yml` → the normalised path; undefined for remote or docker refs. */
export function localRef(uses: string | undefined): string | undefined {
  if (!uses || !uses.startsWith('./')) return undefined;
  const norm = path.posix.normalize(uses.replace(/@.*$/, '')).replace(/\/$/, '');
  if (norm.startsWith('..')) return undefined;
  return norm === '.' ? '' : norm;
}

/**
 * Narrows a reach by an `if:` condition: `github.event_name == 'x'` keeps only those events;
 * reading `github.event.pull_request.*` (labels, draft, head) keeps only pull-request events.
 * Any other non-trivial condition is kept in words on the evidence.
 */
export function withCondition(reach: Reach, condition: string | undefined, who: string): Reach {
  if (!condition) return reach;
  const c = condition.replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim();
  if (/^(always|success|!cancelled)\(\)$/.test(c) || c === 'true') return reach;
  let events = reach.events;
  const named = [...c.matchAll(/github\.event_name\s*==\s*['"]([\w-]+)['"]/g)].map((m) => m[1]!);
  const negated = /github\.event_name\s*!=/.test(c);
  if (named.length > 0 && !negated && !/\|\|/.test(c.replace(/github\.event_name\s*==\s*['"][\w-]+['"]\s*\|\|/g, ''))) {
    const kept = events.filter((e) => named.includes(e.original));
    if (kept.length > 0) events = kept;
  } else if (/github\.event\.pull_request\b/.test(c) && !/\|\|/.test(c)) {
    const kept = events.filter((e) => e.kind === 'pull-request');
    if (kept.length > 0) events = kept;
  }
  const schedules = events.some((e) => e.kind === 'schedule') ? reach.schedules : [];
  return { events, schedules, conditions: [...reach.conditions, `${who} runs only if: ${c}`] };
}
