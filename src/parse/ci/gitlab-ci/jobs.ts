/**
 * GitLab CI jobs from a loaded configuration: `extends` resolved (deep merge, cycles and
 * missing templates reported), `default:` and the old top-level defaults applied unless
 * `inherit:` says otherwise, `!reference` tags followed, and every script line kept at
 * the line it is written (in a template or an included file when it comes from there).
 */
import type { Finding } from '../../../model/finding.js';
import { refOf, type Located, type SourceRef } from '../../../model/position.js';
import type { Matrix, MatrixAxis } from '../../../model/github.js';
import type { CiJob, CiStep } from '../tree.js';
import { child, describe, entries, entry, has, isTrue, items, mergeNodes, text, textList, textMap, type CiMap, type CiNode, type CiScalar } from '../node.js';
import { RULE } from './rules.js';

/** Top-level keys that are not jobs (GitLab docs, "CI/CD YAML syntax reference"). */
export const GLOBAL_KEYS: ReadonlySet<string> = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'before_script', 'after_script', 'cache', 'types', 'spec']);

/** Keys `default:` (and the old top level) give to every job. */
const DEFAULT_KEYS = ['after_script', 'artifacts', 'before_script', 'cache', 'hooks', 'id_tokens', 'image', 'interruptible', 'retry', 'services', 'tags', 'timeout'];
const LEGACY_DEFAULTS = ['image', 'services', 'before_script', 'after_script', 'cache'];

/** Keys a job may have. */
const JOB_KEYS: ReadonlySet<string> = new Set([
  'after_script', 'allow_failure', 'artifacts', 'before_script', 'cache', 'coverage', 'dast_configuration', 'dependencies', 'environment', 'except', 'extends',
  'hooks', 'identity', 'id_tokens', 'image', 'inherit', 'interruptible', 'manual_confirmation', 'needs', 'only', 'pages', 'parallel', 'release',
  'resource_group', 'retry', 'rules', 'run', 'script', 'secrets', 'services', 'stage', 'start_in', 'tags', 'timeout', 'trigger', 'variables', 'when',
]);

const DEFAULT_STAGES = ['.pre', 'build', 'test', 'deploy', '.post'];

/** GitLab's limits: `extends` 11 levels deep, `!reference` 10. */
const MAX_EXTENDS = 11;
const MAX_REFERENCE = 10;

export interface JobDraft {
  job: CiJob;
  /** The job's merged definition (extends and defaults applied), for rules. */
  node: CiMap;
  /** The `trigger:` of a child pipeline, when local. */
  childFile?: string;
}

interface Ctx {
  root: CiMap;
  findings: Finding[];
  resolved: Map<string, CiMap | undefined>;
  /** Values left to visit while following `!reference` tags for one job (a "reference bomb" stops here). */
  budget: number;
  /** Places already reported, so one broken tag gives one finding. */
  reported: Set<string>;
  /** The job being read, where a spent budget is reported. */
  origin?: { file: string; pos: { line: number; column: number } };
}

/** How many values following `!reference` tags may visit for one job. */
export const REFERENCE_BUDGET = 20_000;

function newCtx(root: CiMap, findings: Finding[]): Ctx {
  return { root, findings, resolved: new Map(), budget: REFERENCE_BUDGET, reported: new Set() };
}

/** A finding once per place. */
function reportOnce(ctx: Ctx, at: { file: string; pos: { line: number; column: number } }, message: string): void {
  const key = `${at.file}:${at.pos.line}:${at.pos.column}:${message}`;
  if (ctx.reported.has(key)) return;
  ctx.reported.add(key);
  ctx.findings.push({ severity: 'error', file: at.file, line: at.pos.line, column: at.pos.column, check: RULE, message });
}

/** Spends one unit of the budget; false (with one finding at `at`) when it is spent. */
function spend(ctx: Ctx, at: CiNode): boolean {
  if (ctx.budget-- > 0) return true;
  if (ctx.budget === -1) reportOnce(ctx, ctx.origin ?? at, `The "!reference" tags of this job expand to more than ${REFERENCE_BUDGET.toLocaleString('en-US')} values; the rest was not read. Reference fewer or smaller sections.`);
  return false;
}

