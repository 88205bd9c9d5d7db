/**
 * Typed queries that the packaging, deployment and monitoring checks share: which code
 * files a command runs, which of them hold a pattern, the `needs:` graph of a job, what
 * dispatches another workflow, and which files describe a model server.
 */
import * as path from 'node:path';
import type { Analysis } from '../analysis.js';
import type { Evidence } from '../model/check.js';
import type { Command, ExecStep } from '../model/execution.js';
import type { SourceRef } from '../model/position.js';
import type { RepoIndex } from '../model/repository.js';
import type { Job, Workflow } from '../model/workflow.js';
import { shellWords } from '../parse/commands.js';
import { codeLines, findInSource, patternsIn, type SourceHit, type SourcePattern } from '../parse/source.js';
import { commandLine, matchCommands, matchUses, usesName, type CommandSignal } from './evidence.js';
import { DISPATCH_COMMANDS, DISPATCH_USES, MODEL_ARTIFACT_MENTION, SERVER_IMAGE, SERVING_MANIFESTS, STRONG_SERVER, WEAK_SERVER } from './ml-vocabulary-b.js';

/** Code files (Python, shell, R, Julia; never notebooks) that a command runs, as repository paths. */
export function scriptsOf(a: Analysis, c: Command): string[] {
  let byCommand = scriptsCache.get(a.repo);
  if (!byCommand) scriptsCache.set(a.repo, (byCommand = new WeakMap()));
  let known = byCommand.get(c);
  if (!known) byCommand.set(c, (known = findScripts(a, c)));
  return [...known];
}

/** Many checks ask for the scripts of every command: found once per repository and command. */
const scriptsCache = new WeakMap<RepoIndex, WeakMap<Command, string[]>>();

function findScripts(a: Analysis, c: Command): string[] {
  const wd = c.exec.step.workingDirectory?.value ?? '';
  const words = shellWords(c.text);
  const candidates: string[] = [];
  words.forEach((w, i) => {
    if (w.includes('${{')) return;
    if (/\.(py|sh|bash|R|r|jl)$/.test(w)) candidates.push(w);
    else if (words[i - 1] === '-m' && /^[A-Za-z_][\w.]*$/.test(w)) {
      const base = w.replace(/\./g, '/');
      candidates.push(`${base}.py`, `${base}/__main__.py`, `src/${base}.py`, `src/${base}/__main__.py`);
    }
  });
  const out: string[] = [];
  for (const cand of candidates) {
    for (const dir of wd && !wd.includes('${{') ? [wd, ''] : ['']) {
      const p = path.posix.normalize(path.posix.join(dir, cand)).replace(/^\.\//, '');
      if (!p.startsWith('..') && a.repo.has(p) && !out.includes(p)) out.push(p);
    }
  }
  return out;
}

export interface CodeRun {
  command: Command;
  hit: SourceHit;
}

/** Commands whose script holds a line matching a pattern (the first such line per command). */
export function commandsRunningCode(a: Analysis, patterns: readonly SourcePattern[], commands: readonly Command[] = a.commands): CodeRun[] {
  const out: CodeRun[] = [];
  for (const command of commands) {
    for (const file of scriptsOf(a, command)) {
      const hit = firstHit(a, file, patterns);
      if (hit) {
        out.push({ command, hit });
        break;
      }
    }
  }
  return out;
}

function firstHit(a: Analysis, file: string, patterns: readonly SourcePattern[]): SourceHit | undefined {
  const active = patternsIn(a.repo, file, patterns);
  if (active.length === 0) return undefined;
  const lines = codeLines(a.repo, file) ?? [];
  for (let i = 0; i < lines.length; i++) {
    for (const p of active) {
      const m = p.re.exec(lines[i]!);
      if (m) return { file, line: i + 1, column: m.index + 1, label: p.label, text: lines[i]!.trim().slice(0, 160) };
    }
  }
  return undefined;
}

/** Test-runner commands whose arguments select tests by a meaning (`-m fairness`, `tests/serving`, `-k drift`). */
export function testRunsSelecting(a: Analysis, runners: readonly CommandSignal[], selects: RegExp): Command[] {
  return matchCommands(a, runners)
    .map((m) => m.command)
    .filter((c) => selects.test(c.argv.slice(1).join(' ').replace(/\bnot\s+[\w-]+/g, '')));
}

/** The workflow a step is written in (a reusable workflow for called steps). */
export function workflowOf(a: Analysis, exec: ExecStep): Workflow | undefined {
  return a.workflows.find((w) => w.file === exec.file);
}

/** Commands that a job runs: its own steps, its composite actions, and the reusable workflow it calls. */
export function jobCommands(a: Analysis, wf: Workflow, job: Job): Command[] {
  const call = job.uses?.pos;
  return a.commands.filter((c) => c.exec.job === job || (call !== undefined && c.exec.via.some((v) => v.file === wf.file && v.line === call.line && v.column === call.column)));
}

/** The jobs a job waits for through `needs:`, directly or transitively, within its workflow. */
export function upstreamJobs(wf: Workflow, job: Job): Job[] {
  const byId = new Map(wf.jobs.map((j) => [j.id, j]));
  const seen = new Set<string>();
  const queue = job.needs.map((n) => n.value);
  const out: Job[] = [];
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
    const script = step.with['script']?.value;
    if (usesName(step.uses!.value) === 'actions/github-script' && !(script && /createWorkflowDispatch|createDispatchEvent|\/dispatches/.test(script))) continue;
    const d: Dispatch = { at: { file: m.exec.file, line: step.uses!.pos.line, column: step.uses!.pos.column }, exec: m.exec, what: `uses: ${step.uses!.value}` };
    const target = step.with['workflow']?.value ?? /workflow_id:\s*['"]([^'"]+)['"]/.exec(script ?? '')?.[1];
    if (target) d.target = target;
    out.push(d);
  }
  return out;
}

