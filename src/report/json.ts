/**
 * The JSON report (schema/report.schema.json): pretty, 2-space, trailing newline, and keys
 * in the order of the `Report` type whatever order the object was built in, so two runs
 * on the same repository give byte-identical files. Unknown keys are left out: the
 * contract is closed.
 */
import type { Evidence } from '../model/check.js';
import type { Finding } from '../model/finding.js';
import type { Report, ReportBase, ReportItem, ReportTestFile, ReportTests, ReportTrigger, ReportWorkflow } from '../model/report.js';
import { RUN_WHEN_ORDER } from './run-when.js';
import { orderGithub, orderHistory } from './history-json.js';

/** Copies `keys` of `value` in that order, leaving out undefined optional fields. */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}

function evidence(e: Evidence): Evidence {
  return pick(e, ['file', 'line', 'column', 'end', 'message', 'triggers', 'conditions', 'runBy', 'calledFrom']);
}

function item(i: ReportItem): ReportItem {
  return { ...pick(i, ['id', 'phase', 'title', 'verdict', 'points', 'reason']), evidence: i.evidence.map(evidence), ...pick(i, ['remediation', 'example']) };
}

function trigger(t: ReportTrigger): ReportTrigger {
  const out: ReportTrigger = pick(t, ['event', 'line', 'column']);
  if (t.schedules !== undefined) out.schedules = t.schedules.map((s) => pick(s, ['cron', 'description', 'line', 'column']));
  return out;
}

function workflow(w: ReportWorkflow): ReportWorkflow {
  return { ...pick(w, ['provider', 'file', 'name']), triggers: w.triggers.map(trigger) };
}

function testFile(f: ReportTestFile): ReportTestFile {
  return { ...pick(f, ['path', 'framework']), kinds: f.kinds.map((k) => pick(k, ['kind', 'line', 'signal'])), ...pick(f, ['cases', 'runs', 'schedules', 'conditions']) };
}

function tests(t: ReportTests): ReportTests {
  return {
    files: t.files.map(testFile),
    byKind: t.byKind.map((k) => ({
      ...pick(k, ['kind', 'files', 'cases']),
      runs: Object.fromEntries(RUN_WHEN_ORDER.flatMap((w) => { const n = k.runs[w]; return n === undefined ? [] : [[w, pick(n, ['files', 'cases'])]]; })),
    })),
    neverRun: t.neverRun.map((n) => pick(n, ['folder', 'files', 'cases', 'remediation'])),
  };
}

function finding(f: Finding): Finding {
  return pick(f, ['severity', 'file', 'line', 'column', 'message', 'check']);
}

function base(b: ReportBase): ReportBase {
  return {
    ...pick(b, ['sha', 'ref', 'compared', 'note', 'score', 'level', 'passed', 'changedFiles']),
    ...(b.changes ? { changes: b.changes.map((c) => ({ ...pick(c, ['id', 'title', 'before', 'after']), causes: c.causes.map((x) => pick(x, ['side', 'file', 'line', 'change', 'text'])) })) } : {}),
    ...(b.newFindings ? { newFindings: b.newFindings.map(finding) } : {}),
  };
}

/** The report in the contract's key order. */
export function orderReport(r: Report): Report {
  return {
    ...pick(r, ['schemaVersion']),
    tool: pick(r.tool, ['name', 'version']),
    ...(r.commit ? { commit: pick(r.commit, ['sha', 'head']) } : {}),
    ...(r.ref ? { ref: pick(r.ref, ['name', 'pullRequest']) } : {}),
    ...(r.base ? { base: base(r.base) } : {}),
    ...pick(r, ['path', 'score', 'arithmetic', 'level', 'maxLevel', 'levelExplanation', 'weakestPhase']),
    gate: pick(r.gate, ['minScore', 'minLevel', 'passed', 'reasons']),
    nextSteps: r.nextSteps.map((n) => pick(n, ['id', 'title', 'verdict', 'gain', 'reason', 'level'])),
    profile: pick(r.profile, ['id', 'reasons', 'source']),
    config: pick(r.config, ['file', 'changes']),
    phases: r.phases.map((p) => pick(p, ['id', 'title', 'score', 'weight'])),
    items: r.items.map(item),
    workflows: r.workflows.map(workflow),
    tests: tests(r.tests),
    // Older reports (read back by compare) may lack it.
    unfollowed: (r.unfollowed ?? []).map((u) => pick(u, ['file', 'line', 'column', 'command', 'kind', 'reason', 'triggers', 'items'])),
    findings: r.findings.map(finding),
    ...(r.history !== undefined ? { history: orderHistory(r.history) } : {}),
    ...(r.github !== undefined ? { github: orderGithub(r.github) } : {}),
  };
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(orderReport(report), null, 2)}\n`;
}
