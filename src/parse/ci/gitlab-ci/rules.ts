/**
 * Which pipelines a GitLab CI job is part of: `workflow: rules`, the job's `rules:`, or its
 * `only:`/`except:` (default `only: [branches, tags]`), evaluated for each kind of pipeline
 * (GITLAB_SOURCES) in three values. A rule the tool cannot decide keeps the job in that
 * pipeline with the rule's condition in words. GitLab keeps schedules in the project's
 * settings, so a job counts as scheduled only when its rules name schedules.
 */
import type { Finding } from '../../../model/finding.js';
import { refOf, type Located, type SourceRef } from '../../../model/position.js';
import { TRIGGER_ORDER, type CiTrigger, type TriggerKind } from '../tree.js';
import { child, describe, items, text, textList, type CiNode } from '../node.js';
import { evaluateIf, GITLAB_SOURCES, type GitlabSource, type Truth } from './expr.js';

export const RULE = 'gitlab-ci';

/** What a job does in one kind of pipeline. */
export interface SourceOutcome {
  /** Set when the job waits for a person there (`when: manual`). */
  manual?: Located<string>;
  conditions: string[];
  /** Where this was decided. */
  at: SourceRef;
}

export type Outcomes = Map<GitlabSource, SourceOutcome>;

/** GitLab's pipeline sources → the neutral trigger kinds. */
export const SOURCE_KIND: Readonly<Record<GitlabSource, TriggerKind>> = {
  merge_request_event: 'pull-request',
  push: 'push',
  tag: 'release',
  schedule: 'schedule',
  web: 'manual',
  api: 'manual',
  trigger: 'manual',
  pipeline: 'upstream',
  parent_pipeline: 'upstream',
};

/** How each kind of pipeline is named in conditions. */
export const SOURCE_WORDS: Readonly<Record<GitlabSource, string>> = {
  merge_request_event: 'merge-request pipelines',
  push: 'branch pipelines',
  tag: 'tag pipelines',
  schedule: 'scheduled pipelines',
  web: 'pipelines run from the web page',
  api: 'pipelines started through the API',
  trigger: 'pipelines started with a trigger token',
  pipeline: 'multi-project pipelines',
  parent_pipeline: 'child pipelines',
};

/** `only:`/`except:` keywords → the pipelines they name (GitLab docs, "only:refs / except:refs"). Branch-based sources leave out schedules (see the module comment). */
const REF_KEYWORDS: Readonly<Record<string, readonly GitlabSource[]>> = {
  branches: ['push', 'web', 'api', 'trigger', 'parent_pipeline'],
  tags: ['tag'],
  merge_requests: ['merge_request_event'],
  schedules: ['schedule'],
  web: ['web'],
  api: ['api'],
  triggers: ['trigger'],
  pipelines: ['pipeline'],
  pushes: ['push', 'tag'],
  external_pull_requests: [],
  chat: [],
};

const DEFAULT_ONLY: readonly GitlabSource[] = [...REF_KEYWORDS['branches']!, 'tag'];

/**
 * Pipelines that exist only when set up outside the file (a schedule, a multi-project
 * trigger): a job counts as run there only when its deciding rule names them.
 */
const NAMED_ONLY: Readonly<Partial<Record<GitlabSource, RegExp>>> = { schedule: /schedule/i, pipeline: /["']pipeline["']/ };

/** Branch comparisons people write most, in words. */
const IF_WORDS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^\$CI_COMMIT_(?:BRANCH|REF_NAME) == \$CI_DEFAULT_BRANCH$/, () => 'the branch is the default branch'],
  [/^\$CI_COMMIT_(?:BRANCH|REF_NAME) == ["']([^"']+)["']$/, (m) => `the branch is "${m[1]}"`],
  [/^\$CI_COMMIT_(?:BRANCH|REF_NAME) != \$CI_DEFAULT_BRANCH$/, () => 'the branch is not the default branch'],
];

/** An `if:` expression in words when it is a common one, else as written. */
export function ifInWords(expr: string): string {
  const e = expr.trim().replace(/\s+/g, ' ');
  for (const [re, say] of IF_WORDS) {
    const m = re.exec(e);
    if (m) return say(m);
  }
  return expr;
}