export function readJobs(root: CiMap, findings: Finding[]): JobDraft[] {
  const ctx = newCtx(root, findings);
  const stages = textList(child(root, 'stages') ?? child(root, 'types'));
  const stageNames = stages.length > 0 ? ['.pre', ...stages.map((s) => s.value), '.post'] : DEFAULT_STAGES;
  const globalVars = textMap(child(root, 'variables'));
  const drafts: JobDraft[] = [];
  for (const e of entries(root)) {
    if (GLOBAL_KEYS.has(e.key) || e.key.startsWith('.') || e.key === '') continue;
    if (e.value.kind !== 'map') {
      findings.push({ severity: 'error', file: e.file, line: e.keyPos.line, column: e.keyPos.column, check: RULE, message: `Job "${e.key}" should be a mapping with "script:", found ${describe(e.value)}. If it is not a job, start its name with "." to hide it.` });
      continue;
    }
    ctx.budget = REFERENCE_BUDGET;
    ctx.origin = { file: e.file, pos: e.keyPos };
    const node = effectiveJob(ctx, e.key);
    if (!node) continue;
    for (const k of entries(node)) {
      if (!JOB_KEYS.has(k.key)) findings.push({ severity: 'warning', file: k.file, line: k.keyPos.line, column: k.keyPos.column, check: RULE, message: `Unknown key "${k.key}" in job "${e.key}"; GitLab rejects the configuration. Check the spelling or move it under "variables:".` });
    }
    if (!has(node, 'script') && !has(node, 'trigger') && !has(node, 'run')) {
      findings.push({ severity: 'error', file: e.file, line: e.keyPos.line, column: e.keyPos.column, check: RULE, message: `Job "${e.key}" has no "script:" or "trigger:"; GitLab rejects it. Add a script, or start the name with "." if it is a template.` });
      continue;
    }
    const stage = text(child(node, 'stage'));
    if (stage && !stageNames.includes(stage.value)) {
      findings.push({ severity: 'error', file: fileOf(node, 'stage'), line: stage.pos.line, column: stage.pos.column, check: RULE, message: `Job "${e.key}" is in stage "${stage.value}", which "stages:" does not list (${stageNames.join(', ')}); GitLab rejects the configuration.` });
    }
    drafts.push(buildJob(ctx, e.key, e.keyPos, e.file, node, globalVars));
  }
  const ids = new Set(drafts.map((d) => d.job.id));
  for (const d of drafts) {
    for (const n of items(child(d.node, 'needs'))) {
      const name = text(n) ?? text(child(n, 'job'));
      const optional = isTrue(child(n, 'optional')) || has(n, 'pipeline') || has(n, 'project');
      if (name && !optional && !ids.has(name.value)) findings.push({ severity: 'error', file: n.file, line: name.pos.line, column: name.pos.column, check: RULE, message: `Job "${d.job.id}" needs "${name.value}", which is not a job of this pipeline; GitLab rejects the configuration.` });
    }
  }
  return drafts;
}

function fileOf(node: CiNode, key: string): string {
  return child(node, key)?.file ?? node.file;
}

