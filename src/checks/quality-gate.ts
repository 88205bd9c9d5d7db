import { findInSource, isNotebook, outlineLine, matchCommands, matchUses, commandsReaching, followedBy, whyCannotFail, type Analysis, type SourceHit } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { describeCannotFail, type Command } from '../model/ci.js';
import type { Finding } from '../model/finding.js';
import { defineCheck, type Check, commandEvidence, decide, execEvidence, movedTo, runByReach, describeRunBy } from './kit.js';
import { isTestPath } from '../vocabulary/shared/test-paths.js';
import { NOTEBOOK_NOTE, presentReason } from './kit.js';
import { METRIC_ASSERTION_SOURCE } from '../vocabulary/shared/metrics.js';
import { METRIC_GATE_COMMANDS, METRIC_GATE_SOURCE, THRESHOLD_ARGS } from '../vocabulary/quality-gate.js';
import { EVALUATION_COMMANDS } from '../vocabulary/model-evaluation.js';
import { ML_TOOL_USES } from '../vocabulary/shared/ml-tools.js';
import { REPORT_ONLY, LOSS_TREND } from '../vocabulary/quality-gate.js';


/** promptfoo configurations with assertions (a failed assertion fails `promptfoo eval`). */
function promptfooAssertions(a: Analysis): { file: string; line: number } | undefined {
  for (const f of a.repo.files.filter((p) => /(^|\/)promptfooconfig[\w.-]*\.(ya?ml|json)$/.test(p))) {
    const line = outlineLine(a, f, /^[ \t]*-?[ \t]*"?(assert|threshold)"?\s*:/)?.line;
    if (line !== undefined) return { file: f, line };
  }
  return undefined;
}

/** The repository file a command runs (`python scripts/eval.py` → `scripts/eval.py`), when it is one. */
function scriptOf(a: Analysis, c: Command): string | undefined {
  const token = /(?:^|\s)(?:\.\/)?(\S+\.py)\b/.exec(c.text)?.[1];
  if (!token) return undefined;
  const wd = c.exec.step.workdir?.value.replace(/^\.\/|\/$/g, '');
  const exact = [wd ? `${wd}/${token}` : token, token].find((p) => a.repo.has(p));
  if (exact) return exact;
  const tail = a.repo.files.filter((p) => p.endsWith(`/${token}`));
  return tail.length === 1 ? tail[0] : undefined;
}