/** Evaluates a `rules:` list for one kind of pipeline. Undefined: the job is not in it. */
export function evaluateRules(rules: CiNode, source: GitlabSource, jobWhen: Located<string> | undefined, forJob = true): SourceOutcome | undefined {
  const unsure: string[] = [];
  let maybe: SourceOutcome | undefined;
  for (const rule of items(rules)) {
    const ifText = text(child(rule, 'if'));
    const changes = child(rule, 'changes');
    const exists = child(rule, 'exists');
    const when = text(child(rule, 'when')) ?? jobWhen;
    let truth: Truth = ifText ? evaluateIf(ifText.value, source) : 'true';
    const words: string[] = [];
    if (ifText && truth === 'unknown') words.push(ifInWords(ifText.value));
    if (changes && truth !== 'false') {
      const paths = textList(child(changes, 'paths') ?? changes).map((p) => p.value);
      // In tag and scheduled pipelines `changes:` is always true (GitLab docs).
      if (source !== 'tag' && source !== 'schedule' && source !== 'web' && source !== 'api' && source !== 'trigger') {
        truth = truth === 'true' ? 'unknown' : truth;
        words.push(`files matching ${paths.map((p) => `"${p}"`).join(', ') || 'the listed paths'} change`);
      }
    }
    if (exists && truth !== 'false') {
      truth = truth === 'true' ? 'unknown' : truth;
      words.push(`${textList(child(exists, 'paths') ?? exists).map((p) => `"${p.value}"`).join(', ')} exists`);
    }
    if (truth === 'false') continue;
    const named = forJob ? NAMED_ONLY[source] : undefined;
    if (named && !named.test(ifText?.value ?? '') && when?.value !== 'never') continue;
    const at = refOf(rule.file, rule.pos);
    const never = when?.value === 'never';
    if (truth === 'true') {
      if (never) return maybe;
      const out: SourceOutcome = { conditions: [...unsure], at };
      if (when?.value === 'manual') out.manual = when;
      return maybe ?? out;
    }
    // Unknown: the rule may or may not match. A `when: never` rule only narrows.
    const cond = words.join(' and ');
    // The usual guard against duplicate pipelines: with a merge request open, its merge-request pipeline runs instead.
    if (never && /\$CI_OPEN_MERGE_REQUESTS/.test(ifText?.value ?? '')) continue;
    if (never) unsure.push(`unless ${cond}`);
    else if (!maybe) {
      maybe = { conditions: [...unsure, `when ${cond}`], at };
      if (when?.value === 'manual') maybe.manual = when;
    }
  }
  return maybe;
}

/** The job's outcomes in every kind of pipeline, from `rules:` or `only:`/`except:`. */
export function jobOutcomes(job: CiNode, id: string, findings: Finding[], jobAt: SourceRef = refOf(job.file, job.pos)): Outcomes {
  const out: Outcomes = new Map();
  const rules = child(job, 'rules');
  const when = text(child(job, 'when'));
  if (rules) {
    if (rules.kind !== 'seq') findings.push({ severity: 'error', file: rules.file, line: rules.pos.line, column: rules.pos.column, check: RULE, message: `"rules:" of job "${id}" should be a list of rules, found ${describe(rules)}.` });
    if (child(job, 'only') || child(job, 'except')) findings.push({ severity: 'error', file: rules.file, line: rules.pos.line, column: rules.pos.column, check: RULE, message: `Job "${id}" has both "rules:" and "only:"/"except:"; GitLab rejects a job with both. Keep "rules:".` });
    for (const s of GITLAB_SOURCES) {
      const o = evaluateRules(rules, s, when);
      if (o) out.set(s, o);
    }
    return out;
  }
  const only = child(job, 'only');
  const except = child(job, 'except');
  const onlyRefs = only ? refsOf(only) : undefined;
  const sources = new Set<GitlabSource>(onlyRefs ? onlyRefs.sources : DEFAULT_ONLY);
  const conditions: string[] = [];
  if (onlyRefs && onlyRefs.names.length > 0) {
    for (const s of REF_KEYWORDS['branches']!) sources.add(s);
    sources.add('tag');
    conditions.push(`only on refs matching ${onlyRefs.names.map((n) => `"${n}"`).join(', ')}`);
  }
  const onlyVars = textList(child(only, 'variables'));
  const onlyChanges = textList(child(child(only, 'changes'), 'paths') ?? child(only, 'changes'));
  if (onlyChanges.length > 0) conditions.push(`only when files matching ${onlyChanges.map((c) => `"${c.value}"`).join(', ')} change`);
  const exceptRefs = except ? refsOf(except) : undefined;
  if (exceptRefs) for (const s of exceptRefs.sources) sources.delete(s);
  if (exceptRefs && exceptRefs.names.length > 0) conditions.push(`except on refs matching ${exceptRefs.names.map((n) => `"${n}"`).join(', ')}`);
  const exceptVars = textList(child(except, 'variables'));
  const at = refOf((only ?? except ?? job).file, (only ?? except)?.pos ?? job.pos);
  for (const s of sources) {
    const cond = [...conditions];
    if (onlyVars.length > 0) {
      const truths = onlyVars.map((v) => evaluateIf(v.value, s));
      if (truths.every((t) => t === 'false')) continue;
      if (!truths.includes('true')) cond.push(`only when ${onlyVars.map((v) => v.value).join(' or ')}`);
    }
    if (exceptVars.length > 0) {
      const truths = exceptVars.map((v) => evaluateIf(v.value, s));
      if (truths.includes('true')) continue;
      if (truths.includes('unknown')) cond.push(`unless ${exceptVars.map((v) => v.value).join(' or ')}`);
    }
    if (when?.value === 'never') continue;
    const o: SourceOutcome = { conditions: cond, at: only || except ? at : jobAt };
    if (when?.value === 'manual') o.manual = when;
    out.set(s, o);
  }
  return out;
}

