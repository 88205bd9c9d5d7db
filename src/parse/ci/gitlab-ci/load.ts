/**
 * A GitLab CI configuration as one tree: the file, with its `include:`s of local files
 * merged in (GitLab's order: included files first, the including file wins), every value
 * keeping the file and line it is written at. Remote, project, template and component
 * includes are named as not followed; include loops and missing files are findings.
 */
import picomatch from 'picomatch';
import type { Finding } from '../../../model/finding.js';
import { refOf, type SourceRef } from '../../../model/position.js';
import type { RepoIndex } from '../../../model/repository.js';
import { child, describe, items, mergeNodes, parseCiYaml, text, type CiMap, type CiNode } from '../node.js';
import { RULE } from './rules.js';

/** GitLab's limit on included files per pipeline. */
export const MAX_INCLUDES = 150;

export interface LoadedConfig {
  root: CiMap | undefined;
  /** Set when an include was not followed (remote, project, template, component): jobs may be missing. */
  partial: boolean;
  /** Files with YAML syntax errors: their partial trees have odd shapes, which the syntax error explains. */
  broken: Set<string>;
  /** Files read, the starting file first. */
  files: string[];
  findings: Finding[];
}

interface LoadState {
  repo: RepoIndex;
  partial: boolean;
  broken: Set<string>;
  files: string[];
  findings: Finding[];
  count: number;
}

export function loadGitlabConfig(repo: RepoIndex, file: string): LoadedConfig {
  const state: LoadState = { repo, partial: false, broken: new Set(), files: [], findings: [], count: 0 };
  const root = loadFile(state, file, [], undefined);
  return { root, partial: state.partial, broken: state.broken, files: state.files, findings: state.findings };
}

/**
 * A file's text with a `spec:` header document blanked (lines kept, so positions hold):
 * GitLab reads the header (`spec: inputs:`) and the configuration after `---` separately.
 */
export function withoutSpecHeader(source: string): string {
  const lines = source.split('\n');
  const sep = lines.findIndex((l) => /^---\s*$/.test(l));
  if (sep <= 0) return source;
  const head = lines.slice(0, sep);
  if (!head.some((l) => /^spec\s*:/.test(l))) return source;
  return [...head.map(() => ''), '', ...lines.slice(sep + 1)].join('\n');
}

function loadFile(state: LoadState, file: string, chain: string[], at: SourceRef | undefined): CiMap | undefined {
  const source = state.repo.read(file);
  if (source === undefined) return undefined;
  if (!state.files.includes(file)) state.files.push(file);
  const parsed = parseCiYaml(file, withoutSpecHeader(source), 'GitLab', RULE);
  state.findings.push(...parsed.findings);
  const root = parsed.root;
  if (parsed.findings.some((f) => f.check === 'syntax-check' && f.severity === 'error')) state.broken.add(file);
  if (root === undefined || (root.kind === 'scalar' && root.plain === 'null')) {
    if (!parsed.findings.some((f) => f.severity === 'error')) state.findings.push({ severity: 'warning', ...refOf(file), check: RULE, message: `"${file}" is empty${at ? ` (included from ${at.file}:${at.line})` : ''}, so it defines no job.` });
    return undefined;
  }
  if (root.kind !== 'map') {
    const where = at ?? refOf(file, root.pos);
    state.findings.push({ severity: 'error', ...refOf(file, root.pos), check: RULE, message: `"${file}" is not a GitLab CI configuration: expected a mapping of jobs and keywords, found ${describe(root)}.${at ? ` It is included from ${where.file}:${where.line}.` : ''}` });
    return undefined;
  }
  const includes = child(root, 'include');
  if (!includes) return root;
  const own: CiMap = { ...root, entries: new Map([...root.entries].filter(([k]) => k !== 'include')) };
  let merged: CiNode | undefined;
  for (const inc of includeList(includes)) {
    const template = workflowTemplate(inc);
    if (template) {
      merged = merged ? mergeNodes(merged, template) : template;
      continue;
    }
    for (const target of localTargets(state, inc)) {
      const incAt = refOf(inc.file, inc.pos);
      if ([...chain, file].includes(target)) {
        state.findings.push({ severity: 'error', ...incAt, check: RULE, message: `Include loop: ${[...chain, file].slice([...chain, file].indexOf(target)).concat(target).join(' → ')}; GitLab rejects it. Remove one of the includes.` });
        continue;
      }
      if (++state.count > MAX_INCLUDES) {
        if (state.count === MAX_INCLUDES + 1) state.findings.push({ severity: 'error', ...incAt, check: RULE, message: `More than ${MAX_INCLUDES} files are included; GitLab rejects the pipeline, and the rest were not read.` });
        continue;
      }
      const loaded = loadFile(state, target, [...chain, file], incAt);
      if (loaded) merged = merged ? mergeNodes(merged, loaded) : loaded;
    }
  }
  const out = merged ? mergeNodes(merged, own) : own;
  return out.kind === 'map' ? out : own;
}

