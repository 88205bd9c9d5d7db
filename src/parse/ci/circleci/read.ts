/**
 * The CircleCI provider: `.circleci/config.yml` (version 2.0 or 2.1), each workflow a
 * pipeline whose jobs are the workflow's job entries, expanded with their parameters,
 * executors, commands and orbs, and reached as the workflow's filters, schedules and
 * `when`/`unless` say. A job after an approval job waits for a person.
 */
import type { Finding } from '../../../model/finding.js';
import { refOf, type Located, type SourceRef } from '../../../model/position.js';
import type { RepoIndex } from '../../../model/repository.js';
import type { Matrix } from '../../../model/github.js';
import type { CiJob, CiPipeline, ProviderResult } from '../tree.js';
import { child, describe, entries, entry, items, parseCiYaml, text, textList, textMap, type CiEntry, type CiNode } from '../node.js';
import { argReader, bindParams, expandSteps, INVOCATION_KEYS, relativeDir, reportOrb, RULE, substitute, wellKnown, type Defs, type Env, type Orb } from './expand.js';
import { jobTriggers, workflowReach } from './workflows.js';

export const CIRCLECI_FILES = ['.circleci/config.yml', '.circleci/config.yaml'];

const TOP_KEYS: ReadonlySet<string> = new Set(['version', 'setup', 'orbs', 'commands', 'executors', 'jobs', 'workflows', 'parameters']);
const JOB_KEYS: ReadonlySet<string> = new Set([
  'docker',
  'machine',
  'macos',
  'windows',
  'executor',
  'resource_class',
  'parameters',
  'steps',
  'working_directory',
  'environment',
  'parallelism',
  'shell',
  'circleci_ip_ranges',
  'description',
  'retention',
  'type',
]);

export function readCircleci(repo: RepoIndex): ProviderResult {
  const findings: Finding[] = [];
  const pipelines: CiPipeline[] = [];
  const file = CIRCLECI_FILES.find((f) => repo.has(f));
  if (!file) return { pipelines, findings };
  const source = repo.read(file);
  if (source === undefined) return { pipelines, findings };
  const parsed = parseCiYaml(file, source, 'CircleCI', RULE);
  findings.push(...parsed.findings);
  const root = parsed.root;
  const broken = parsed.findings.some((f) => f.check === 'syntax-check' && f.severity === 'error');
  if (!root || (root.kind === 'scalar' && root.plain === 'null')) {
    if (!broken) findings.push({ severity: 'warning', ...refOf(file), check: RULE, message: `"${file}" is empty, so CircleCI runs nothing.` });
    return { pipelines, findings };
  }
  if (root.kind !== 'map') {
    if (root && !(root.kind === 'scalar' && root.plain === 'null'))
      findings.push({
        severity: 'error',
        ...refOf(file, root.pos),
        check: RULE,
        message: `"${file}" is not a CircleCI configuration: expected a mapping with "version:", "jobs:" and "workflows:", found ${describe(root)}.`,
      });
    return { pipelines, findings };
  }
  const version = text(child(root, 'version'));
  if (!version || !/^2(\.[01])?$/.test(version.value)) {
    const at = version?.pos ?? root.pos;
    findings.push({
      severity: 'error',
      file,
      line: at.line,
      column: at.column,
      check: RULE,
      message: version ? `CircleCI "version: ${version.value}" is not read; mlops-ci-check reads versions 2.0 and 2.1.` : `"${file}" has no "version:"; CircleCI needs "version: 2.1".`,
    });
    if (version && /^1/.test(version.value)) return { pipelines, findings };
  }
  for (const e of entries(root)) {
    if (!TOP_KEYS.has(e.key) && e.value.kind !== 'map' && !/^(x-|aliases|references|defaults|anchors)/.test(e.key)) {
      findings.push({
        severity: 'warning',
        file: e.file,
        line: e.keyPos.line,
        column: e.keyPos.column,
        check: RULE,
        message: `Unknown top-level key "${e.key}"; CircleCI reads ${[...TOP_KEYS].join(', ')}.`,
      });
    }
  }
  const setup = child(root, 'setup');
  if (setup && /^true$/i.test(setup.kind === 'scalar' ? setup.value : '')) {
    findings.push({
      severity: 'notice',
      ...refOf(file, setup.pos),
      check: RULE,
      message: `"${file}" is a setup configuration ("setup: true"): the pipeline continues with a configuration it generates, which mlops-ci-check cannot read. Only this file's own jobs are counted.`,
    });
  }
  const defs: Defs = { file, commands: mapOf(child(root, 'commands')), executors: mapOf(child(root, 'executors')), jobs: mapOf(child(root, 'jobs')), orbs: new Map(), findings, reported: new Set() };
  for (const o of entries(child(root, 'orbs'))) {
    const ref = text(o.value);
    defs.orbs.set(o.key, { alias: o.key, ref: ref?.value ?? `${o.key} (inline)`, at: refOf(o.file, o.keyPos), ...(o.value.kind === 'map' ? { inline: o.value } : {}) });
  }
  const pipelineEnv: Env = { params: new Map(), pipeline: new Map(), owner: 'the pipeline' };
  for (const p of entries(child(root, 'parameters'))) {
    const d = text(child(p.value, 'default'));
    if (d) pipelineEnv.pipeline.set(p.key, { text: d.value });
  }
  const workflows = child(root, 'workflows');
  const list: CiEntry[] = entries(workflows).filter((w) => w.key !== 'version');
  if (!workflows) {
    // CircleCI 2.0 without workflows runs the job named "build" on every push.
    const build = entry(child(root, 'jobs'), 'build');
    if (build)
      list.push({
        key: 'build',
        keyPos: build.keyPos,
        file,
        value: {
          kind: 'map',
          file,
          pos: build.keyPos,
          entries: new Map([
            [
              'jobs',
              {
                key: 'jobs',
                keyPos: build.keyPos,
                file,
                value: { kind: 'seq', file, pos: build.keyPos, items: [{ kind: 'scalar', value: 'build', plain: 'string', file, pos: build.keyPos, lines: () => [] }] },
              },
            ],
          ]),
        },
      });
    else findings.push({ severity: 'error', ...refOf(file, root.pos), check: RULE, message: `"${file}" has no "workflows:" and no job named "build", so CircleCI runs nothing.` });
  }
  for (const w of list) pipelines.push(readWorkflow(defs, w, pipelineEnv));
  // Shape findings in a file with a syntax error echo it: the error says what is wrong.
  return { pipelines, findings: broken ? findings.filter((f) => f.check !== RULE || /anchor bomb|alias/.test(f.message)) : findings };
}