function refsOf(node: CiNode): { sources: GitlabSource[]; names: string[] } {
  const list = node.kind === 'map' ? textList(child(node, 'refs')) : textList(node);
  const sources: GitlabSource[] = [];
  const names: string[] = [];
  for (const r of list) {
    const kw = REF_KEYWORDS[r.value];
    if (kw) sources.push(...kw);
    else names.push(r.value);
  }
  // `only: {variables: [...]}` alone keeps the default refs.
  if (node.kind === 'map' && list.length === 0) sources.push(...DEFAULT_ONLY);
  return { sources, names };
}

/** `workflow: rules`: which pipelines are created at all (all of them without it). */
export function workflowOutcomes(workflow: CiNode | undefined): Outcomes | undefined {
  const rules = child(workflow, 'rules');
  if (!rules) return undefined;
  const out: Outcomes = new Map();
  for (const s of GITLAB_SOURCES) {
    const o = evaluateRules(rules, s, undefined, false);
    if (o) out.set(s, { conditions: o.conditions, at: o.at });
  }
  return out;
}

/** Sources a person or another pipeline starts: their conditions are not repeated in words. */
const QUIET: ReadonlySet<GitlabSource> = new Set(['web', 'api', 'trigger', 'pipeline', 'parent_pipeline']);

/** The job's outcomes narrowed by workflow rules, as triggers (one per kind) and conditions (one per text). */
export function triggersOf(id: string, job: Outcomes, workflow: Outcomes | undefined, allowed: readonly GitlabSource[]): { triggers: CiTrigger[]; conditions: string[]; manual?: Located<string> } {
  const byKind = new Map<TriggerKind, CiTrigger>();
  const conditions = new Map<string, GitlabSource[]>();
  const addCondition = (text: string, s: GitlabSource) => conditions.set(text, [...(conditions.get(text) ?? []), s]);
  let manual: Located<string> | undefined;
  for (const s of GITLAB_SOURCES) {
    const o = job.get(s);
    if (!o || !allowed.includes(s)) continue;
    const wf = workflow?.get(s);
    if (workflow && !wf) continue;
    if (!QUIET.has(s) || allowed.length === 1) {
      for (const c of wf?.conditions ?? []) addCondition(`are created only ${c}`, s);
      for (const c of o.conditions) if (!wf?.conditions.includes(c)) addCondition(`only ${c.replace(/^only /, '')}`, s);
    }
    const t: CiTrigger = o.manual
      ? { kind: 'manual', original: 'when: manual', at: refOf(o.at.file, o.manual.pos), crons: [] }
      : { kind: SOURCE_KIND[s], original: s, at: o.at, crons: [] };
    if (o.manual) manual ??= o.manual;
    const kept = byKind.get(t.kind);
    if (!kept) byKind.set(t.kind, t);
    else if (!kept.original.split(', ').includes(t.original)) kept.original = `${kept.original}, ${t.original}`;
  }
  const words = (sources: GitlabSource[]) => sources.map((s) => SOURCE_WORDS[s]).join(', ');
  const texts = [...conditions].map(([c, sources]) => {
    const unless = /^(?:are created )?only unless (.*)$/.exec(c);
    if (c.startsWith('are created')) return unless ? `${words(sources)} are not created when ${unless[1]}` : `${words(sources)} ${c}`;
    return unless ? `job "${id}" does not run in ${words(sources)} when ${unless[1]}` : `job "${id}" runs in ${words(sources)} ${c}`;
  });
  const triggers = TRIGGER_ORDER.filter((k) => byKind.has(k)).map((k) => byKind.get(k)!);
  return { triggers, conditions: texts, ...(manual ? { manual } : {}) };
}

/** Every kind of pipeline but a child's. */
export const ROOT_SOURCES: readonly GitlabSource[] = GITLAB_SOURCES.filter((s) => s !== 'parent_pipeline');
