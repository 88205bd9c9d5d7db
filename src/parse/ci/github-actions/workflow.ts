/**
 * YAML text → typed Workflow / LocalAction with positions. Odd shapes become findings at
 * their line; whatever is well-formed is kept, so the other checks still run.
 */
import type { Node } from 'yaml';
import type { Finding } from '../../../model/finding.js';
import type { Located, Position } from '../../../model/position.js';
import type { Job, LocalAction, Matrix, MatrixAxis, Step, Trigger, Workflow } from '../../../model/github.js';
import { describeCron } from '../../cron.js';
import { parseYaml, type YamlReader } from '../../yaml.js';

export interface Parsed<T> {
  value: T | undefined;
  findings: Finding[];
}

const RULE = 'workflow-shape';

function finding(file: string, pos: Position, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { severity, file, line: pos.line, column: pos.column, message, check: RULE };
}

export function parseWorkflow(file: string, text: string): Parsed<Workflow> {
  const { reader: y, root, findings } = parseYaml(file, text);
  if (root === undefined || !y.isMap(root)) {
    if (findings.length === 0 || root !== undefined) {
      findings.push(finding(file, y.posOf(root), `"${file}" is not a workflow: expected a mapping with "on:" and "jobs:", found ${describeNode(y, root)}.`));
    }
    return { value: undefined, findings };
  }
  checkKeys(y, root, findings);
  const onKey = y.keyPos(root, 'on');
  const onNode = y.get(root, 'on');
  if (!onKey) findings.push(finding(file, y.posOf(root), `Workflow "${file}" has no "on:" key, so GitHub never runs it.`));
  const workflow: Workflow = {
    file,
    name: y.str(y.get(root, 'name')),
    onPos: onKey ?? y.posOf(root),
    triggers: onKey ? parseTriggers(y, onNode, onKey, findings) : [],
    env: y.strMap(y.get(root, 'env')),
    jobs: [],
  };
  const jobsNode = y.get(root, 'jobs');
  if (!y.hasKey(root, 'jobs')) findings.push(finding(file, y.posOf(root), `Workflow "${file}" has no "jobs:" key.`));
  else if (!y.isMap(jobsNode)) findings.push(finding(file, y.keyPos(root, 'jobs') ?? y.posOf(root), `"jobs:" should be a mapping of job ids to jobs, found ${describeNode(y, jobsNode)}.`));
  for (const e of y.entries(jobsNode)) {
    if (e.key === '') continue; // a key that is not text: reported by checkKeys
    if (!JOB_ID.test(e.key)) findings.push(finding(file, e.keyPos, `Job id "${e.key}" is not valid: GitHub needs a job id to start with a letter or "_" and hold only letters, digits, "-" and "_". Rename it.`));
    if (!y.isMap(e.value)) {
      findings.push(finding(file, e.keyPos, `Job "${e.key}" should be a mapping, found ${describeNode(y, e.value)}.`));
      continue;
    }
    workflow.jobs.push(parseJob(y, e.key, e.keyPos, e.value!, findings, runDefaults(y, root)));
  }
  return { value: workflow, findings: withoutEchoes(findings) };
}

/** Drops shape findings on a line whose syntax error already explains it (the partial tree is odd there). */
function withoutEchoes(findings: Finding[]): Finding[] {
  const broken = new Set(findings.filter((f) => f.check === 'syntax-check').map((f) => f.line));
  return findings.filter((f) => f.check !== RULE || !broken.has(f.line));
}

/** The keys GitHub accepts at the top of a workflow. */
const WORKFLOW_KEYS: ReadonlySet<string> = new Set(['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs']);

/** Events GitHub Actions knows (docs: "Events that trigger workflows"); others are kept by name and flagged. */
const KNOWN_EVENTS: ReadonlySet<string> = new Set([
  'branch_protection_rule', 'check_run', 'check_suite', 'create', 'delete', 'deployment', 'deployment_status', 'discussion',
  'discussion_comment', 'fork', 'gollum', 'issue_comment', 'issues', 'label', 'merge_group', 'milestone', 'page_build',
  'project', 'project_card', 'project_column', 'public', 'pull_request', 'pull_request_review', 'pull_request_review_comment',
  'pull_request_target', 'push', 'registry_package', 'release', 'repository_dispatch', 'schedule', 'status', 'watch',
  'workflow_call', 'workflow_dispatch', 'workflow_run',
]);

const JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const EXPRESSION = /\$\{\{/;

/** Keys that are not text, YAML merge keys (GitHub does not support `<<`), unknown top-level keys. */
function checkKeys(y: YamlReader, root: Node, findings: Finding[]): void {
  for (const k of y.keys()) {
    if (k.key === undefined) findings.push(finding(y.file, k.pos, 'This key is a list or a mapping, not text; workflow keys are plain names. Write the key as a name.'));
    else if (k.key === '<<') findings.push(finding(y.file, k.pos, 'GitHub Actions does not support YAML merge keys ("<<: *anchor"); the merged keys are ignored. Write the keys out, or use an alias for a whole value.'));
  }
  for (const e of y.entries(root)) {
    if (e.key !== '' && e.key !== '<<' && !WORKFLOW_KEYS.has(e.key)) {
      findings.push(finding(y.file, e.keyPos, `Unknown top-level key "${e.key}"; GitHub accepts only ${[...WORKFLOW_KEYS].join(', ')}. Remove it or move it under a job.`, 'warning'));
    }
  }
}

function describeNode(y: YamlReader, node: Node | undefined): string {
  const kind = y.kindOf(node);
  if (kind === 'mapping' || kind === 'list') return `a ${kind}`;
  if (kind === 'nothing' || kind === 'null') return 'nothing';
  const s = y.str(node)?.value ?? '';
  if (kind === 'number' || kind === 'boolean') return `the ${kind} ${s}`;
  return s === '' ? 'nothing' : `the text "${truncate(s, 40)}"`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function emptyTrigger(event: string, pos: Position): Trigger {
  return { event, pos, branches: [], branchesIgnore: [], tags: [], paths: [], pathsIgnore: [], types: [], crons: [], workflows: [] };
}

function parseTriggers(y: YamlReader, node: Node | undefined, onPos: Position, findings: Finding[]): Trigger[] {
  const file = y.file;
  if (node === undefined) {
    findings.push(finding(file, onPos, '"on:" is empty, so GitHub never runs this workflow.'));
    return [];
  }
  if (y.isSeq(node) || y.str(node)) {
    const named = y.isSeq(node) ? y.seq(node) : [node];
    const triggers: Trigger[] = [];
    for (const item of named) {
      const s = y.str(item);
      if (!s || y.kindOf(item) !== 'text' || EXPRESSION.test(s.value)) {
        const why = s && EXPRESSION.test(s.value) ? '; GitHub does not evaluate expressions there' : '';
        findings.push(finding(file, y.posOf(item, onPos), `"on:" should name events (push, pull_request, ...), found ${describeNode(y, item)}${why}. Write the event names.`));
        continue;
      }
      checkEvent(file, s.value, s.pos, findings);
      triggers.push(emptyTrigger(s.value, s.pos));
    }
    return triggers;
  }
  if (!y.isMap(node)) {
    findings.push(finding(file, y.posOf(node, onPos), `"on:" should be an event, a list of events or a mapping of events, found ${describeNode(y, node)}.`));
    return [];
  }
  const triggers: Trigger[] = [];
  for (const e of y.entries(node)) {
    if (e.key === '') continue;
    checkEvent(file, e.key, e.keyPos, findings);
    const t = emptyTrigger(e.key, e.keyPos);
    const v = e.value;
    if (e.key === 'schedule') {
      if (!y.isSeq(v)) findings.push(finding(file, e.keyPos, `"schedule:" should be a list of "- cron: ..." entries, found ${describeNode(y, v)}.`));
      for (const item of y.seq(v)) {
        const cron = y.str(y.get(item, 'cron'));
        if (!cron) {
          findings.push(finding(file, y.posOf(item, e.keyPos), 'A schedule entry has no "cron:" text.'));
          continue;
        }
        const meaning = describeCron(cron.value);
        if (!meaning.valid) findings.push(finding(file, cron.pos, `${meaning.text}; GitHub will not run this schedule.`));
        t.crons.push({ cron: cron.value, description: meaning.text, pos: cron.pos });
      }
    } else if (y.isMap(v)) {
      t.branches = y.strList(y.get(v, 'branches'));
      t.branchesIgnore = y.strList(y.get(v, 'branches-ignore'));
      t.tags = y.strList(y.get(v, 'tags'));
      t.paths = y.strList(y.get(v, 'paths'));
      t.pathsIgnore = y.strList(y.get(v, 'paths-ignore'));
      t.types = y.strList(y.get(v, 'types'));
      t.workflows = y.strList(y.get(v, 'workflows'));
    }
    triggers.push(t);
  }
  return triggers;
}

function checkEvent(file: string, event: string, pos: Position, findings: Finding[]): void {
  if (!KNOWN_EVENTS.has(event)) findings.push(finding(file, pos, `"${event}" is not an event GitHub Actions knows, so it never starts this workflow. Check the spelling (events use "_", as in "pull_request").`, 'warning'));
}

function optStr(y: YamlReader, node: Node | undefined, key: string): Located<string> | undefined {
  const v = y.get(node, key);
  if (v === undefined) return undefined;
  const s = y.str(v);
  if (s) return s;
  // A mapping or list where a scalar is usual (`environment: {name: prod}`, `container: {image: ..}`).
  const inner = y.str(y.get(v, 'name')) ?? y.str(y.get(v, 'image'));
  return inner ?? { value: y.compact(v), pos: y.posOf(v) };
}

/** `defaults.run` of a workflow or job: the working directory and shell of its `run:` steps. */
interface RunDefaults {
  workingDirectory?: Located<string>;
  shell?: Located<string>;
}

function runDefaults(y: YamlReader, node: Node | undefined, outer: RunDefaults = {}): RunDefaults {
  const run = y.get(y.get(node, 'defaults'), 'run');
  const workingDirectory = y.str(y.get(run, 'working-directory')) ?? outer.workingDirectory;
  const shell = y.str(y.get(run, 'shell')) ?? outer.shell;
  return { ...(workingDirectory ? { workingDirectory } : {}), ...(shell ? { shell } : {}) };
}

function parseJob(y: YamlReader, id: string, pos: Position, node: Node, findings: Finding[], outer: RunDefaults = {}): Job {
  const strategy = y.get(node, 'strategy');
  const matrixNode = y.get(strategy, 'matrix');
  const servicesNode = y.get(node, 'services');
  const needsNode = y.get(node, 'needs');
  const needsKind = y.kindOf(needsNode);
  const needsText = y.str(needsNode)?.value ?? '';
  if (needsKind === 'mapping' || (needsKind === 'text' && EXPRESSION.test(needsText))) {
    findings.push(finding(y.file, y.keyPos(node, 'needs') ?? pos, `"needs:" of job "${id}" should be a job id or a list of job ids, found ${describeNode(y, needsNode)}; GitHub does not evaluate expressions there.`));
  }
  const runsOnNode = y.get(node, 'runs-on');
  if (runsOnNode === undefined && !y.hasKey(node, 'uses')) {
    findings.push(finding(y.file, pos, `Job "${id}" has neither "runs-on:" nor "uses:"; GitHub needs one of them to run it.`));
  } else if (y.isMap(runsOnNode) && !y.hasKey(runsOnNode, 'labels') && !y.hasKey(runsOnNode, 'group')) {
    findings.push(finding(y.file, y.keyPos(node, 'runs-on') ?? pos, `"runs-on:" of job "${id}" is a mapping without "labels:" or "group:"; GitHub cannot pick a runner from it.`));
  }
  const job: Job = {
    id,
    pos,
    name: y.str(y.get(node, 'name')),
    needs: needsKind === 'mapping' ? [] : y.strList(needsNode),
    if: y.str(y.get(node, 'if')),
    runsOn: runsOn(y, runsOnNode),
    matrix: matrixNode !== undefined ? parseMatrix(y, matrixNode, findings) : undefined,
    environment: optStr(y, node, 'environment'),
    continueOnError: y.str(y.get(node, 'continue-on-error')),
    services: y.entries(servicesNode).map((s) => {
      const image = y.str(y.get(s.value, 'image')) ?? y.str(s.value);
      return { value: image ? `${s.key}: ${image.value}` : s.key, pos: s.keyPos };
    }),
    container: optStr(y, node, 'container'),
    permissions: optStr(y, node, 'permissions'),
    uses: y.str(y.get(node, 'uses')),
    with: y.strMap(y.get(node, 'with')),
    env: y.strMap(y.get(node, 'env')),
    steps: [],
  };
  const stepsNode = y.get(node, 'steps');
  if (stepsNode !== undefined && !y.isSeq(stepsNode)) {
    findings.push(finding(y.file, y.keyPos(node, 'steps') ?? pos, `"steps:" of job "${id}" should be a list, found ${describeNode(y, stepsNode)}.`));
  }
  job.steps = parseSteps(y, stepsNode, findings);
  // The job's (or else the workflow's) `defaults.run` applies to its `run:` steps that set none themselves.
  const defaults = runDefaults(y, node, outer);
  for (const step of job.steps) {
    if (!step.run) continue;
    if (!step.workingDirectory && defaults.workingDirectory) step.workingDirectory = defaults.workingDirectory;
    if (!step.shell && defaults.shell) step.shell = defaults.shell;
  }
  return job;
}

function runsOn(y: YamlReader, node: Node | undefined): Located<string>[] {
  if (node === undefined) return [];
  if (y.isMap(node)) {
    const labels = y.strList(y.get(node, 'labels'));
    const group = y.str(y.get(node, 'group'));
    return group ? [...labels, group] : labels;
  }
  return y.strList(node);
}

function parseMatrix(y: YamlReader, node: Node, findings: Finding[]): Matrix {
  const pos = y.posOf(node);
  const s = y.str(node);
  if (s) return { pos, axes: [], include: 0, expression: s.value };
  if (!y.isMap(node)) findings.push(finding(y.file, pos, `"matrix:" should be a mapping of axes or an expression, found ${describeNode(y, node)}.`));
  const axes: MatrixAxis[] = [];
  let include = 0;
  let expression: string | undefined;
  for (const e of y.entries(node)) {
    if (e.key === 'include') {
      include = y.seq(e.value).length;
      continue;
    }
    if (e.key === 'exclude') continue;
    const single = y.str(e.value);
    if (single && /\$\{\{/.test(single.value)) {
      expression ??= single.value;
      axes.push({ name: e.key, values: [single.value], pos: e.keyPos });
      continue;
    }
    const values = y.seq(e.value).map((item) => y.str(item)?.value ?? y.compact(item));
    axes.push({ name: e.key, values, pos: e.keyPos });
  }
  return expression !== undefined ? { pos, axes, include, expression } : { pos, axes, include };
}

export function parseSteps(y: YamlReader, node: Node | undefined, findings: Finding[]): Step[] {
  const steps: Step[] = [];
  y.seq(node).forEach((item, index) => {
    const pos = y.posOf(item);
    if (!y.isMap(item)) {
      findings.push(finding(y.file, pos, `Step ${index + 1} should be a mapping with "uses:" or "run:", found ${describeNode(y, item)}.`));
      return;
    }
    const runNode = y.get(item, 'run');
    const run = y.str(runNode);
    const usesText = y.str(y.get(item, 'uses'))?.value ?? '';
    if ((run?.value ?? '') === '' && usesText === '') {
      findings.push(finding(y.file, pos, `Step ${index + 1} has neither "uses:" nor "run:" text; GitHub needs exactly one of them.`));
    } else if (run && usesText !== '') {
      findings.push(finding(y.file, pos, `Step ${index + 1} has both "uses:" and "run:"; GitHub accepts only one of them per step. Split it into two steps.`));
    }
    steps.push({
      index,
      pos,
      id: y.str(y.get(item, 'id')),
      name: y.str(y.get(item, 'name')),
      uses: y.str(y.get(item, 'uses')),
      run,
      runLines: run ? y.scalarLines(runNode) : [],
      shell: y.str(y.get(item, 'shell')),
      with: y.strMap(y.get(item, 'with')),
      env: y.strMap(y.get(item, 'env')),
      if: y.str(y.get(item, 'if')),
      continueOnError: y.str(y.get(item, 'continue-on-error')),
      workingDirectory: y.str(y.get(item, 'working-directory')),
    });
  });
  return steps;
}

export function parseLocalAction(dir: string, file: string, text: string): Parsed<LocalAction> {
  const { reader: y, root, findings } = parseYaml(file, text);
  if (root === undefined || !y.isMap(root)) {
    if (findings.length === 0 || root !== undefined) findings.push(finding(file, y.posOf(root), `"${file}" is not an action: expected a mapping with "runs:", found ${describeNode(y, root)}.`));
    return { value: undefined, findings };
  }
  const runs = y.get(root, 'runs');
  const using = y.str(y.get(runs, 'using'))?.value ?? '';
  if (!runs) findings.push(finding(file, y.posOf(root), `Action "${file}" has no "runs:" key.`));
  const steps = using === 'composite' ? parseSteps(y, y.get(runs, 'steps'), findings) : [];
  return { value: { dir, file, name: y.str(y.get(root, 'name')), using, steps }, findings };
}