function mapOf(node: CiNode | undefined): Map<string, CiNode> {
  return new Map(entries(node).map((e) => [e.key, e.value]));
}

interface Invocation {
  job: string;
  name: string;
  pos: { line: number; column: number };
  args: CiNode | undefined;
  file: string;
}

function readWorkflow(defs: Defs, w: CiEntry, env: Env): CiPipeline {
  const pipeline: CiPipeline = { provider: 'circleci', file: w.file, name: w.key, pos: w.keyPos, jobs: [], files: [w.file], via: [] };
  const reach = workflowReach(defs, w.key, w.value);
  const jobsNode = child(w.value, 'jobs');
  if (!jobsNode || jobsNode.kind !== 'seq') {
    defs.findings.push({
      severity: 'error',
      file: w.file,
      line: w.keyPos.line,
      column: w.keyPos.column,
      check: RULE,
      message: `Workflow "${w.key}" should have "jobs:" as a list, found ${describe(jobsNode)}.`,
    });
    return pipeline;
  }
  const invocations: Invocation[] = [];
  for (const item of jobsNode.items) {
    if (item.kind === 'scalar') invocations.push({ job: item.value, name: item.value, pos: item.pos, args: undefined, file: item.file });
    else for (const e of entries(item)) invocations.push({ job: e.key, name: text(child(e.value, 'name'))?.value ?? e.key, pos: e.keyPos, args: e.value, file: e.file });
  }
  const approvals = new Map(invocations.filter((i) => text(child(i.args, 'type'))?.value === 'approval').map((i) => [i.name, i]));
  const byName = new Map(invocations.map((i) => [i.name, i]));
  const approvalBefore = (name: string, seen: Set<string>): Invocation | undefined => {
    if (seen.has(name)) return undefined;
    seen.add(name);
    for (const r of textList(child(byName.get(name)?.args, 'requires'))) {
      const a = approvals.get(r.value) ?? approvalBefore(r.value, seen);
      if (a) return a;
    }
    return undefined;
  };
  for (const inv of invocations) {
    if (approvals.has(inv.name)) continue;
    for (const r of textList(child(inv.args, 'requires'))) {
      const base = r.value.replace(/-[^-]*$/, '');
      if (!byName.has(r.value) && !invocations.some((i) => i.name === base || r.value.startsWith(`${i.name}-`))) {
        defs.findings.push({
          severity: 'error',
          file: inv.file,
          line: r.pos.line,
          column: r.pos.column,
          check: RULE,
          message: `Job "${inv.name}" requires "${r.value}", which is not a job of workflow "${w.key}"; CircleCI rejects the configuration.`,
        });
      }
    }
    const job = readJob(defs, inv, env);
    if (!job) continue;
    const approval = approvalBefore(inv.name, new Set());
    const filtersNode = child(inv.args, 'filters');
    const t = jobTriggers(reach, filtersNode, refOf(inv.file, filtersNode?.pos ?? inv.pos), env, approval ? { at: refOf(approval.file, approval.pos), approval: approval.name } : undefined);
    job.triggers = t.triggers;
    job.conditions = t.conditions;
    if (approval) job.manual = { value: `approval job "${approval.name}"`, pos: approval.pos };
    pipeline.jobs.push(job);
  }
  invocationMatrices(defs, invocations, pipeline, env);
  return pipeline;
}