/** Whether a dispatch target names a workflow (by file, base name or `name:`). */
export function targetsWorkflow(target: string, wf: Workflow): boolean {
  const base = wf.file.slice(wf.file.lastIndexOf('/') + 1);
  return target === wf.file || target === base || target === wf.name?.value;
}

export function isDockerfile(p: string): boolean {
  const base = p.slice(p.lastIndexOf('/') + 1);
  return /^(Dockerfile|Containerfile)([.-][\w.-]+)?$/i.test(base) || /\.(Dockerfile|dockerfile|containerfile)$/.test(base);
}

export interface ServingDockerfile {
  path: string;
  line: number;
  server: string;
}

const servingCache = new WeakMap<Analysis, ServingDockerfile[]>();

/**
 * Dockerfiles whose image serves a model: a model server in CMD/ENTRYPOINT or as the base
 * image, or a web server (uvicorn, gunicorn, ...) in an image that mentions model files.
 */
export function servingDockerfiles(a: Analysis): ServingDockerfile[] {
  const cached = servingCache.get(a);
  if (cached) return cached;
  const out: ServingDockerfile[] = [];
  for (const p of a.repo.files) {
    if (!isDockerfile(p)) continue;
    const text = a.repo.read(p);
    if (!text) continue;
    const lines = text.split(/\r?\n/);
    const mentionsModel = MODEL_ARTIFACT_MENTION.test(text);
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)/i.exec(l);
      const run = /^\s*(CMD|ENTRYPOINT)\b(.*)$/i.exec(l);
      const server = from ? SERVER_IMAGE.find((s) => s.re.test(from[1]!)) : run ? (STRONG_SERVER.find((s) => s.re.test(run[2]!)) ?? (mentionsModel ? WEAK_SERVER.find((s) => s.re.test(run[2]!)) : undefined)) : undefined;
      if (server) {
        out.push({ path: p, line: i + 1, server: server.label });
        break;
      }
    }
  }
  servingCache.set(a, out);
  return out;
}

/** Kubernetes manifests that serve a model (KServe, Seldon, Ray Serve, a model-server image). */
export function servingManifests(a: Analysis): SourceHit[] {
  return findInSource(a.repo, SERVING_MANIFESTS, { exts: ['.yaml', '.yml'], where: (p) => !p.startsWith('.github/'), limitPerLabel: 10 });
}

export function hitEvidence(hit: SourceHit, message: string): Evidence {
  return { file: hit.file, line: hit.line, column: hit.column, message, triggers: [] };
}

/** One definition of a test path for all ML checks (see ml-evidence.ts). */
export { isTestPath } from './ml-evidence.js';

/** Events that run a monitor on production data: a schedule, another run finishing, or an event sent from outside. */
export const MONITORING_EVENTS: ReadonlySet<string> = new Set(['schedule', 'workflow_run', 'repository_dispatch']);

/** The events that reach a step, schedules in words, e.g. `push, schedule ("0 2 * * *": daily at 02:00 UTC)`. */
export function describeEvents(exec: ExecStep, keep: (event: string) => boolean = () => true): string {
  return exec.reach.events
    .filter(keep)
    .map((e) => (e === 'schedule' && exec.reach.schedules.length > 0 ? `schedule (${exec.reach.schedules.map((s) => `"${s.cron}": ${s.description}`).join('; ')})` : e))
    .join(', ');
}
