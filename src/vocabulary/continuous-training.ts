/** Vocabulary of the "continuous-training" item: the detection rows its check reads, as data. */
import type { SourcePattern } from '../model/signal.js';
import type { CommandSignal, UsesSignal } from '../model/signal.js';

/** Training on a cloud service, started from CI. */
export const CLOUD_TRAINING_COMMANDS: CommandSignal[] = [
  { command: /^aws sagemaker (create-training-job|start-pipeline-execution)\b/, label: 'SageMaker training' },
  { command: /^az ml job create\b/, label: 'Azure ML job' },
  { command: /^gcloud ai (custom-jobs|hp-tuning-jobs) create\b/, label: 'Vertex AI training job' },
];

export const TRAINING_USES: UsesSignal[] = [{ uses: 'azure/aml-run', label: 'Azure ML training run' }];

/** Training code (a script a command runs) when the script's name does not say so. */
export const TRAINING_SOURCE: SourcePattern[] = [
  { re: /\b(trainer|model|clf|estimator|pipeline|pipe|learner)\.(fit|train)\s*\(/, label: 'training code' },
  { re: /\b(xgb|xgboost|lgb|lightgbm)\.train\s*\(/, label: 'training code' },
  { re: /\b(pl\.|lightning\.)?Trainer\s*\(|\bSFTTrainer\s*\(/, label: 'training code' },
];

/**
 * A script that takes its models and inputs from test modules or testing utilities (`from pkg.tests.test_x import get_input`,
 * `sklearn.utils._testing`) fits them to measure or check something (a benchmark, a file-size check), not to retrain on new data.
 */
export const TEST_HARNESS_IMPORT: SourcePattern[] = [{ re: /^\s*from\s+(?:\w+\.)*(?:tests?|_testing|testing)(?:\.\w+)*\s+import\b/, label: 'inputs from test modules' }];

/** Push path filters that mean "new data or new parameters". */
export const DATA_PATH =
  /(^|[/*])(data|datasets?|raw|processed|features|labels|params|hparams|hyperparameters)(\/|$)|\.dvc$|(^|[/*])(params|hparams|hyperparams)\.(ya?ml|json|toml)$|(^|[/*])dvc\.lock$|\.(csv|parquet|jsonl|tsv|arrow|feather)$/i;

export const NOTEBOOK_TRAINING = /^(papermill|jupyter (nbconvert|execute))\b.*\b\S*(train|fit|finetune)\w*\.ipynb\b/;

/** Retraining scheduled outside GitHub Actions (the tool cannot see those runs). */
export const ORCHESTRATOR_SCHEDULES: SourcePattern[] = [
  { re: /\bcreate_recurring_run\s*\(/, label: 'a Kubeflow recurring run' },
  { re: /\bschedule(_interval)?\s*=\s*["'@]/, label: 'an Airflow DAG schedule' },
  { re: /\b(IntervalSchedule|CronSchedule|RRuleSchedule)\s*\(|\.(serve|deploy)\s*\([^)\n]*\b(cron|interval|rrule)\s*=/, label: 'a Prefect schedule' },
  { re: /\bScheduleDefinition\s*\(|^\s*@schedule\s*\([^)\n]*\b(cron_schedule|job)\s*=/, label: 'a Dagster schedule' },
  { re: /^\s*@schedule\s*\(\s*(hourly|daily|weekly|cron)\s*=/, label: 'a Metaflow @schedule' },
  { re: /\bSchedule\s*\(\s*(cron_expression|interval_second|start_time)\s*=/, label: 'a ZenML schedule' },
];

/** What a scheduled flow must do to be retraining: train (in the file or a project module it imports). */
export const SCHEDULED_TRAINING: SourcePattern[] = [
  // The model's variable by any name that says so (`rf_model.fit`, `best_pipeline.fit`), or a fit on a training split.
  {
    re: /\b\w*(trainer|model|clf|estimator|pipeline|pipe|learner|regressor|classifier)\w*\.(fit|train)\s*\(|\b(xgb|xgboost|lgb|lightgbm|catboost)\.train\s*\(|\.fit\s*\(\s*(X|x)_?train\b/,
    label: 'training code',
  },
  { re: /\b(pl\.|lightning\.)?Trainer\s*\(|\bSFTTrainer\s*\(|\bdef\s+train\w*\s*\(|\btrain_\w*model\w*\s*\(/, label: 'training code' },
];
