/**
 * When a CircleCI workflow's jobs run: branch and tag `filters`, scheduled `triggers`
 * (cron in words), and `when`/`unless` logic statements on pipeline values, evaluated
 * in three values for each kind of pipeline. Without branch filters a workflow runs on
 * every push to every branch, which includes the branches of pull requests: the
 * conditions say so in words. Scheduled pipelines set in the project's settings and
 * pipelines started through the API count only when a `when` names them.
 */
import { refOf, type SourceRef } from '../../../model/position.js';
import type { CronSchedule } from '../../../model/github.js';
import { describeCron } from '../../cron.js';
import type { CiTrigger, TriggerKind } from '../tree.js';
import { child, entries, items, text, textList, type CiNode } from '../node.js';
import { describeLogic, RULE, type Defs, type Env } from './expand.js';
import { compileCiRegex } from '../../safe-pattern.js';

export type CircleSource = 'push' | 'pull-request' | 'tag' | 'schedule' | 'api';

const SOURCE_KIND: Readonly<Record<CircleSource, TriggerKind>> = { push: 'push', 'pull-request': 'pull-request', tag: 'release', schedule: 'schedule', api: 'manual' };

type Truth = 'true' | 'false' | 'unknown';
type Value = { known: true; text: string } | { known: false };

export interface WorkflowReach {
  /** The workflow's own schedule triggers (2.0-style `triggers: - schedule:`). */
  crons: CronSchedule[];
  scheduleAt?: SourceRef;
  scheduleFilters?: CiNode;
  when?: CiNode;
  unless?: CiNode;
  name: string;
}

/** Reads a workflow's `triggers:`, `when:` and `unless:`. */
export function workflowReach(defs: Defs, name: string, wf: CiNode): WorkflowReach {
  const out: WorkflowReach = { crons: [], name };
  for (const t of items(child(wf, 'triggers'))) {
    const schedule = child(t, 'schedule');
    const cron = text(child(schedule, 'cron'));
    if (!cron) continue;
    const meaning = describeCron(cron.value);
    if (!meaning.valid) defs.findings.push({ severity: 'error', file: schedule!.file, line: cron.pos.line, column: cron.pos.column, check: RULE, message: `${meaning.text}; CircleCI will not run this schedule.` });
    out.crons.push({ cron: cron.value, description: meaning.text, pos: cron.pos });
    out.scheduleAt ??= refOf(schedule!.file, cron.pos);
    out.scheduleFilters ??= child(schedule, 'filters');
  }
  const when = child(wf, 'when');
  const unless = child(wf, 'unless');
  if (when) out.when = when;
  if (unless) out.unless = unless;
  return out;
}

/** A pipeline value in one kind of pipeline (`<< pipeline.trigger_source >>`, a parameter, a literal). */
function valueIn(raw: string, source: CircleSource, env: Env): Value {
  const m = /^<<\s*(pipeline\.[\w.-]+)\s*>>$/.exec(raw.trim());
  if (!m) return raw.includes('<<') ? { known: false } : { known: true, text: raw };
  const name = m[1]!;
  if (name === 'pipeline.trigger_source') return { known: true, text: source === 'schedule' ? 'scheduled_pipeline' : source === 'api' ? 'api' : 'webhook' };
  if (name === 'pipeline.git.tag') return source === 'tag' ? { known: false } : { known: true, text: '' };
  if (name === 'pipeline.git.branch') return source === 'tag' ? { known: true, text: '' } : { known: false };
  if (name === 'pipeline.schedule.name' || name === 'pipeline.schedule.id') return source === 'schedule' ? { known: false } : { known: true, text: '' };
  const p = /^pipeline\.parameters\.([\w-]+)$/.exec(name);
  if (p) {
    const v = env.pipeline.get(p[1]!);
    // Through the API (and a schedule's own parameters) any value can be given.
    if (!v || source === 'api' || source === 'schedule') return { known: false };
    return { known: true, text: v.text };
  }
  return { known: false };
}

const truthy = (v: Value): Truth => (!v.known ? 'unknown' : /^(|false|0|null)$/i.test(v.text.trim()) ? 'false' : 'true');

/** Evaluates a logic statement (`and`, `or`, `not`, `equal`, `matches`, or a value). */
export function evaluateLogic(node: CiNode | undefined, source: CircleSource, env: Env): Truth {
  if (!node) return 'true';
  if (node.kind === 'scalar') return truthy(valueIn(node.value, source, env));
  if (node.kind === 'seq') return 'unknown';
  const results: Truth[] = [];
  for (const e of entries(node)) {
    if (e.key === 'and') results.push(items(e.value).map((i) => evaluateLogic(i, source, env)).reduce<Truth>((a, b) => (a === 'false' || b === 'false' ? 'false' : a === 'true' && b === 'true' ? 'true' : 'unknown'), 'true'));
    else if (e.key === 'or') results.push(items(e.value).map((i) => evaluateLogic(i, source, env)).reduce<Truth>((a, b) => (a === 'true' || b === 'true' ? 'true' : a === 'false' && b === 'false' ? 'false' : 'unknown'), 'false'));
    else if (e.key === 'not') {
      const v = evaluateLogic(e.value, source, env);
      results.push(v === 'true' ? 'false' : v === 'false' ? 'true' : 'unknown');
    } else if (e.key === 'equal') {
      const values = textList(e.value).map((t) => valueIn(t.value, source, env));
      if (values.some((v) => !v.known)) results.push('unknown');
      else results.push(new Set(values.map((v) => (v as { text: string }).text)).size <= 1 ? 'true' : 'false');
    } else if (e.key === 'matches') {
      const pattern = text(child(e.value, 'pattern'))?.value ?? '';
      const v = valueIn(text(child(e.value, 'value'))?.value ?? '', source, env);
      // On the linear-time engine: a pattern from the repository must not hang the analysis.
      const re = compileCiRegex(`^(?:${pattern.replace(/^\/|\/$/g, '')})$`);
      results.push(!v.known || !re ? 'unknown' : re.test(v.text) ? 'true' : 'false');
    } else results.push('unknown');
  }
  return results.reduce<Truth>((a, b) => (a === 'false' || b === 'false' ? 'false' : a === 'true' && b === 'true' ? 'true' : 'unknown'), 'true');
}

