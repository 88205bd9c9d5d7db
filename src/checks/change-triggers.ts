import { checkingWork } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { CHANGE_KINDS } from '../model/ci.js';
import type { Finding } from '../model/finding.js';
import { MANUAL_ONLY } from '../vocabulary/change-triggers.js';

import { defineCheck, type Check, describeRunBy } from './kit.js';

export const changeTriggers: Check<'change-triggers'> = defineCheck({
  meta: {
    id: 'change-triggers',
    phase: 'devops',
    title: 'CI runs on every change',
    practice: 'Some workflow runs on push and/or pull_request, so every change is checked before or as it lands.',
    remediation: 'Add "pull_request" (and "push" to the default branch) to the triggers of the workflow that runs your tests.',
    example: 'on:\n  push:\n    branches: [main]\n  pull_request:',
  },
  evaluate(a) {
    const evidence: Evidence[] = [];
    const findings: Finding[] = [];
    // pre-commit.ci is worded on its own below.
    const pipelines = a.pipelines.filter((p) => p.system !== 'pre-commit-ci');
    for (const wf of pipelines) {
      const onChange = wf.triggers.filter((t) => CHANGE_KINDS.has(t.kind));
      if (onChange.length > 0) {
        const t = onChange[0]!;
        evidence.push({ ...t.at, message: `"${wf.file}" runs on ${onChange.map((x) => x.original).join(', ')}.`, triggers: onChange.map((x) => x.original) });
        continue;
      }
      const schedules = wf.triggers.flatMap((t) => t.schedules);
      // A scheduled bot (stale issues, lock threads) checks nothing, so it is no CI gap.
      if (wf.triggers.length > 0 && wf.triggers.every((t) => t.kind === 'schedule' || MANUAL_ONLY.has(t.kind)) && schedules.length > 0 && checkingWork(a, wf) !== undefined) {
        const crons = schedules.map((c) => `"${c.cron}": ${c.description}`).join('; ');
        findings.push({
          severity: 'warning',
          ...wf.at,
          check: 'change-triggers',
          message: `Workflow "${wf.file}" runs only on a schedule (${crons}), so changes are not checked until then. Add "pull_request" to its triggers.`,
        });
        evidence.push({ ...wf.at, message: `"${wf.file}" runs only on a schedule (${crons}).`, triggers: [] });
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
    if (pipelines.length > 0) {
      return {
        verdict: 'present',
        reason: 'CI exists, but no workflow runs on push or pull_request: changes are checked only on a schedule or by hand.',
        evidence: evidence.length > 0 ? evidence : pipelines.map((w) => ({ ...w.at, message: `"${w.file}" runs on ${w.triggers.map((t) => t.original).join(', ') || 'nothing'}.`, triggers: [] })),
        findings,
      };
    }
    return { verdict: 'absent', reason: 'No workflow under .github/workflows runs on push or pull_request (and pre-commit.ci is not configured).', evidence: [], findings };
  },
});