/** A job or template with `extends` resolved (memoised; cycles and missing names reported). */
function resolveExtends(ctx: Ctx, name: string, chain: string[]): CiMap | undefined {
  if (ctx.resolved.has(name)) return ctx.resolved.get(name);
  const own = child(ctx.root, name);
  if (!own || own.kind !== 'map') return undefined;
  const ext = child(own, 'extends');
  let merged: CiNode | undefined;
  for (const parent of textList(ext)) {
    const at = { file: ext!.file, ...parent.pos };
    if (parent.value === name || chain.includes(parent.value)) {
      const loop = [...chain, name].slice([...chain, name].indexOf(parent.value));
      ctx.findings.push({ severity: 'error', file: at.file, line: at.line, column: at.column, check: RULE, message: `"extends" loop: ${[...loop, parent.value].join(' → ')}; GitLab rejects the configuration. Remove one of the "extends".` });
      continue;
    }
    if (chain.length >= MAX_EXTENDS) {
      ctx.findings.push({ severity: 'error', file: at.file, line: at.line, column: at.column, check: RULE, message: `"extends" goes deeper than ${MAX_EXTENDS} levels here; GitLab rejects the configuration.` });
      continue;
    }
    if (!child(ctx.root, parent.value)) {
      ctx.findings.push({ severity: 'error', file: at.file, line: at.line, column: at.column, check: RULE, message: `Job "${name}" extends "${parent.value}", which is not defined (or is in an include that is not followed).` });
      continue;
    }
    const p = resolveExtends(ctx, parent.value, [...chain, name]);
    if (p) merged = merged ? mergeNodes(merged, p) : p;
  }
  const ownKeys: CiMap = { ...own, entries: new Map([...own.entries].filter(([k]) => k !== 'extends')) };
  const out = merged ? mergeNodes(merged, ownKeys) : ownKeys;
  const result = out.kind === 'map' ? out : ownKeys;
  ctx.resolved.set(name, result);
  return result;
}

/** The job as GitLab runs it: extends resolved, then `default:` for the keys it lacks. */
function effectiveJob(ctx: Ctx, name: string): CiMap | undefined {
  const job = resolveExtends(ctx, name, []);
  if (!job) return undefined;
  const inherit = child(child(job, 'inherit'), 'default');
  const allowed = (key: string) => !inherit || (inherit.kind === 'scalar' ? isTrue(inherit) : textList(inherit).some((k) => k.value === key));
  const defaults = child(ctx.root, 'default');
  const out = new Map(job.entries);
  for (const key of DEFAULT_KEYS) {
    if (out.has(key) || !allowed(key)) continue;
    const d = entry(defaults, key) ?? (LEGACY_DEFAULTS.includes(key) ? entry(ctx.root, key) : undefined);
    if (d) out.set(key, d);
  }
  // Scripts keep their tags so their lines can say which reference led to them.
  for (const [k, e] of out) if (!SCRIPT_KEYS.includes(k)) out.set(k, { ...e, value: resolveReferences(ctx, e.value) });
  return { ...job, entries: out };
}

/** Follows `!reference [name, key, ...]` (`refDepth` tags deep); undefined (with a finding) when it names nothing. */
function followReference(ctx: Ctx, ref: CiNode, refDepth: number): CiNode | undefined {
  const path = textList(ref).map((p) => p.value);
  if (refDepth > MAX_REFERENCE) {
    reportOnce(ctx, ref, `"!reference" tags nest deeper than ${MAX_REFERENCE} levels here; GitLab rejects the configuration.`);
    return undefined;
  }
  let node: CiNode | undefined = path.length > 0 ? resolveExtends(ctx, path[0]!, []) : undefined;
  for (const key of path.slice(1)) node = child(node, key);
  if (!node) reportOnce(ctx, ref, `"!reference [${path.join(', ')}]" names nothing in the configuration; GitLab rejects it.`);
  return node;
}

/** A value with its `!reference` tags followed (a reference inside a list is spliced in, as GitLab does). */
function resolveReferences(ctx: Ctx, node: CiNode, refDepth = 0, depth = 0): CiNode {
  if (depth > 40 || !spend(ctx, node)) return node;
  if (node.tag === '!reference') {
    const target = followReference(ctx, node, refDepth + 1);
    return target ? resolveReferences(ctx, target, refDepth + 1, depth + 1) : { kind: 'seq', items: [], file: node.file, pos: node.pos };
  }
  if (node.kind === 'seq') {
    const out: CiNode[] = [];
    for (const item of node.items) {
      const r = resolveReferences(ctx, item, refDepth, depth + 1);
      if (item.tag === '!reference' && r.kind === 'seq') out.push(...r.items);
      else out.push(r);
    }
    return { ...node, items: out };
  }
  if (node.kind === 'map') {
    const out = new Map(node.entries);
    for (const [k, e] of node.entries) out.set(k, { ...e, value: resolveReferences(ctx, e.value, refDepth, depth + 1) });
    return { ...node, entries: out };
  }
  return node;
}

