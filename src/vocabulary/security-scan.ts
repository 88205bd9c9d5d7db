/** Vocabulary of the "security-scan" item: the detection rows its check reads, as data. */
import type { CommandSignal, FileSignal, UsesSignal } from '../model/signal.js';

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
  {
    command:
      /^(bandit|pip-audit|pip_audit|safety (check|scan)|semgrep|trivy|grype|gitleaks|trufflehog|detect-secrets(-hook)?|osv-scanner|govulncheck|gosec|checkov|tfsec|kics|zizmor|snyk (test|monitor|code|container)|ggshield|dockle|bearer|horusec|njsscan|brakeman|codeql)\b/,
    label: 'security scanner',
  },
  { command: /^(npm|pnpm|yarn) audit\b|^yarn npm audit\b|^(audit-ci|better-npm-audit)\b/, label: 'npm audit' },
  { command: /^cargo (audit|deny)\b/, label: 'cargo audit' },
  { command: /^mvnw?\b.*dependency-check|^gradlew?\b.*dependencyCheck|^dependency-check\b/, label: 'OWASP dependency-check' },
  { command: /^(make|just|task)\b.*\s(security|audit|vuln\w*|scan|sast|bandit)\b|^(tox|nox)\b.*(\s-e\s*|\s-s\s*)\S*(security|audit|bandit|safety)/, label: 'security task' },
];

/** Files that configure dependency updates or scanners (`present`). */
export const SECURITY_FILES: FileSignal[] = [
  { test: (p) => p === '.github/dependabot.yml' || p === '.github/dependabot.yaml', label: 'Dependabot configuration' },
  { test: (p) => /^(renovate\.json5?|\.renovaterc(\.json5?)?|\.github\/renovate\.json5?|\.gitlab\/renovate\.json5?)$/.test(p), label: 'Renovate configuration' },
  { test: (p) => p === '.snyk', label: 'Snyk policy' },
  {
    test: (p) => /^(\.gitleaks\.toml|\.gitleaksignore|\.secrets\.baseline|\.trivyignore|trivy\.yaml|\.bandit|\.semgrep\.ya?ml|\.semgrepignore|\.github\/codeql\/.*\.ya?ml)$/.test(p),
    label: 'security scanner configuration',
  },
];

/** pre-commit hook ids that scan for secrets or vulnerabilities. */
export const SECURITY_HOOKS =
  /^(bandit|detect-secrets|detect-private-key|gitleaks|trufflehog|semgrep|safety|pip-audit|osv-scanner|checkov|zizmor|ggshield|detect-aws-credentials|python-safety-dependencies-check)$/;
