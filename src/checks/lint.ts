import { outlineLine, matchCommands, matchFiles, matchUses, usesName } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import type { Finding } from '../model/finding.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence, fileEvidence, describeRunBy } from './kit.js';
import { LINT_USES, LINT_COMMANDS, LINT_FILES, LINT_SECTIONS, LINT_ACTION_NAME, NOT_A_LINT_RUN } from '../vocabulary/lint.js';


export const lint: Check<'lint'> = defineCheck({
  meta: {
    id: 'lint',
    phase: 'devops',
    title: 'Lint, format and type checks',
    practice: 'Lint, format and type checks run.',
    typicalEvidence: 'pre-commit, ruff, flake8, pylint, black --check, mypy, pyright, eslint, tsc --noEmit, golangci-lint, go vet, lintr',
    remediation: 'Run your linters in CI: a pre-commit job, or ruff/flake8/mypy (Python), eslint/tsc (TypeScript), golangci-lint (Go) as a step on pull_request.',
    example: '- uses: actions/setup-python@v5\n- run: pip install pre-commit && pre-commit run --all-files',
  },
  evaluate(a) {
    const uses = matchUses(a, LINT_USES);
    const commands = matchCommands(a, LINT_COMMANDS);
    const evidence: Evidence[] = [
      ...uses.map((m) => execEvidence(m.exec, `Runs ${m.signal.label} (uses: ${m.exec.step.uses!.value}).`)),
      ...commands.map((m) => commandEvidence(m.command, `Runs ${m.signal.label}: \`${m.command.text}\`.`)),
    ];
    // An action the table does not know, whose repository name says it lints: counted, with a notice.
    const known = new Set(uses.map((m) => m.exec));
    const named: Finding[] = [];
    for (const exec of a.steps) {
      const value = exec.step.uses?.value;
      if (!value || known.has(exec) || value.startsWith('./') || value.startsWith('docker://')) continue;
      const repo = usesName(value).split('/')[1] ?? '';
      if (!LINT_ACTION_NAME.test(repo) || NOT_A_LINT_RUN.test(repo)) continue;
      known.add(exec);
      evidence.push(execEvidence(exec, `Runs the action "${usesName(value)}", a linter by its name (uses: ${value}).`));
      named.push({ severity: 'notice', file: exec.file, line: exec.step.at.line, column: exec.step.at.column, check: 'lint', message: `"${usesName(value)}" is counted as a lint step from its name alone: the tool does not know this action. If it does not lint, list its command under items.lint in the config, or tell us.` });
    }
    const pc = a.external.preCommitCi;
    if (pc) evidence.push({ ...pc.at, message: `pre-commit.ci runs ${pc.hooks.length} pre-commit hook(s) on every pull request.`, triggers: ['pull_request'], conditions: [describeRunBy({ service: 'pre-commit.ci' })], runBy: [{ service: 'pre-commit.ci' }] });
    for (const f of matchFiles(a, LINT_FILES)) evidence.push(fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
    for (const s of LINT_SECTIONS) {
      if (!a.repo.has(s.file)) continue;
      const at = outlineLine(a, s.file, s.re);
      if (at !== undefined) evidence.push(fileEvidence(s.file, `${s.label}.`, at.line));
    }
    const findings = [...named, ...cannotFailFindings('lint', 'lint step', [...known, ...commands.map((m) => m.command)])];
    return decide(evidence, {
      automated: 'Lint or type checks run in CI on an automated trigger.',
      present: 'Linters are configured in the repository, but no workflow that runs on an automated trigger runs them.',
      absent: 'No linter, formatter or type checker was found in the workflows (uses: or run:) nor as configuration in the repository.',
    }, findings);
  },
});
