/** Vocabulary of the "training-pipeline" item: the detection rows its check reads, as data. */
import type { SourcePattern } from '../model/signal.js';
import { baseNameIs } from './rows.js';
import type { CommandSignal, FileSignal } from '../model/signal.js';
import { isFixturePath } from './shared/test-paths.js';

/** Commands that train a model (a script, a module, a pipeline tool, a launcher or a cloud job). */
export const TRAINING_COMMANDS: CommandSignal[] = [
  { command: /^dvc (repro|exp run)\b/, label: 'DVC pipeline' },
  { command: /^mlflow run\b/, label: 'MLflow project' },
  { command: /^python[0-9.]* \S*(train|fit|finetune|fine_tune)\w*\.py\b|^\S*(train|fit|finetune)\w*\.py\b/, label: 'training script' },
  { command: /^(([\w]+\.)+(train|training|finetune|fine_tune|fit)|train|training|finetune|fine_tune)(_\w+)?( |$)/, label: 'training module' },
  { command: /^python[0-9.]* \S+\.py (fit|train)\b/, label: 'training CLI (fit/train subcommand)' },
  { command: /^(kedro run|zenml pipeline run|prefect deployment run|metaflow|flyte|pyflyte run)\b|^python[0-9.]* \S*flow\w*\.py run\b/, label: 'pipeline run' },
  {
    command: /^(accelerate launch|torchrun|deepspeed|lightning run|ludwig train|allennlp train|tune run|axolotl train|llamafactory-cli train|autotrain|yolo (\w+ )?train)\b/,
    label: 'training launcher',
  },
  { command: /^(gcloud (beta )?ai custom-jobs create|az ml job create|kfp run (create|submit))\b/, label: 'cloud training job' },
  { command: /^(make|just|task|invoke|poe)\b.*\s(train|training|retrain|pipeline|repro)\b/, label: 'training task' },
];

/** DVC stage names that say the stage trains, and names of stages that evaluate or report (whose scripts may fit a helper). */
export const TRAINING_STAGE_NAME = /(^|[_-])(train|training|retrain|fit|finetune|fine_tune)([_-]|$)/i;
/** Stage names that say the stage prepares data (`train_test_split`, `prepare_train_data`): not training by their name alone. */
export const DATA_STAGE_NAME = /(^|[_-])(split|data|dataset|features?|featurize|prepare|preprocess|preprocessing|download|ingest|clean)([_-]|$)/i;
export const EVALUATION_STAGE_NAME = /(^|[_-])(eval|evaluate|evaluation|metrics?|scores?|test|report|plots?|validate|validation)([_-]|$)/i;

// ---------------------------------------------------------------- training-pipeline

export const PIPELINE_FILES: FileSignal[] = [
  { test: baseNameIs('MLproject'), label: 'MLflow project' },
  { test: (p) => /(^|\/)pipeline_registry\.py$/.test(p), label: 'Kedro pipeline registry' },
];

export const PIPELINE_SOURCE: SourcePattern[] = [
  { re: /\bclass \w+\(\s*(metaflow\.)?FlowSpec\s*\)/, label: 'Metaflow flow' },
  { re: /@(kfp\.)?dsl\.pipeline\b|@(kfp\.)?dsl\.component\b/, label: 'Kubeflow pipeline' },
  { re: /from zenml import\b.*\bpipeline\b|@zenml\.pipeline\b/, label: 'ZenML pipeline' },
  { re: /from prefect import\b.*\bflow\b|@prefect\.flow\b/, label: 'Prefect flow' },
  { re: /\bdef register_pipelines\(/, label: 'Kedro pipelines' },
  { re: /\bwith (models\.)?DAG\(|\bfrom airflow\b.*\bimport\b.*\bDAG\b|@dag\b/, label: 'Airflow DAG' },
  { re: /from flytekit import\b.*\bworkflow\b|@flytekit\.workflow\b/, label: 'Flyte workflow' },
  { re: /\btfx\.dsl\.Pipeline\(|from tfx\b.*\bimport\b.*\bpipeline\b/, label: 'TFX pipeline' },
  { re: /from sagemaker\.workflow\.pipeline import\b|\bsagemaker\.workflow\.pipeline\.Pipeline\(/, label: 'SageMaker pipeline' },
];

/**
 * General-purpose orchestrators: their flows are a training pipeline only when the file trains,
 * imports code that trains, or names training (a nightly index refresh is a flow, not training).
 */
export const GENERAL_ORCHESTRATORS: ReadonlySet<string> = new Set(['Prefect flow', 'Airflow DAG', 'Flyte workflow']);
export const NAMES_TRAINING = /\b(train|training|retrain|retraining|trainer|fine_?tune|finetuning)\b|\b(train|retrain)_\w+|\w+_(train|training)\b/i;

/** A file named as a training script. */
export function isTrainScript(path: string): boolean {
  return /(^|\/)((train|finetune|fine_tune)(_\w+)?|training|\w+_train)\.py$/.test(path) && !isFixturePath(path);
}

/** Lines that fit a model. */
export const TRAINING_SOURCE: SourcePattern[] = [
  { re: /\btrainer\.(train|fit)\(|\bTrainer\([^)]*\)\.fit\(/, label: 'trainer' },
  { re: /\b\w+\.fit\(/, label: 'fit call' },
  // Gradient-boosting libraries' native API: `bst = xgb.train(params, dtrain)`, `lgb.train(params, train_set)`.
  { re: /\b(xgb|xgboost|lgb|lightgbm)\.train\(/, label: 'booster training' },
  { re: /\bloss\.backward\(\)|\boptimizer\.step\(\)/, label: 'training loop' },
];
