/** Vocabulary of the "experiment-tracking" item: the detection rows its check reads, as data. */
import type { SourcePattern } from '../model/signal.js';
import type { CommandSignal } from '../model/signal.js';

// ---------------------------------------------------------------- experiment-tracking

/** Environment variables that send runs to a tracker. */
export const TRACKING_ENV: { re: RegExp; label: string }[] = [
  { re: /^MLFLOW_(TRACKING_URI|TRACKING_USERNAME|TRACKING_PASSWORD|TRACKING_TOKEN|EXPERIMENT_NAME|EXPERIMENT_ID)$/, label: 'MLflow' },
  { re: /^WANDB_(API_KEY|PROJECT|ENTITY|BASE_URL)$/, label: 'Weights & Biases' },
  { re: /^CLEARML_\w+$|^TRAINS_API_\w+$/, label: 'ClearML' },
  { re: /^COMET_(API_KEY|PROJECT_NAME|WORKSPACE)$/, label: 'Comet' },
  { re: /^NEPTUNE_(API_TOKEN|PROJECT)$/, label: 'Neptune' },
  { re: /^(DVC_STUDIO_TOKEN|STUDIO_TOKEN)$/, label: 'DVC Studio' },
  { re: /^AIM_REPO$/, label: 'Aim' },
];

/** Settings that turn tracking off in CI: [variable, values]. */
export const TRACKING_OFF: { name: string; values: RegExp }[] = [
  { name: 'WANDB_MODE', values: /^(disabled|offline|dryrun)$/i },
  { name: 'WANDB_DISABLED', values: /^(true|1)$/i },
];

export const TRACKING_COMMANDS: CommandSignal[] = [
  { command: /^dvc exp (run|push)\b/, label: 'DVC experiments' },
  { command: /^wandb (login|sync|agent|launch)\b/, label: 'Weights & Biases' },
  { command: /^clearml-task\b/, label: 'ClearML' },
  { command: /^mlflow (run|experiments create)\b/, label: 'MLflow' },
];

export const TRACKING_SOURCE: SourcePattern[] = [
  { re: /\bmlflow\.(log_metrics?|log_params?|autolog|start_run|set_experiment|\w+\.autolog)\(/, label: 'MLflow' },
  { re: /\bwandb\.(init|log)\(|WandbLogger\(/, label: 'Weights & Biases' },
  { re: /from clearml import\b.*\bTask\b|\bTask\.init\(/, label: 'ClearML' },
  { re: /\bcomet_ml\.(Experiment|start)\(|from comet_ml import\b/, label: 'Comet' },
  { re: /\bneptune\.init_run\(|\bimport neptune\b/, label: 'Neptune' },
  { re: /\bfrom dvclive\b|\bimport dvclive\b/, label: 'DVCLive' },
  { re: /\baim\.Run\(|from aim import\b.*\bRun\b/, label: 'Aim' },
  { re: /\bMLFlowLogger\(|\bTensorBoardLogger\(|\bSummaryWriter\(/, label: 'experiment logger' },
  // Trackers wired in as framework callbacks or set in code (Ray Tune/Train, Keras, Hugging Face Trainer).
  { re: /\b(MLflowLoggerCallback|WandbLoggerCallback|CometLoggerCallback|WandbCallback|WandbMetricsLogger|MLflowCallback|NeptuneCallback|CometCallback)\(/, label: 'tracker callback' },
  { re: /\breport_to\s*=\s*\[?\s*["'](wandb|mlflow|comet_ml|neptune|clearml|dvclive|all)["']/, label: 'Trainer report_to a tracker' },
  { re: /\bmlflow\.(set_tracking_uri|set_registry_uri)\(/, label: 'MLflow' },
];