/**
 * One job invoked several times in a workflow with different parameter values (`run_tests` with `py_ver: "3.7"`, then
 * `"3.11"`) runs like a matrix over those parameters: the first of its jobs gets that matrix, each parameter whose values
 * differ an axis (pipeline parameters substituted).
 */
function invocationMatrices(defs: Defs, invocations: readonly Invocation[], pipeline: CiPipeline, env: Env): void {
  const groups = new Map<string, Invocation[]>();
  for (const inv of invocations) if (inv.args?.kind === 'map' && !child(inv.args, 'matrix')) groups.set(inv.job, [...(groups.get(inv.job) ?? []), inv]);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const axes = new Map<string, { values: string[]; pos: Matrix['pos'] }>();
    for (const inv of group) {
      for (const e of entries(inv.args!)) {
        if (INVOCATION_KEYS.has(e.key) || e.value.kind !== 'scalar') continue;
        const value = substitute(e.value.value, env, defs, refOf(e.file, e.keyPos));
        const axis = axes.get(e.key) ?? { values: [], pos: e.keyPos };
        if (!axis.values.includes(value)) axis.values.push(value);
        axes.set(e.key, axis);
      }
    }
    const varying = [...axes].filter(([, a]) => a.values.length >= 2);
    const first = pipeline.jobs.find((j) => j.id === group[0]!.name);
    if (varying.length === 0 || !first || first.matrix) continue;
    first.matrix = { pos: group[0]!.pos, axes: varying.map(([name, a]) => ({ name, values: a.values, pos: a.pos })), include: 0 };
  }
}