/** `workflow:` with its `!reference` tags followed. */
export function resolveWorkflow(root: CiMap, findings: Finding[]): CiNode | undefined {
  const wf = child(root, 'workflow');
  return wf ? resolveReferences(newCtx(root, findings), wf) : undefined;
}

const SCRIPT_KEYS = ['before_script', 'script', 'after_script'];

interface ScriptLine {
  node: CiScalar;
  via: SourceRef[];
}

/** A script as the lines GitLab runs: nested lists flattened and `!reference` tags followed, each line with the path that led to it. */
function scriptLines(ctx: Ctx, node: CiNode | undefined, via: SourceRef[], refDepth = 0, depth = 0): ScriptLine[] {
  if (!node || depth > 40 || !spend(ctx, node)) return [];
  if (node.tag === '!reference') {
    const target = followReference(ctx, node, refDepth + 1);
    return scriptLines(ctx, target, [...via, refOf(node.file, node.pos)], refDepth + 1, depth + 1);
  }
  if (node.kind === 'scalar') return node.plain === 'null' ? [] : [{ node, via }];
  if (node.kind === 'seq') return node.items.flatMap((i) => scriptLines(ctx, i, via, refDepth, depth + 1));
  return [];
}

/** Consecutive lines from the same file and path form one step (one shell session in GitLab). */
function stepsOf(lines: ScriptLine[], name: string, start: number, cannotFail: string | undefined): CiStep[] {
  const steps: CiStep[] = [];
  for (const l of lines) {
    const last = steps[steps.length - 1];
    const sameVia = last && last.via.length === l.via.length && last.via.every((v, i) => v.file === l.via[i]!.file && v.line === l.via[i]!.line);
    const located = l.node.lines().filter((x) => x.value.trim() !== '');
    if (last && last.file === l.node.file && sameVia) {
      last.lines.push(...located);
      continue;
    }
    const step: CiStep = { index: start + steps.length, kind: 'script', name, file: l.node.file, pos: l.node.pos, lines: located, via: l.via, with: {}, env: {}, conditions: [] };
    if (cannotFail) step.cannotFail = cannotFail;
    steps.push(step);
  }
  return steps;
}

function locatedIn(node: CiNode | undefined): Located<string> | undefined {
  if (!node) return undefined;
  const t = text(node) ?? text(child(node, 'name'));
  return t ?? { value: describe(node), pos: node.pos };
}