export interface IncludeEntry {
  kind: 'local' | 'remote' | 'project' | 'template' | 'component' | 'artifact' | 'unknown';
  value: string;
  file: string;
  pos: { line: number; column: number };
}

/** `include:` as a list of entries (a string, a mapping, or a list of either). */
export function includeList(node: CiNode): IncludeEntry[] {
  const list = node.kind === 'seq' ? node.items : [node];
  const out: IncludeEntry[] = [];
  for (const item of list) {
    const s = text(item);
    if (s && item.kind === 'scalar') {
      out.push({ kind: /^https?:\/\//i.test(s.value) ? 'remote' : 'local', value: s.value, file: item.file, pos: s.pos });
      continue;
    }
    if (item.kind !== 'map') {
      out.push({ kind: 'unknown', value: describe(item), file: item.file, pos: item.pos });
      continue;
    }
    const kind = (['local', 'remote', 'project', 'template', 'component', 'artifact'] as const).find((k) => child(item, k) !== undefined) ?? 'unknown';
    const v = kind === 'unknown' ? undefined : text(child(item, kind));
    const files = kind === 'project' ? items(child(item, 'file')).map((f) => text(f)?.value ?? '').concat(text(child(item, 'file'))?.value ?? []) : [];
    out.push({ kind, value: kind === 'project' ? `${v?.value ?? ''}${files.length > 0 ? ` (${files.filter((f) => f !== '').join(', ')})` : ''}` : (v?.value ?? ''), file: item.file, pos: v?.pos ?? item.pos });
  }
  return out;
}

/**
 * GitLab's workflow templates (lib/gitlab/ci/templates/Workflows/), which only set
 * `workflow: rules`: read as the `if:` lines they hold, placed at the include.
 */
const WORKFLOW_TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  'Workflows/Branch-Pipelines.gitlab-ci.yml': ['$CI_COMMIT_TAG', '$CI_COMMIT_BRANCH'],
  'Workflows/MergeRequest-Pipelines.gitlab-ci.yml': ['$CI_MERGE_REQUEST_IID', '$CI_COMMIT_TAG', '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH'],
};

/** A `workflow: rules:` node for a known workflow template, every value at the include's place. */
export function workflowTemplate(inc: IncludeEntry): CiMap | undefined {
  const ifs = WORKFLOW_TEMPLATES[inc.value];
  if (inc.kind !== 'template' || !ifs) return undefined;
  const at = { file: inc.file, pos: inc.pos };
  const scalar = (value: string): CiNode => ({ kind: 'scalar', value, plain: 'string', ...at, lines: () => [{ value, pos: inc.pos }] });
  const map = (entries: [string, CiNode][]): CiMap => ({ kind: 'map', ...at, entries: new Map(entries.map(([k, v]) => [k, { key: k, keyPos: inc.pos, file: inc.file, value: v }])) });
  const rules: CiNode = { kind: 'seq', ...at, items: ifs.map((i) => map([['if', scalar(i)]])) };
  return map([['workflow', map([['rules', rules]])]]);
}

/** The repository files a local include names (wildcards as GitLab reads them); other kinds are reported as not followed. */
function localTargets(state: LoadState, inc: IncludeEntry): string[] {
  const at = refOf(inc.file, inc.pos);
  if (inc.kind !== 'local') {
    state.partial = true;
    const what = inc.kind === 'unknown' ? `an include of an unknown form (${inc.value})` : `the ${inc.kind} include "${inc.value}"`;
    state.findings.push({ severity: 'notice', ...at, check: RULE, message: `mlops-ci-check does not follow ${what}; the jobs it defines are not read, so practices they run are not counted.` });
    return [];
  }
  const path = inc.value.replace(/^\.?\//, '');
  if (!/[*]/.test(path)) {
    if (state.repo.has(path)) return [path];
    state.findings.push({ severity: 'error', ...at, check: RULE, message: `The local include "${inc.value}" is not in the repository; GitLab fails the pipeline. Fix the path (it is relative to the repository root).` });
    return [];
  }
  const matches = picomatch(path, { dot: true });
  const found = state.repo.files.filter((f) => matches(f) && /\.ya?ml$/i.test(f));
  if (found.length === 0) state.findings.push({ severity: 'warning', ...at, check: RULE, message: `The local include "${inc.value}" matches no file in the repository.` });
  return found;
}

