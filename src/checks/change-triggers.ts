import { checkingWork, pipelineOfWorkflow } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { CHANGE_KINDS, triggerKindOf } from '../model/ci.js';
import type { Finding } from '../model/finding.js';
import { MANUAL_ONLY, ON_CHANGE_HINT } from '../vocabulary/change-triggers.js';

import { defineCheck, type Check, describeRunBy } from './kit.js';

export const changeTriggers: Check<'change-triggers'> = defineCheck({
  meta: {
    id: 'change-triggers',
    phase: 'devops',
    title: 'CI runs on every change',
    practice: 'CI reacts to every change: some workflow runs on `push` and/or `pull_request` (or `merge_group`, or pre-commit.ci). This item is `automated` or `absent`, never `present`: a CI that runs only on `schedule`, by hand or on other events is the classic gap, reported as `absent` with its cron in words.',
    typicalEvidence: '`on:` keys; a workflow that only has `schedule` is flagged with the cron in words',
    remediation: 'Add "pull_request" (and "push" to the default branch) to the triggers of the workflow that runs your tests.',
    example: 'on:\n  push:\n    branches: [main]\n  pull_request:',
  },
  evaluate(a) {
    const evidence: Evidence[] = [];
    const findings: Finding[] = [];
    // The workflows as the report's table shows them (GitLab CI and CircleCI pipelines with their execution-model event names).
    for (const wf of a.workflows) {
      // A GitLab CI or CircleCI pipeline is named as well as its file (several share one file).
      const label = wf.provider && wf.name ? `${wf.name.value} (${wf.file})` : `"${wf.file}"`;
      const events = wf.triggers.map((t) => t.event);
      const onChange = wf.triggers.filter((t) => CHANGE_KINDS.has(triggerKindOf(t.event)));
      if (onChange.length > 0) {
        const t = onChange[0]!;
        evidence.push({ file: wf.file, line: t.pos.line, column: t.pos.column, message: `${label} runs on ${onChange.map((x) => x.event).join(', ')}.`, triggers: onChange.map((x) => x.event) });
        continue;
      }
      const schedules = wf.triggers.flatMap((t) => t.crons);
      // A scheduled bot (stale issues, lock threads) checks nothing, so it is no CI gap.
      const pipeline = pipelineOfWorkflow(a, wf);
      if (events.length > 0 && events.every((e) => e === 'schedule' || MANUAL_ONLY.has(triggerKindOf(e))) && schedules.length > 0 && pipeline && checkingWork(a, pipeline) !== undefined) {
        const crons = schedules.map((c) => `"${c.cron}": ${c.description}`).join('; ');
        findings.push({
          severity: 'warning',
          file: wf.file,
          line: wf.onPos.line,
          column: wf.onPos.column,
          check: 'change-triggers',
          message: `Workflow ${label} runs only on a schedule (${crons}), so changes are not checked until then. ${ON_CHANGE_HINT[wf.provider ?? 'github-actions']}`,
        });
        evidence.push({ file: wf.file, line: wf.onPos.line, column: wf.onPos.column, message: `${label} runs only on a schedule (${crons}).`, triggers: [] });
      }
    }
    if (a.external.preCommitCi) {
      const at = a.external.preCommitCi.at;
      evidence.push({ ...at, message: 'pre-commit.ci runs the pre-commit hooks on every pull request.', triggers: ['pull_request'], conditions: [describeRunBy({ service: 'pre-commit.ci' })], runBy: [{ service: 'pre-commit.ci' }] });
    }
    const onChange = evidence.filter((e) => e.triggers.length > 0);
    if (onChange.length > 0) {
      return { verdict: 'automated', reason: `${onChange.length} workflow(s) run on every change.`, evidence: [...onChange, ...evidence.filter((e) => e.triggers.length === 0)], findings };
    }
    // CHECKLIST §3: this item is automated or absent, never present. CI that runs only on a schedule, by hand or
    // on other events is the classic gap: absent, with its cron in words (the schedule warning above) or its events.
    if (a.workflows.length > 0) {
      if (findings.length === 0) {
        for (const w of a.workflows) {
          findings.push({ severity: 'notice', file: w.file, line: w.onPos.line, column: w.onPos.column, check: 'change-triggers', message: `Workflow "${w.file}" runs on ${w.triggers.map((t) => t.event).join(', ') || 'nothing'}, not on push or pull_request, so it checks no change as it lands.` });
        }
      }
      return { verdict: 'absent', reason: 'CI exists, but no workflow runs on push or pull_request: changes are checked only on a schedule, by hand or on other events.', evidence: [], findings };
    }
    return { verdict: 'absent', reason: 'No workflow under .github/workflows runs on push or pull_request (and pre-commit.ci is not configured).', evidence: [], findings };
  },
});