function buildJob(ctx: Ctx, id: string, pos: { line: number; column: number }, file: string, node: CiMap, globalVars: Record<string, Located<string>>): JobDraft {
  const allow = child(node, 'allow_failure');
  const allowText = allow?.kind === 'scalar' ? text(allow) : allow ? { value: `exit codes ${textList(child(allow, 'exit_codes')).map((c) => c.value).join(', ')}`, pos: allow.pos } : undefined;
  const cannotFail = allow && isTrue(allow) ? `job "${id}" has "allow_failure: true" (${allow.file}:${allow.pos.line})` : undefined;
  const before = scriptLines(ctx, child(node, 'before_script'), []);
  const script = scriptLines(ctx, child(node, 'script'), []);
  const after = scriptLines(ctx, child(node, 'after_script'), []);
  const steps = [...stepsOf(before, 'before_script', 0, cannotFail)];
  steps.push(...stepsOf(script, 'script', steps.length, cannotFail));
  steps.push(...stepsOf(after, 'after_script', steps.length, cannotFail ?? `it is in "after_script" of job "${id}", whose failure does not fail the job`));
  const junit = child(child(child(node, 'artifacts'), 'reports'), 'junit');
  const vars = inheritVars(node, globalVars);
  const job: CiJob = {
    id,
    file,
    pos,
    steps,
    needs: items(child(node, 'needs')).map((n) => text(n) ?? text(child(n, 'job'))).filter((n): n is Located<string> => n !== undefined),
    services: items(child(node, 'services')).map(locatedIn).filter((s): s is Located<string> => s !== undefined),
    triggers: [],
    conditions: [],
    reports: textList(junit),
    env: { ...vars, ...textMap(child(node, 'variables')) },
  };
  const stage = text(child(node, 'stage'));
  if (stage) job.stage = stage;
  const image = locatedIn(child(node, 'image'));
  if (image) job.image = image;
  const env = locatedIn(child(node, 'environment'));
  if (env && env.value !== '') job.environment = env;
  if (allowText && allowText.value !== 'false') job.allowFailure = allowText;
  const matrix = matrixOf(child(child(node, 'parallel'), 'matrix'));
  if (matrix) job.matrix = matrix;
  const draft: JobDraft = { job, node };
  const trigger = child(node, 'trigger');
  if (trigger) {
    const childFile = childPipelineFile(ctx, id, trigger);
    if (childFile) {
      draft.childFile = childFile.value;
      job.child = { file: childFile.value, at: refOf(trigger.file, childFile.pos) };
    }
  }
  return draft;
}

function inheritVars(node: CiNode, globalVars: Record<string, Located<string>>): Record<string, Located<string>> {
  const inherit = child(child(node, 'inherit'), 'variables');
  if (!inherit) return globalVars;
  if (inherit.kind === 'scalar') return isTrue(inherit) ? globalVars : {};
  const keep = new Set(textList(inherit).map((v) => v.value));
  return Object.fromEntries(Object.entries(globalVars).filter(([k]) => keep.has(k)));
}

/** `parallel: matrix:` as axes: each variable once, with every value any entry gives it. */
function matrixOf(node: CiNode | undefined): Matrix | undefined {
  if (!node || node.kind !== 'seq') return undefined;
  const axes = new Map<string, MatrixAxis>();
  for (const set of node.items) {
    for (const e of entries(set)) {
      const axis = axes.get(e.key) ?? { name: e.key, values: [], pos: e.keyPos };
      for (const v of textList(e.value)) if (!axis.values.includes(v.value)) axis.values.push(v.value);
      axes.set(e.key, axis);
    }
  }
  return { pos: node.pos, axes: [...axes.values()], include: 0 };
}

/** The local file of a child pipeline (`trigger: include:`); other triggers are named as not followed. */
function childPipelineFile(ctx: Ctx, id: string, trigger: CiNode): Located<string> | undefined {
  const note = (pos: { line: number; column: number }, what: string) =>
    ctx.findings.push({ severity: 'notice', file: trigger.file, line: pos.line, column: pos.column, check: RULE, message: `Job "${id}" starts ${what}; mlops-ci-check does not follow it, so practices it runs are not counted.` });
  if (trigger.kind === 'scalar') {
    note(trigger.pos, `a pipeline in project "${trigger.value}"`);
    return undefined;
  }
  const project = text(child(trigger, 'project'));
  if (project) {
    note(project.pos, `a pipeline in project "${project.value}"`);
    return undefined;
  }
  const include = child(trigger, 'include');
  const list = include?.kind === 'seq' ? include.items : include ? [include] : [];
  for (const item of list) {
    const local = item.kind === 'scalar' ? text(item) : text(child(item, 'local'));
    if (local) return { value: local.value.replace(/^\.?\//, ''), pos: local.pos };
    const kind = ['artifact', 'project', 'template', 'remote', 'component'].find((k) => has(item, k));
    note(item.pos, kind === 'artifact' ? 'a child pipeline generated by a job (an artifact)' : `a child pipeline from a ${kind ?? 'non-local'} file`);
  }
  return undefined;
}
