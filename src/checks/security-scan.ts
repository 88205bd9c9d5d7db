import { readPreCommit, allCommands, matchCommands, matchFiles, matchUses } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { AUTOMATED_KINDS, eventNames, isAutomated, isAutomatedEvent, triggerKindOf, type ExecStep } from '../model/ci.js';
import type { Finding } from '../model/finding.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence, fileEvidence, describeRunBy, type RunBy } from './kit.js';
import { SECURITY_USES, SECURITY_COMMANDS, SECURITY_FILES, SECURITY_HOOKS } from '../vocabulary/security-scan.js';


/** A notice when all automated scanning runs only on a schedule: changes are not scanned as they land. */
function scheduleOnlyNotice(execs: readonly ExecStep[]): Finding[] {
  const automated = execs.filter((e) => isAutomated(e.reach));
  if (automated.length === 0 || !automated.every((e) => e.reach.events.every((ev) => ev.kind === 'schedule' || !AUTOMATED_KINDS.has(ev.kind)))) return [];
  const workflows = [...new Set(automated.map((e) => e.pipeline))];
  return workflows.map((wf) => {
    const crons = wf.triggers.flatMap((t) => t.schedules).map((c) => `"${c.cron}": ${c.description}`).join('; ');
    return {
      severity: 'notice',
      ...wf.at,
      check: 'security-scan',
      message: `Security scanning runs solely on a schedule (${crons}) in "${wf.file}", so a change that adds a vulnerability is not scanned until then. Add "pull_request" to its triggers.`,
    };
  });
}

export const securityScan: Check<'security-scan'> = defineCheck({
  meta: {
    id: 'security-scan',
    phase: 'devops',
    title: 'Security scanning',
    practice: 'Static analysis, dependency or secret scanning.',
    typicalEvidence: 'github/codeql-action, semgrep, bandit, pip-audit, trivy, gitleaks, snyk, dependency-review; `.github/dependabot.yml` or renovate config counts as `present`',
    remediation: 'Scan code and dependencies in CI on pull_request: CodeQL (github/codeql-action), dependency review, pip-audit/npm audit/govulncheck, and a secret scanner such as gitleaks.',
    example: '- uses: actions/dependency-review-action@v4\n- run: pipx run pip-audit -r requirements.txt',
  },
  evaluate(a) {
    const uses = matchUses(a, SECURITY_USES);
    // `scanner --version` checks an install; it scans nothing.
    const commands = matchCommands(a, SECURITY_COMMANDS, allCommands(a)).filter((m) => !/^(--version|-V|version|--help|-h|help)$/.test(m.command.argv.slice(1).join(' ')));
    const evidence: Evidence[] = [
      ...uses.map((m) => execEvidence(m.exec, `Runs ${m.signal.label} (uses: ${m.exec.step.uses!.value}).`)),
      ...commands.map((m) => commandEvidence(m.command, `Runs ${m.signal.label}: \`${m.command.text}\`.`)),
    ];
    const pre = readPreCommit(a.repo);
    const preCommitRuns = matchCommands(a, [{ command: /^(pre-commit|prek) run\b/, label: 'pre-commit' }], allCommands(a)).map((m) => m.command);
    const preCommitUses = matchUses(a, [{ uses: 'pre-commit/action', label: 'pre-commit' }]).map((m) => m.exec);
    for (const hook of pre?.hooks.filter((h) => SECURITY_HOOKS.test(h.id)) ?? []) {
      const pc = a.external.preCommitCi;
      const e = fileEvidence('.pre-commit-config.yaml', `pre-commit hook "${hook.id}" scans for vulnerabilities or secrets.`, hook.line, hook.column);
      // `pre-commit run` runs every hook, or only the hook ids it names.
      const runs = preCommitRuns.filter((c) => c.argv.slice(2).filter((w) => !w.startsWith('-')).every((w) => w === hook.id));
      const reached = [...runs.map((c) => c.exec), ...preCommitUses];
      const triggers = [...new Set([...(pc ? ['pull_request'] : []), ...reached.flatMap((x) => eventNames(x.reach))])].sort();
      const runBy: RunBy[] = [...(pc ? [{ service: 'pre-commit.ci' as const }] : []), ...runs.slice(0, 1).map((c) => ({ runner: c.text, at: c.at })), ...preCommitUses.slice(0, 1).map((x) => ({ action: 'pre-commit/action', at: { file: x.file, line: x.step.at.line, column: x.step.at.column } }))];
      evidence.push(runBy.length > 0 ? { ...e, triggers, conditions: runBy.map(describeRunBy), runBy } : e);
    }
    for (const f of matchFiles(a, SECURITY_FILES)) evidence.push(fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
    const execs = [...uses.map((m) => m.exec), ...commands.map((m) => m.command.exec)];
    const onChange = evidence.some((e) => e.triggers.some((t) => isAutomatedEvent(t) && triggerKindOf(t) !== 'schedule'));
    const findings = [
      ...cannotFailFindings('security-scan', 'security scan', [...uses.map((m) => m.exec), ...commands.map((m) => m.command)]),
      ...(onChange ? [] : scheduleOnlyNotice(execs)),
    ];
    return decide(evidence, {
      automated: 'Security scanning runs in CI on an automated trigger.',
      present: 'Security scanning or dependency updates are configured, but no workflow on an automated trigger runs a scanner.',
      absent: 'No security scanner (CodeQL, dependency review, pip-audit, trivy, gitleaks, semgrep ...) runs in the workflows, and no Dependabot or Renovate configuration was found.',
    }, findings);
  },
});
