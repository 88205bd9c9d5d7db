/** Vocabulary of the "lint" item: the detection rows its check reads, as data. */
import { baseNameIs } from './rows.js';
import type { CommandSignal, FileSignal, UsesSignal } from '../model/signal.js';

/** Actions whose job is lint, format or type checks. */
export const LINT_USES: UsesSignal[] = [
  { uses: 'pre-commit/action', label: 'pre-commit' },
  { uses: 'astral-sh/ruff-action', label: 'ruff' },
  { uses: 'chartboost/ruff-action', label: 'ruff' },
  { uses: 'jpetrucciani/ruff-check', label: 'ruff' },
  { uses: 'psf/black', label: 'black' },
  { uses: 'py-actions/flake8', label: 'flake8' },
  { uses: 'isort/isort-action', label: 'isort' },
  { uses: 'jakebailey/pyright-action', label: 'pyright' },
  { uses: 'golangci/golangci-lint-action', label: 'golangci-lint' },
  { uses: 'github/super-linter', label: 'super-linter' },
  { uses: 'super-linter/super-linter', label: 'super-linter' },
  { uses: 'wearerequired/lint-action', label: 'lint-action' },
  { uses: 'reviewdog/', label: 'reviewdog' },
  { uses: 'ludeeus/action-shellcheck', label: 'shellcheck' },
  { uses: 'hadolint/hadolint-action', label: 'hadolint' },
  { uses: 'rhysd/actionlint', label: 'actionlint' },
  { uses: 'raven-actions/actionlint', label: 'actionlint' },
  { uses: 'DavidAnson/markdownlint-cli2-action', label: 'markdownlint' },
  { uses: 'ibiqlik/action-yamllint', label: 'yamllint' },
  { uses: 'jpetrucciani/black-check', label: 'black' },
  { uses: 'jpetrucciani/mypy-check', label: 'mypy' },
  { uses: 'jpetrucciani/isort-check', label: 'isort' },
  { uses: 'rickstaa/action-black', label: 'black' },
  { uses: 'lgeiger/black-action', label: 'black' },
  { uses: 'ricardochaves/python-lint', label: 'Python linters' },
  { uses: 'TrueBrain/actions-flake8', label: 'flake8' },
  { uses: 'suo/flake8-github-action', label: 'flake8' },
  { uses: 'marian-code/python-lint-annotate', label: 'Python linters' },
  { uses: 'sunnysid3up/python-linter', label: 'Python linters' },
  { uses: 'tsuyoshicho/action-mypy', label: 'mypy' },
  { uses: 'sasanquaneuf/mypy-github-action', label: 'mypy' },
  { uses: 'oxsecurity/megalinter', label: 'MegaLinter' },
  { uses: 'trunk-io/trunk-action', label: 'trunk check' },
  { uses: 'ataylorme/eslint-annotate-action', label: 'eslint' },
  { uses: 'creyD/prettier_action', label: 'prettier' },
];

/**
 * A `uses:` the table does not know whose repository name says it lints: it counts, with a
 * notice that only its name was read. Setup and install actions are not lint runs.
 */
export const LINT_ACTION_NAME = /(^|[-_/])(black|ruff|flake8|pylint|mypy|isort|pyright|eslint|prettier|stylelint|golangci|clippy|rubocop|lint|linter|linters|lint-action)([-_]|$)/;
export const NOT_A_LINT_RUN = /(^|[-_])(setup|install|cache|annotate-only|fix|autofix)([-_]|$)/;

