import type { Evidence } from '../model/check.js';
import { AUTOMATED_EVENTS, type ExecStep } from '../model/execution.js';
import type { Finding } from '../model/finding.js';
import { readPreCommit } from '../parse/external-ci.js';
import { allCommands } from './ci-work.js';
import { cannotFailFindings, commandEvidence, decide, execEvidence, fileEvidence, matchCommands, matchFiles, matchUses, type CommandSignal, type FileSignal, type UsesSignal } from './evidence.js';
import type { Check } from './types.js';

/** Actions that scan code, dependencies, images, secrets or the workflows themselves. */
export const SECURITY_USES: UsesSignal[] = [
  { uses: 'github/codeql-action/upload-sarif', label: 'an upload of scan results (SARIF)' },
  { uses: 'github/codeql-action', label: 'CodeQL' },
  { uses: 'actions/dependency-review-action', label: 'dependency review' },
  { uses: 'aquasecurity/trivy-action', label: 'Trivy' },
  { uses: 'aquasecurity/setup-trivy', label: 'Trivy' },
  { uses: 'gitleaks/gitleaks-action', label: 'gitleaks' },
  { uses: 'trufflesecurity/trufflehog', label: 'TruffleHog' },
  { uses: 'snyk/actions', label: 'Snyk' },
  { uses: 'ossf/scorecard-action', label: 'OpenSSF Scorecard' },
  { uses: 'zizmorcore/zizmor-action', label: 'zizmor' },
  { uses: 'woodruffw/zizmor-action', label: 'zizmor' },
  { uses: 'anchore/scan-action', label: 'Grype (anchore)' },
  { uses: 'google/osv-scanner-action', label: 'OSV-Scanner' },
  { uses: 'google/osv-scanner', label: 'OSV-Scanner' },
  { uses: 'returntocorp/semgrep-action', label: 'Semgrep' },
  { uses: 'semgrep/semgrep-action', label: 'Semgrep' },
  { uses: 'PyCQA/bandit-action', label: 'bandit' },
  { uses: 'pypa/gh-action-pip-audit', label: 'pip-audit' },
  { uses: 'golang/govulncheck-action', label: 'govulncheck' },
  { uses: 'securego/gosec', label: 'gosec' },
  { uses: 'bridgecrewio/checkov-action', label: 'Checkov' },
  { uses: 'tfsec/tfsec-action', label: 'tfsec' },
  { uses: 'aquasecurity/tfsec-action', label: 'tfsec' },
  { uses: 'docker/scout-action', label: 'Docker Scout' },
  { uses: 'sonarsource/sonarcloud-github-action', label: 'SonarCloud' },
  { uses: 'sonarsource/sonarqube-scan-action', label: 'SonarQube' },
  { uses: 'actions-rust-lang/audit', label: 'cargo audit' },
  { uses: 'rustsec/audit-check', label: 'cargo audit' },
  { uses: 'ShiftLeftSecurity/scan-action', label: 'ShiftLeft scan' },
  { uses: 'microsoft/security-devops-action', label: 'Microsoft Security DevOps' },
];

/** Commands that scan for vulnerabilities or secrets. */
export const SECURITY_COMMANDS: CommandSignal[] = [
  { command: /^(bandit|pip-audit|pip_audit|safety (check|scan)|semgrep|trivy|grype|gitleaks|trufflehog|detect-secrets(-hook)?|osv-scanner|govulncheck|gosec|checkov|tfsec|kics|zizmor|snyk (test|monitor|code|container)|ggshield|dockle|bearer|horusec|njsscan|brakeman|codeql)\b/, label: 'security scanner' },
  { command: /^(npm|pnpm|yarn) audit\b|^yarn npm audit\b|^(audit-ci|better-npm-audit)\b/, label: 'npm audit' },
  { command: /^cargo (audit|deny)\b/, label: 'cargo audit' },
  { command: /^(mvn|\.\/mvnw)\b.*dependency-check|^(gradle|\.\/gradlew)\b.*dependencyCheck|^dependency-check\b/, label: 'OWASP dependency-check' },
  { command: /^(make|just|task)\b.*\s(security|audit|vuln\w*|scan|sast|bandit)\b|^(tox|nox)\b.*(\s-e\s*|\s-s\s*)\S*(security|audit|bandit|safety)/, label: 'security task' },
];

/** Files that configure dependency updates or scanners (`present`). */
export const SECURITY_FILES: FileSignal[] = [
  { test: (p) => p === '.github/dependabot.yml' || p === '.github/dependabot.yaml', label: 'Dependabot configuration' },
  { test: (p) => /^(renovate\.json5?|\.renovaterc(\.json5?)?|\.github\/renovate\.json5?|\.gitlab\/renovate\.json5?)$/.test(p), label: 'Renovate configuration' },
  { test: (p) => p === '.snyk', label: 'Snyk policy' },
  { test: (p) => /^(\.gitleaks\.toml|\.gitleaksignore|\.secrets\.baseline|\.trivyignore|trivy\.yaml|\.bandit|\.semgrep\.ya?ml|\.semgrepignore|\.github\/codeql\/.*\.ya?ml)$/.test(p), label: 'security scanner configuration' },
];

/** pre-commit hook ids that scan for secrets or vulnerabilities. */
export const SECURITY_HOOKS = /^(bandit|detect-secrets|detect-private-key|gitleaks|trufflehog|semgrep|safety|pip-audit|osv-scanner|checkov|zizmor|ggshield|detect-aws-credentials|python-safety-dependencies-check)$/;

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

export const securityScan: Check = {
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
      const triggers = [...new Set([...(pc ? ['pull_request'] : []), ...reached.flatMap((x) => x.reach.events)])].sort();
      const conditions = [...(pc ? ['run by pre-commit.ci'] : []), ...runs.slice(0, 1).map((c) => `run by \`${c.text}\` at ${c.at.file}:${c.at.line}`), ...preCommitUses.slice(0, 1).map((x) => `run by pre-commit/action at ${x.file}:${x.step.pos.line}`)];
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
};