export const qualityGate: Check<'quality-gate'> = defineCheck({
  sources: [METRIC_GATE_SOURCE, METRIC_ASSERTION_SOURCE],
  meta: {
    id: 'quality-gate',
    cannotFail: 'excluded',
    phase: 'evaluation',
    title: 'A metric threshold can fail the pipeline',
    practice: 'A metric threshold can fail the pipeline before a model ships.',
    typicalEvidence: 'asserts on metrics in tests, `--threshold`/`--fail-under` arguments, metric diff against the main branch that fails, promptfoo/deepeval thresholds',
    remediation: 'Make CI fail when a metric misses its bar: assert the metric in a test that CI runs, pass `--threshold`/`--min-accuracy` to the evaluation step, or compare with the main branch in a script that exits non-zero. A `dvc metrics diff` or a CML comment only reports.',
    example: '- run: python evaluate.py --min-accuracy 0.90   # exits 1 below the bar',
  },
  evaluate(a) {
    const evidence: Evidence[] = [];
    const findings: Finding[] = [];
    const notCounted: string[] = [];
    const block = (c: { file: string; line: number; column: number }, what: string, why: string, severity: Finding['severity'] = 'warning') => {
      notCounted.push(`${what} at ${c.file}:${c.line} ${why}`);
      const at = { file: c.file, line: c.line, column: c.column };
      findings.push({ severity, ...at, check: 'quality-gate', message: `${what[0]!.toUpperCase()}${what.slice(1)} ${why}, so it gates nothing. Let a step fail when the metric misses its bar.` });
    };
    const gate = (c: Command, message: string, at?: { file: string; line: number; column: number }) => {
      const why = whyCannotFail(c);
      if (why) return block(c.at, `the gate \`${c.text}\``, `cannot fail the job: ${describeCannotFail(why)}`);
      const e = commandEvidence(c, message);
      evidence.push(at ? { ...movedTo(e, at), conditions: [describeRunBy({ runner: c.text, at: c.at }), ...(e.conditions ?? [])], runBy: [{ runner: c.text, at: c.at }] } : e);
    };
    const asserted = promptfooAssertions(a);
    for (const m of matchCommands(a, [...METRIC_GATE_COMMANDS, ...EVALUATION_COMMANDS])) {
      const c = m.command;
      const line = c.argv.join(' ');
      const after = followedBy(c);
      if (REPORT_ONLY.some((r) => r.command.test(line))) {
        if (after?.op === '|' && /^jq\b.*\s(-e|--exit-status)\b/.test(after.next)) gate(c, `Fails when the metric diff check \`${after.next}\` is false: \`${c.text}\`.`);
        else block(c.at, `\`${c.text}\``, 'reports metric differences but exits 0 whatever they are' + (after ? ` (its output goes to \`${after.next}\`)` : ''), 'notice');
        continue;
      }
      const threshold = THRESHOLD_ARGS.exec(c.text);
      if (METRIC_GATE_COMMANDS.includes(m.signal)) gate(c, `Compares metrics and fails below the bar (${m.signal.label}): \`${c.text}\`.`);
      else if (threshold && !/^dvc /.test(line)) gate(c, `Fails the evaluation below a threshold ("${threshold[0].trim()}"): \`${c.text}\`.`);
      else if (/^deepeval test run\b/.test(line)) gate(c, `Runs DeepEval test cases, which fail below their metric thresholds: \`${c.text}\`.`);
      else if (/^promptfoo eval\b/.test(line) && asserted) gate(c, `Runs promptfoo with assertions (${asserted.file}:${asserted.line}), which fail the run: \`${c.text}\`.`);
      else {
        const script = scriptOf(a, c);
        const hit = script ? findInSource(a.repo, METRIC_GATE_SOURCE, { file: script, limitPerLabel: 1 })[0] : undefined;
        if (hit) gate(c, `Runs "${hit.file}", which fails when a metric misses its bar ("${hit.text}").`, { file: hit.file, line: hit.line, column: hit.column });
      }
    }
    for (const r of matchCommands(a, REPORT_ONLY.slice(1))) block(r.command.at, `\`${r.command.text}\``, 'posts a report but never fails on a metric', 'notice');
    if (asserted) for (const u of matchUses(a, ML_TOOL_USES.filter((s) => s.label === 'promptfoo'))) evidence.push(execEvidence(u.exec, `Runs promptfoo with assertions (${asserted.file}:${asserted.line}), which fail the run.`));
    // Metric assertions in tests (and gates in scripts) count when CI runs them.
    const tests = new Set(a.inventory.files.map((f) => f.path));
    const hits: SourceHit[] = findInSource(a.repo, METRIC_ASSERTION_SOURCE, { where: (p) => isTestPath(p) || tests.has(p) || isNotebook(p), limitPerLabel: 10 }).filter(
      (h) => !LOSS_TREND.test(h.text),
    );
    for (const h of hits) {
      const reach = commandsReaching(a, h.file);
      const usable = reach.filter((c) => !whyCannotFail(c));
      const e: Evidence = { file: h.file, line: h.line, column: h.column, message: `Asserts a metric threshold: "${h.text}".`, triggers: [] };
      if (isNotebook(h.file)) e.message = `Asserts a metric threshold in a notebook ("${h.text}"); ${NOTEBOOK_NOTE}.`;
      else if (reach.length > 0 && usable.length === 0) block(h, `the metric assertion "${h.text}"`, `is run only by \`${reach[0]!.text}\`, which cannot fail the job (${describeCannotFail(whyCannotFail(reach[0]!)!)})`);
      else if (usable.length > 0) {
        Object.assign(e, runByReach(a, usable));
      }
      evidence.push(e);
    }
    const gateScripts = findInSource(a.repo, METRIC_GATE_SOURCE.slice(0, 1), { where: (p) => !isTestPath(p) && !tests.has(p), limitPerLabel: 5 });
    for (const h of gateScripts) evidence.push({ file: h.file, line: h.line, column: h.column, message: `Fails when a metric misses its bar ("${h.text}").${isNotebook(h.file) ? ` But ${NOTEBOOK_NOTE}.` : ''}`, triggers: [] });
    if (asserted) evidence.push({ file: asserted.file, line: asserted.line, column: 1, message: `promptfoo assertions in "${asserted.file}".`, triggers: [] });
    const note = notCounted.length > 0 ? ` Not counted: ${notCounted.join('; ')}.` : '';
    return decide(evidence, {
      automated: `A metric threshold that can fail the pipeline runs in CI on an automated trigger.${note}`,
      present: presentReason(evidence, `A metric threshold exists in code or tests, but no workflow on an automated trigger runs it in a way that can fail.${note}`),
      absent: `No quality gate was found: no metric assertion in tests, no --threshold/--fail-under argument on an evaluation step, and no metric comparison that exits non-zero.${note}`,
    }, findings);
  },
});