/** Commands (after wrappers such as `uv run` or `python -m` are removed) that lint or type-check. */
export const LINT_COMMANDS: CommandSignal[] = [
  { command: /^pre-commit run\b/, label: 'pre-commit' },
  { command: /^prek run\b/, label: 'pre-commit (prek)' },
  { command: /^ruff (check\b|format\b.*--check|--)|^ruff \.?$|^ruff$/, label: 'ruff' },
  { command: /^(flake8|pylint|pyflakes|pycodestyle|pydocstyle|pylama|prospector|vulture|codespell)\b/, label: 'Python linter' },
  { command: /^(mypy|pyright|basedpyright|pytype|pyre|dmypy)\b|^ty check\b/, label: 'Python type checker' },
  { command: /^black\b.*--check|^isort\b.*(--check|-c\b|--diff)|^yapf\b.*(--diff|-d\b)|^docformatter\b.*--check|^mdformat\b.*--check/, label: 'format check' },
  { command: /^(eslint|tslint|stylelint|xo|standard|oxlint)\b|^biome (check|lint|ci)\b|^prettier\b.*(--check|-c\b|--list-different)/, label: 'JavaScript linter' },
  { command: /^(tsc|vue-tsc)\b.*--noEmit/, label: 'TypeScript type check' },
  { command: /^golangci-lint\b|^go vet\b|^staticcheck\b|^revive\b|^gofmt\b.*-l|^govulncheck\b/, label: 'Go linter' },
  { command: /^cargo (clippy|fmt\b.*--check)/, label: 'Rust linter' },
  { command: /^(shellcheck|hadolint|actionlint|yamllint|markdownlint|markdownlint-cli2|sqlfluff lint|rubocop|swiftlint|ktlint|hlint|cpplint|clang-tidy)\b/, label: 'linter' },
  { command: /lintr::|styler::style_pkg.*dry/, label: 'lintr' },
  { command: /^mvnw?\b.*(checkstyle:check|spotless:check|pmd:check|spotbugs:check)|^gradlew?\b.*(ktlintCheck|spotlessCheck|checkstyleMain|detekt)/, label: 'JVM linter' },
  { command: /^(npm|pnpm|yarn|bun)( run)? (lint|typecheck|type-check|types|tsc|format:check|check-format|fmt:check|style)(\b|:)/, label: 'package.json lint script' },
  { command: /^(make|just|task)\b.*\s(lint|typecheck|type-check|mypy|style|check-style|format-check|check-format|fmt-check|pre-commit|ruff|flake8)\b/, label: 'lint task' },
  { command: /^(tox|nox|hatch)\b.*(\s-e\s*|\s-s\s*|--session[= ]|\srun\s)\S*(lint|type|mypy|style|flake8|pre-commit|ruff|pylint|check)/, label: 'lint environment' },
];

/** Configuration files that show a linter is set up (CHECKLIST §2 `present`). */
export const LINT_FILES: FileSignal[] = [
  { test: (p) => p === '.pre-commit-config.yaml', label: 'pre-commit config' },
  {
    test: baseNameIs(
      '.flake8',
      '.pylintrc',
      'pylintrc',
      'ruff.toml',
      '.ruff.toml',
      'mypy.ini',
      '.mypy.ini',
      'pyrightconfig.json',
      '.golangci.yml',
      '.golangci.yaml',
      '.golangci.toml',
      '.lintr',
      'biome.json',
      'biome.jsonc',
      'tslint.json',
      '.yamllint',
      '.yamllint.yml',
      '.yamllint.yaml',
      '.hadolint.yaml',
      '.markdownlint.json',
      '.markdownlint.yaml',
      '.markdownlint-cli2.yaml',
      'clippy.toml',
      '.rubocop.yml',
      '.swiftlint.yml',
      'detekt.yml',
    ),
    label: 'linter config',
  },
  { test: (p) => /(^|\/)(\.eslintrc(\.\w+)?|eslint\.config\.[cm]?[jt]s|\.stylelintrc(\.\w+)?|\.prettierrc(\.\w+)?)$/.test(p), label: 'linter config' },
];

/** Sections of shared config files that configure a linter: [file, pattern]. */
export const LINT_SECTIONS: { file: string; re: RegExp; label: string }[] = [
  { file: 'pyproject.toml', re: /^\[tool\.(ruff|mypy|pylint|black|isort|flake8|pyright|basedpyright)[\].]/m, label: 'linter settings in pyproject.toml' },
  { file: 'setup.cfg', re: /^\[(flake8|mypy|pylint|isort|pycodestyle|pydocstyle)[\]:]/m, label: 'linter settings in setup.cfg' },
  { file: 'tox.ini', re: /^\[(flake8|pycodestyle|isort)\]/m, label: 'linter settings in tox.ini' },
  { file: 'package.json', re: /"eslintConfig"\s*:|"(lint|typecheck)"\s*:/, label: 'lint script in package.json' },
];