/** One job entry of a workflow, expanded: a job of the configuration, of an inline orb, or of a well-known orb. */
function readJob(defs: Defs, inv: Invocation, env: Env): CiJob | undefined {
  const at: SourceRef = refOf(inv.file, inv.pos);
  const matrix = matrixOf(child(child(inv.args, 'matrix'), 'parameters'));
  // A matrix job is read with the first value of each axis (each combination runs the same steps).
  const args = withMatrix(inv.args, child(child(inv.args, 'matrix'), 'parameters'));
  const job: CiJob = { id: inv.name, file: inv.file, pos: inv.pos, steps: [], needs: textList(child(inv.args, 'requires')), services: [], triggers: [], conditions: [], reports: [], env: {} };
  if (matrix) job.matrix = matrix;
  const slash = inv.job.indexOf('/');
  const orb: Orb | undefined = slash > 0 ? defs.orbs.get(inv.job.slice(0, slash)) : undefined;
  const def = defs.jobs.get(inv.job) ?? child(child(orb?.inline, 'jobs'), inv.job.slice(slash + 1));
  if (!def) {
    if (orb) {
      const row = wellKnown(orb, inv.job.slice(slash + 1), 'job');
      const arg = argReader(args, env, defs, at);
      if (row) {
        if (row.image) job.image = { value: row.image, pos: inv.pos };
      } else reportOrb(defs, orb, inv.job, at);
      job.steps.push({
        index: 0,
        kind: 'orb',
        file: inv.file,
        pos: inv.pos,
        lines: row ? row.run(arg).map((value) => ({ value, pos: inv.pos })) : [],
        via: [],
        uses: { value: inv.job, pos: inv.pos },
        with: textMap(args),
        env: {},
        conditions: [],
      });
      return job;
    }
    defs.findings.push({
      severity: 'error',
      ...at,
      check: RULE,
      message:
        slash > 0
          ? `Job "${inv.job}" uses the orb "${inv.job.slice(0, slash)}", which "orbs:" does not declare; CircleCI rejects the configuration.`
          : `Workflow job "${inv.job}" is not defined under "jobs:"; CircleCI rejects the configuration.`,
    });
    return undefined;
  }
  for (const k of entries(def)) {
    if (!JOB_KEYS.has(k.key))
      defs.findings.push({
        severity: 'warning',
        file: k.file,
        line: k.keyPos.line,
        column: k.keyPos.column,
        check: RULE,
        message: `Unknown key "${k.key}" in job "${inv.job}"; CircleCI rejects the configuration.`,
      });
  }
  const jobEnv = bindParams(defs, child(def, 'parameters'), args, env, `job "${inv.job}"`, INVOCATION_KEYS);
  readExecutor(defs, job, def, jobEnv);
  const wd = text(child(def, 'working_directory'));
  const rel = wd ? relativeDir(substitute(wd.value, jobEnv, defs, refOf(def.file, wd.pos))) : undefined;
  const workdir: Located<string> | undefined = wd && rel ? { value: rel, pos: wd.pos } : undefined;
  job.env = { ...job.env, ...textMap(child(def, 'environment')) };
  const steps: CiNode = { kind: 'seq', file: def.file, pos: def.pos, items: [...items(child(inv.args, 'pre-steps')), ...items(child(def, 'steps')), ...items(child(inv.args, 'post-steps'))] };
  if (!child(def, 'steps')) defs.findings.push({ severity: 'error', ...at, check: RULE, message: `Job "${inv.job}" has no "steps:"; CircleCI rejects it.` });
  const x = expandSteps(defs, steps, jobEnv, at, workdir);
  job.steps = x.steps;
  job.reports = x.reports;
  return job;
}

/** The image and services of a job, from `docker:`, `machine:` or its executor (local, inline orb, or well-known orb). */
function readExecutor(defs: Defs, job: CiJob, def: CiNode, env: Env): void {
  let source: CiNode | undefined = def;
  let execEnv = env;
  const ex = child(def, 'executor');
  if (ex) {
    const name = ex.kind === 'scalar' ? ex.value : (text(child(ex, 'name'))?.value ?? '');
    const local = defs.executors.get(name);
    if (local) {
      execEnv = bindParams(defs, child(local, 'parameters'), ex.kind === 'map' ? ex : undefined, env, `executor "${name}"`, new Set(['name']));
      source = local;
    } else if (name.includes('/')) {
      job.image = { value: `${name} (orb executor)`, pos: ex.pos };
      return;
    } else {
      defs.findings.push({
        severity: 'error',
        file: ex.file,
        line: ex.pos.line,
        column: ex.pos.column,
        check: RULE,
        message: `Executor "${name}" is not defined under "executors:"; CircleCI rejects the configuration.`,
      });
      return;
    }
  }
  const docker = items(child(source, 'docker'));
  const image = (n: CiNode | undefined): Located<string> | undefined => {
    const t = text(child(n, 'image'));
    return t ? { value: substitute(t.value, execEnv, defs, refOf(n!.file, t.pos)), pos: t.pos } : undefined;
  };
  const first = image(docker[0]);
  if (first) job.image = first;
  job.services = docker
    .slice(1)
    .map(image)
    .filter((s): s is Located<string> => s !== undefined);
  const machine = child(source, 'machine');
  if (!first && machine) job.image = text(child(machine, 'image')) ?? { value: 'machine', pos: machine.pos };
  job.env = textMap(child(source, 'environment'));
}

function matrixOf(node: CiNode | undefined): Matrix | undefined {
  if (!node || node.kind !== 'map') return undefined;
  return { pos: node.pos, axes: entries(node).map((e) => ({ name: e.key, values: textList(e.value).map((v) => v.value), pos: e.keyPos })), include: 0 };
}

/** The invocation's arguments with each matrix parameter set to its first value. */
function withMatrix(args: CiNode | undefined, matrix: CiNode | undefined): CiNode | undefined {
  if (!args || args.kind !== 'map' || !matrix) return args;
  const out = new Map(args.entries);
  for (const e of entries(matrix)) {
    const first = items(e.value)[0] ?? e.value;
    out.set(e.key, { ...e, value: first });
  }
  return { ...args, entries: out };
}
