import { readPreCommit, allCommands, matchCommands, matchFiles, matchUses } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { AUTOMATED_EVENTS, type ExecStep } from '../model/ci.js';
import type { Finding } from '../model/finding.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence, fileEvidence, describeRunBy } from './kit.js';
import { SECURITY_USES, SECURITY_COMMANDS, SECURITY_FILES, SECURITY_HOOKS } from '../vocabulary/security-scan.js';


/** A notice when all automated scanning runs only on a schedule: changes are not scanned as they land. */
function scheduleOnlyNotice(execs: readonly ExecStep[]): Finding[] {
  const automated = execs.filter((e) => e.reach.events.some((ev) => AUTOMATED_EVENTS.has(ev)));
  if (automated.length === 0 || !automated.every((e) => e.reach.events.every((ev) => ev === 'schedule' || !AUTOMATED_EVENTS.has(ev)))) return [];
  const workflows = [...new Set(automated.map((e) => e.workflow))];
  return workflows.map((wf) => {
    const crons = wf.triggers.flatMap((t) => t.crons).map((c) => `"${c.cron}": ${c.description}`).join('; ');
    return {
      severity: 'notice',
      file: wf.file,
      line: wf.onPos.line,
      column: wf.onPos.column,
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
    practice: 'Static analysis, dependency and secret scanning run on every change.',
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
      const triggers = [...new Set([...(pc ? ['pull_request'] : []), ...reached.flatMap((x) => x.reach.events)])].sort();
      const conditions = [...(pc ? [describeRunBy({ service: 'pre-commit.ci' })] : []), ...runs.slice(0, 1).map((c) => describeRunBy({ runner: c.text, at: c.at })), ...preCommitUses.slice(0, 1).map((x) => describeRunBy({ action: 'pre-commit/action', at: { file: x.file, line: x.step.pos.line, column: x.step.pos.column } }))];
      evidence.push(conditions.length > 0 ? { ...e, triggers, conditions } : e);
    }
    for (const f of matchFiles(a, SECURITY_FILES)) evidence.push(fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
    const execs = [...uses.map((m) => m.exec), ...commands.map((m) => m.command.exec)];
    const onChange = evidence.some((e) => e.triggers.some((t) => AUTOMATED_EVENTS.has(t) && t !== 'schedule'));
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
