/**
 * Command vocabularies shared by several checks (the test runners, training and evaluation).
 * Each row is one tool; patterns are tested against `argv.join(' ')` with wrappers such as
 * `uv run`, `poetry run`, `python -m` already removed.
 */
import type { CommandSignal, UsesSignal } from './evidence.js';

/** Programs and tasks that run a test suite. */
export const TEST_RUNNER_COMMANDS: CommandSignal[] = [
  { command: /^(pytest|py\.test)\b/, label: 'pytest' },
  { command: /^unittest\b|^python[0-9.]* .*-m unittest\b|^nose2?\b|^green\b|^ward\b/, label: 'unittest' },
  { command: /^(tox|nox)\b(?!.*(\s-e\s*|\s-s\s*|--session[= ]|--sessions[= ])["']?\S*(lint|docs?|type|typing|mypy|style|build|release|publish|coverage|combine|report|format|fmt|clean|changelog|bump|deps|lock|requirements|pre-commit|check-manifest)\b)/, label: 'tox/nox' },
  { command: /^hatch (test|run\s+\S*test)/, label: 'hatch test' },
  { command: /^go test\b|^gotestsum\b/, label: 'go test' },
  { command: /^(jest|vitest|mocha|ava|tap|c8|nyc|playwright test|cypress run)\b|^node --test\b/, label: 'JavaScript test runner' },
  { command: /^(npm|pnpm|yarn|bun)( run)? test(\b|:)|^(npm|pnpm|yarn|bun) t\b|^npm run test/, label: 'package.json test script' },
  { command: /^cargo (test|nextest)\b/, label: 'cargo test' },
  { command: /^(mvn|\.\/mvnw)\b.*\b(test|verify|install)\b|^(gradle|\.\/gradlew)\b.*\b(test|check|build)\b/, label: 'JVM tests' },
  { command: /testthat::|devtools::test|^R CMD check\b|rcmdcheck::|^Rscript\b.*\btest/, label: 'R tests' },
  { command: /^bats\b|^ctest\b|^prove\b|^rspec\b|^phpunit\b|^dotnet test\b|^swift test\b|^julia\b.*Pkg\.test/, label: 'test runner' },
  { command: /^(make|just|task)\b.*\s(test|tests|check|unit|unittest|integration|e2e|test-\S+|\S+-tests?)(?=\s|$)/, label: 'test task' },
  { command: /^(deno|bun|flutter|dart|mix|lein|sbt|zig build|meson|bazel|bazelisk|pants|buck2?) test\b|^cargo (tarpaulin|llvm-cov)\b|^ginkgo\b|^go (run \S*ginkgo|tool ginkgo)\b|^richgo test\b/, label: 'test runner' },
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

/** Commands that train a model (a script, a module, a pipeline tool, a launcher or a cloud job). */
export const TRAINING_COMMANDS: CommandSignal[] = [
  { command: /^dvc (repro|exp run)\b/, label: 'DVC pipeline' },
  { command: /^mlflow run\b/, label: 'MLflow project' },
  { command: /^python[0-9.]* \S*(train|fit|finetune|fine_tune)\w*\.py\b|^\S*(train|fit|finetune)\w*\.py\b/, label: 'training script' },
  { command: /^(([\w]+\.)+(train|training|finetune|fine_tune|fit)|train|training|finetune|fine_tune)(_\w+)?( |$)/, label: 'training module' },
  { command: /^python[0-9.]* \S+\.py (fit|train)\b/, label: 'training CLI (fit/train subcommand)' },
  { command: /^(kedro run|zenml pipeline run|prefect deployment run|metaflow|flyte|pyflyte run)\b|^python[0-9.]* \S*flow\w*\.py run\b/, label: 'pipeline run' },
  { command: /^(accelerate launch|torchrun|deepspeed|lightning run|ludwig train|allennlp train|tune run|axolotl train|llamafactory-cli train|autotrain|yolo (\w+ )?train)\b/, label: 'training launcher' },
  { command: /^(gcloud (beta )?ai custom-jobs create|az ml job create|kfp run (create|submit))\b/, label: 'cloud training job' },
  { command: /^(make|just|task|invoke|poe)\b.*\s(train|training|retrain|pipeline|repro)\b/, label: 'training task' },
];

/**
 * Arguments that make a training command a tiny smoke run (one epoch, a few steps, a
 * subset): such a run tests training (training-tests) rather than producing a model.
 */
export const SMOKE_TRAINING_ARGS: RegExp[] = [
  /(^|\s)--?(n_|num_|num-|n-|max_|max-)?epochs?[= ]1\b/,
  /(^|\s)--?max[_-]?(steps|iters|iterations|batches)\b/,
  /(^|\s)--?fast[_-]dev[_-]run\b/,
  /(^|\s)--?(smoke|smoke[_-]test|dry[_-]run|overfit[_-]batches|limit[_-]train[_-]batches)\b/,
  /(^|\s)(\+?[\w.]*\.)?(max_epochs|epochs|num_epochs|n_epochs)=1\b/,
  /(^|\s)(\+?[\w.]*\.)?(max_steps|fast_dev_run|limit_train_batches|overfit_batches)=/,
];

export function isSmokeRun(line: string): boolean {
  return SMOKE_TRAINING_ARGS.some((re) => re.test(line));
}

/** Commands that evaluate a model on held-out data. */
export const EVALUATION_COMMANDS: CommandSignal[] = [
  { command: /^python[0-9.]* \S*(eval|evaluate|evaluation|validate_model|benchmark_model|score|test_model|model_test)\w*\.py\b|^\S*(eval|evaluate)\w*\.py\b/, label: 'evaluation script' },
  { command: /^(([\w]+\.)+(eval|evaluate|evaluation)|evaluate|evaluation)(_\w+)?( |$)/, label: 'evaluation module' },
  { command: /^python[0-9.]* \S+\.py (test|validate|evaluate)\b.*--ckpt|^python[0-9.]* \S+\.py (validate|evaluate)\b/, label: 'evaluation CLI subcommand' },
  { command: /^dvc metrics (show|diff)\b|^dvc plots (show|diff)\b/, label: 'DVC metrics' },
  { command: /^(lm_eval|lm-eval|promptfoo eval|deepeval test run|inspect eval|mteb|lighteval|opencompass|helm-run|ragas evaluate|yolo (\w+ )?val)\b/, label: 'evaluation harness' },
  { command: /^mlflow models? evaluate\b/, label: 'MLflow evaluate' },
  { command: /^(make|just|task|invoke|poe)\b.*\s(eval|evaluate|evaluation|metrics|benchmark-model)\b/, label: 'evaluation task' },
];

/**
 * Actions of ML tools, by what they do (one row per action). `kind` says which practice
 * the action itself shows; an installer (`setup`) shows nothing until a command uses the tool.
 */
export interface MlUsesSignal {
  uses: string;
  label: string;
  kind: 'setup' | 'data-validation' | 'evaluation' | 'report' | 'data-versioning' | 'tracking';
}

export const ML_TOOL_USES: MlUsesSignal[] = [
  { uses: 'iterative/setup-dvc', label: 'DVC installer', kind: 'setup' },
  { uses: 'iterative/setup-cml', label: 'CML installer', kind: 'setup' },
  { uses: 'iterative/setup-tools', label: 'DVC/CML installer', kind: 'setup' },
  { uses: 'treeverse/setup-lakectl', label: 'lakeFS CLI installer', kind: 'setup' },
  { uses: 'great-expectations/great_expectations_action', label: 'Great Expectations', kind: 'data-validation' },
  { uses: 'superconductive/great_expectations_action', label: 'Great Expectations', kind: 'data-validation' },
  { uses: 'sodadata/soda-github-action', label: 'Soda', kind: 'data-validation' },
  { uses: 'promptfoo/promptfoo-action', label: 'promptfoo', kind: 'evaluation' },
  { uses: 'confident-ai/deepeval', label: 'DeepEval', kind: 'evaluation' },
];
