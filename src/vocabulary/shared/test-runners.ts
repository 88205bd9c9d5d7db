/** Test runners: commands and actions that run tests, and actions whose inputs hold commands. Shared by unit-tests, multi-environment, the ML items and the inventory. */
import type { CommandSignal, UsesSignal } from '../../model/signal.js';

/** Programs and tasks that run a test suite. */
export const TEST_RUNNER_COMMANDS: CommandSignal[] = [
  { command: /^(pytest|py\.test)\b/, label: 'pytest' },
  { command: /^unittest\b|^python[0-9.]* .*-m unittest\b|^nose2?\b|^green\b|^ward\b/, label: 'unittest' },
  {
    command:
      /^(tox|nox)\b(?!.*(\s-e\s*|\s-s\s*|--session[= ]|--sessions[= ])["']?\S*(lint|docs?|type|typing|mypy|style|build|release|publish|coverage|combine|report|format|fmt|clean|changelog|bump|deps|lock|requirements|pre-commit|check-manifest)\b)/,
    label: 'tox/nox',
  },
  { command: /^hatch (test|run\s+\S*test)/, label: 'hatch test' },
  { command: /^go test\b|^gotestsum\b/, label: 'go test' },
  { command: /^(jest|vitest|mocha|ava|tap|c8|nyc|playwright test|cypress run)\b|^node --test\b/, label: 'JavaScript test runner' },
  { command: /^(npm|pnpm|yarn|bun)( run)? test(\b|:)|^(npm|pnpm|yarn|bun) t\b|^npm run test/, label: 'package.json test script' },
  { command: /^cargo (test|nextest)\b/, label: 'cargo test' },
  { command: /^mvnw?\b.*\b(test|verify|install)\b|^gradlew?\b.*\b(test|check|build)\b/, label: 'JVM tests' },
  { command: /testthat::|devtools::test|^R CMD check\b|rcmdcheck::|^Rscript\b.*\btest/, label: 'R tests' },
  { command: /^bats\b|^ctest\b|^prove\b|^rspec\b|^phpunit\b|^dotnet test\b|^swift test\b|^julia\b.*Pkg\.test/, label: 'test runner' },
  { command: /^(make|just|task)\b.*\s(test|tests|check|unit|unittest|integration|e2e|test-\S+|\S+-tests?)(?=\s|$)/, label: 'test task' },
  {
    command: /^(deno|bun|flutter|dart|mix|lein|sbt|zig build|meson|bazel|bazelisk|pants|buck2?) test\b|^cargo (tarpaulin|llvm-cov)\b|^ginkgo\b|^go (run \S*ginkgo|tool ginkgo)\b|^richgo test\b/,
    label: 'test runner',
  },
  { command: /^(jasmine|karma start|wdio|testcafe|behave|cucumber-js|robot)\b/, label: 'test runner' },
  { command: /^(poe|invoke|inv|nx|turbo|lerna)( run)? \S*test/, label: 'test task' },
  { command: /^python[0-9.]* setup\.py test\b|^(python[0-9.]* |bash |sh )?\S*\b(run_?tests?|runtests|test)(_\w+)?\.(sh|py)\b/, label: 'test script' },
];

/** Actions that run a test suite themselves. */
export const TEST_USES: UsesSignal[] = [
  { uses: 'r-lib/actions/check-r-package', label: 'R CMD check' },
  { uses: 'julia-actions/julia-runtest', label: 'Julia tests' },
  { uses: 'pavelzw/pytest-action', label: 'pytest' },
  { uses: 'mattallty/jest-github-action', label: 'jest' },
  { uses: 'ArtiomTr/jest-coverage-report-action', label: 'jest' },
];

/**
 * Actions that run a command given in `with:` (e.g. under a virtual display or in a
 * container): the value of `key` is read as a shell script.
 */
export const COMMAND_RUNNER_USES: { uses: string; keys: string[] }[] = [
  { uses: 'coactions/setup-xvfb', keys: ['run'] },
  { uses: 'GabrielBB/xvfb-action', keys: ['run'] },
  { uses: 'addnab/docker-run-action', keys: ['run'] },
  { uses: 'nick-fields/retry', keys: ['command'] },
  { uses: 'nick-invision/retry', keys: ['command'] },
  { uses: 'Wandalen/wretry.action', keys: ['command'] },
  { uses: 'reactivecircus/android-emulator-runner', keys: ['script'] },
  { uses: 'uraimo/run-on-arch-action', keys: ['run'] },
  { uses: 'paambaati/codeclimate-action', keys: ['coverageCommand'] },
];