const isRegex = (p: string) => /^\/.*\/$/.test(p);
const matchesAll = (p: string) => /^\/\.\*\/$|^\/\.\+\/$/.test(p);
const quoted = (list: string[]) => list.map((p) => `"${p}"`).join(', ');

/** The kinds of pipeline a job's `filters:` let through, with conditions in words. */
function filterSources(filters: CiNode | undefined, workflow: string): { sources: CircleSource[]; conditions: { text: string; for: CircleSource[] }[] } {
  const onlyB = textList(child(child(filters, 'branches'), 'only')).map((t) => t.value);
  const ignoreB = textList(child(child(filters, 'branches'), 'ignore')).map((t) => t.value);
  const onlyT = textList(child(child(filters, 'tags'), 'only')).map((t) => t.value);
  const sources: CircleSource[] = [];
  const conditions: { text: string; for: CircleSource[] }[] = [];
  if (ignoreB.some(matchesAll)) {
    // Branches are ignored: tags only (when a tag filter lets them in).
  } else if (onlyB.length > 0) {
    sources.push('push');
    if (onlyB.some((p) => isRegex(p))) sources.push('pull-request');
    if (!onlyB.some(matchesAll)) conditions.push({ text: `workflow "${workflow}" runs it only on pushes to branches matching ${quoted(onlyB)}`, for: ['push', 'pull-request'] });
  } else {
    sources.push('push', 'pull-request');
    conditions.push({
      text:
        ignoreB.length > 0
          ? `workflow "${workflow}" runs it on every push to any branch except ${quoted(ignoreB)}, including the branches of pull requests`
          : `workflow "${workflow}" has no branch filter, so it runs on every push to any branch, including the branches of pull requests`,
      for: ['push', 'pull-request'],
    });
  }
  if (onlyT.length > 0) {
    sources.push('tag');
    if (!onlyT.some(matchesAll)) conditions.push({ text: `workflow "${workflow}" runs it on tags matching ${quoted(onlyT)}`, for: ['tag'] });
  }
  return { sources, conditions };
}

/** The triggers of one job in one workflow. */
export function jobTriggers(reach: WorkflowReach, filters: CiNode | undefined, filtersAt: SourceRef, env: Env, manual: { at: SourceRef; approval: string } | undefined): { triggers: CiTrigger[]; conditions: string[] } {
  const conditions: string[] = [];
  let sources: CircleSource[];
  let filterConditions: { text: string; for: CircleSource[] }[] = [];
  if (reach.crons.length > 0) {
    sources = ['schedule'];
    const only = textList(child(child(reach.scheduleFilters, 'branches'), 'only')).map((t) => t.value);
    if (only.length > 0) conditions.push(`the schedule of workflow "${reach.name}" runs on branches matching ${quoted(only)}`);
  } else {
    const f = filterSources(filters, reach.name);
    sources = f.sources;
    filterConditions = f.conditions;
    const logic = [reach.when, reach.unless].filter((n): n is CiNode => n !== undefined).map(describeLogic).join(' ');
    if (/trigger_source|schedule/.test(logic)) sources.push('schedule');
    if (/pipeline\.parameters/.test(logic)) sources.push('api');
  }
  const kept: CircleSource[] = [];
  for (const s of sources) {
    const w = reach.when ? evaluateLogic(reach.when, s, env) : 'true';
    const u = reach.unless ? evaluateLogic(reach.unless, s, env) : 'false';
    if (w === 'false' || u === 'true') continue;
    kept.push(s);
  }
  for (const c of filterConditions) if (c.for.some((s) => kept.includes(s))) conditions.push(c.text);
  if (reach.when && kept.some((s) => evaluateLogic(reach.when, s, env) === 'unknown')) conditions.push(`workflow "${reach.name}" runs only when ${describeLogic(reach.when)}`);
  if (reach.unless && kept.some((s) => evaluateLogic(reach.unless, s, env) === 'unknown')) conditions.push(`workflow "${reach.name}" runs unless ${describeLogic(reach.unless)}`);
  if (kept.includes('schedule') && reach.crons.length === 0) conditions.push(`workflow "${reach.name}" runs on a schedule set in the project's settings (the cron is not in the repository)`);
  if (manual) {
    conditions.push(`it waits for a person to approve job "${manual.approval}"`);
    return kept.length === 0 ? { triggers: [], conditions } : { triggers: [{ kind: 'manual', original: `approval job "${manual.approval}"`, at: manual.at, crons: [] }], conditions };
  }
  const triggers: CiTrigger[] = [];
  for (const s of kept) {
    const kind = SOURCE_KIND[s];
    if (triggers.some((t) => t.kind === kind)) continue;
    const original = s === 'push' ? 'every push' : s === 'pull-request' ? 'pushes to pull-request branches' : s === 'tag' ? 'tags' : s === 'schedule' ? (reach.crons.length > 0 ? 'triggers: schedule' : 'scheduled pipeline') : 'API with pipeline parameters';
    const at = s === 'schedule' && reach.scheduleAt ? reach.scheduleAt : filtersAt;
    triggers.push({ kind, original, at, crons: s === 'schedule' ? reach.crons : [] });
  }
  return { triggers, conditions };
}
